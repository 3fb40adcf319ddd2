import { alertsApi } from '../../api/alerts.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../LoadFailed.tsx';
import { Loading } from '../Loading.tsx';
import { AlertCard } from './AlertCard.tsx';
import './alerts.css';

/**
 * One member's open alerts, most severe first, for the member's page on the coach's side: each with its
 * evidence link, Acknowledge and Resolve. Mount it with the member's id: `<MemberAlertsPanel memberId={id} />`.
 */
export function MemberAlertsPanel({ memberId }: { memberId: string }) {
  const loaded = useApiData(() => alertsApi.ofMember(memberId));
  return (
    <section className="section member-alerts" aria-labelledby="member-alerts-heading">
      <h2 id="member-alerts-heading">Open alerts</h2>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' &&
        (loaded.data.alerts.length === 0 ? (
          <p className="alerts-empty">No open alerts for this member.</p>
        ) : (
          <ul className="alert-list">
            {loaded.data.alerts.map((alert) => (
              <AlertCard key={alert.id} alert={alert} showMember={false} onChanged={loaded.retry} />
            ))}
          </ul>
        ))}
    </section>
  );
}
