import { useState } from 'react';
import type { AlertSeverity } from '../../../contract/alerts.ts';
import { alertsApi, type QueueChoice } from '../../api/alerts.ts';
import { useApiData } from '../../api/useApiData.ts';
import { AlertCard } from '../../components/alerts/AlertCard.tsx';
import { SEVERITY_WORDS } from '../../components/alerts/SeverityBadge.tsx';
import '../../components/alerts/alerts.css';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';

const SEVERITIES = Object.keys(SEVERITY_WORDS) as AlertSeverity[];

/** The coach's review queue: open alerts across their members, most severe first, then the oldest. */
export function AlertsScreen() {
  const [choice, setChoice] = useState<QueueChoice>({ severity: null, state: 'open' });
  return (
    <Page title="Alerts" heading="Alerts to review" width="wide">
      <p className="lead">
        What your members’ training and check-ups say needs a look, most urgent first. Acknowledge what you
        are on; resolve it with a note once it is dealt with.
      </p>
      <div className="alerts-filters">
        <label className="field__label" htmlFor="alerts-severity">
          Severity
          <select
            id="alerts-severity"
            className="input"
            value={choice.severity ?? ''}
            onChange={(event) =>
              setChoice({ ...choice, severity: (event.target.value || null) as AlertSeverity | null })
            }
          >
            <option value="">All</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_WORDS[severity]}
              </option>
            ))}
          </select>
        </label>
        <label className="field__label" htmlFor="alerts-state">
          Show
          <select
            id="alerts-state"
            className="input"
            value={choice.state}
            onChange={(event) => setChoice({ ...choice, state: event.target.value as QueueChoice['state'] })}
          >
            <option value="open">Open alerts</option>
            <option value="resolved">Resolved alerts</option>
          </select>
        </label>
      </div>
      {/* A new choice is a new list: keyed, so it loads afresh. */}
      <Queue key={`${choice.severity}-${choice.state}`} choice={choice} />
    </Page>
  );
}

function Queue({ choice }: { choice: QueueChoice }) {
  const loaded = useApiData(() => alertsApi.queue(choice));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <LoadFailed problem={loaded.problem} retry={loaded.retry} />;
  const { alerts } = loaded.data;
  if (alerts.length === 0) {
    return (
      <p className="alerts-empty" role="status">
        {choice.state === 'open' ? 'Nothing to review: no open alerts.' : 'No resolved alerts yet.'}
      </p>
    );
  }
  return (
    <ul className="alert-list" aria-label={choice.state === 'open' ? 'Open alerts' : 'Resolved alerts'}>
      {alerts.map((alert) => (
        <AlertCard key={alert.id} alert={alert} showMember onChanged={loaded.retry} />
      ))}
    </ul>
  );
}
