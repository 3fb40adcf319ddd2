import { useState } from 'react';
import type { CoachActionView } from '../../../contract/coach-time.ts';
import type { ApiProblem } from '../../api/client.ts';
import { coachTimeApi } from '../../api/coach-time.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { LogTimeForm } from './LogTimeForm.tsx';
import { ACTION_WORDS, formatMoment, minutesWords } from './time-words.ts';
import './coach-time.css';

function ActionItem({ action, onRemove }: { action: CoachActionView; onRemove(): void }) {
  const details = [
    action.minutes === null ? undefined : minutesWords(action.minutes),
    action.interactive ? 'live contact' : undefined,
    `by ${action.coachName}`,
  ].filter(Boolean);
  return (
    <li className="card time-log__item">
      <p className="time-log__what">
        <strong>{ACTION_WORDS[action.kind]}</strong> · {details.join(' · ')}
      </p>
      <p className="time-log__when">{formatMoment(action.at)}</p>
      {action.note && <p className="time-log__note">{action.note}</p>}
      {action.isRemovable && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove<span className="visually-hidden"> this {ACTION_WORDS[action.kind].toLowerCase()}</span>
        </button>
      )}
    </li>
  );
}

/**
 * A member's time tab: "Log time" and every coach action on them, newest first. Mount it inside the
 * member's page (its heading is the page's) or alone through MemberTimeScreen.
 */
export function MemberTimeLog({ memberId }: { memberId: string }) {
  const log = useApiData(() => coachTimeApi.log(memberId));
  const [removeProblem, setRemoveProblem] = useState<ApiProblem | undefined>();

  async function remove(action: CoachActionView) {
    setRemoveProblem(undefined);
    try {
      await coachTimeApi.remove(memberId, action.id);
    } catch (error) {
      setRemoveProblem(error as ApiProblem);
    }
    log.retry();
  }

  return (
    <div className="time-log">
      <section className="section card">
        <LogTimeForm memberId={memberId} onLogged={() => log.retry()} />
      </section>
      <section className="section" aria-labelledby="time-log-heading">
        <h2 id="time-log-heading">Time and contacts</h2>
        {removeProblem && (
          <div role="alert" className="alert alert--error">
            <p>{removeProblem.detail}</p>
          </div>
        )}
        {log.status === 'loading' && <Loading />}
        {log.status === 'failed' && <LoadFailed problem={log.problem} retry={log.retry} />}
        {log.status === 'ready' &&
          (log.data.actions.length === 0 ? (
            <p>Nothing logged for this member yet.</p>
          ) : (
            <>
              <ul className="card-list time-log__list">
                {log.data.actions.map((action) => (
                  <ActionItem key={action.id} action={action} onRemove={() => void remove(action)} />
                ))}
              </ul>
              {log.data.hasMore && <p>The newest 100 entries are shown.</p>}
            </>
          ))}
      </section>
    </div>
  );
}
