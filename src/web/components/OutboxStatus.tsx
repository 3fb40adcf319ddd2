import { useSyncExternalStore } from 'react';
import { useProfile } from '../login-session.tsx';
import { type MemberData, memberData, useOutbox } from '../offline/member-data.ts';

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useIsOnline(): boolean {
  return useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
}

function Waiting({ data }: { data: MemberData }) {
  const { waiting, refused, isSending, heldBecause } = useOutbox(data.outbox);
  const isOnline = useIsOnline();
  const count = waiting.length;
  if (count === 0 && refused.length === 0 && isOnline) return null;
  const why =
    !isOnline || heldBecause?.isNoConnection
      ? 'They will go as soon as your phone is back online.'
      : heldBecause?.status === 401
        ? 'Please sign in again to send them.'
        : 'We will try again in a moment.';
  return (
    <section className="outbox" aria-label="Saved on this phone">
      <div role="status" className="outbox__status">
        {!isOnline && <p className="outbox__offline">You are offline. What you log is kept on this phone.</p>}
        {count > 0 && (
          <p className="outbox__count" data-testid="waiting-count">
            {count === 1 ? '1 entry is' : `${count} entries are`} waiting to be sent.{' '}
            {isSending && isOnline ? 'Sending…' : why}
          </p>
        )}
      </div>
      {count > 0 && (
        <details className="outbox__details">
          <summary>See what is waiting</summary>
          <ul>
            {waiting.map((entry) => (
              <li key={entry.id}>{entry.label}</li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" onClick={() => void data.outbox.flush()}>
            Send now
          </button>
        </details>
      )}
      {refused.map((entry) => (
        <div key={entry.id} className="alert alert--error outbox__refused" role="alert">
          <p>
            <strong>{entry.label} could not be saved.</strong> {entry.reason}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => data.outbox.dismiss(entry.id)}
          >
            I have read this
          </button>
        </div>
      ))}
    </section>
  );
}

/** What is kept on this phone and still waiting to be sent, shown on every screen while there is any. */
export function OutboxStatus() {
  const profile = useProfile();
  if (!profile) return null;
  return <Waiting data={memberData(profile.id)} />;
}
