import { useEffect, useRef, useState } from 'react';
import type { Profile } from '../../../contract/account.ts';
import {
  HEALTH_DATA_CONSENT,
  HEALTH_DATA_WITHDRAWAL,
  isCurrentConsentVersion,
} from '../../../core/consent.ts';
import { api } from '../../api/endpoints.ts';
import { ConsentText } from '../../components/ConsentText.tsx';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { useLoginSession } from '../../login-session.tsx';

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(iso));
}

/** Withdrawing, in two deliberate steps: first what it means, then the confirmation. */
function WithdrawConsent() {
  const { refresh } = useLoginSession();
  const [isConfirming, setIsConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The confirmation replaces the button that opened it: focus goes to what it says, not to the page's top.
  useEffect(() => {
    if (isConfirming) headingRef.current?.focus();
  }, [isConfirming]);
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.withdrawHealthConsent();
    await refresh();
  });
  if (!isConfirming) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setIsConfirming(true)}>
        Withdraw my consent
      </button>
    );
  }
  return (
    <section className="withdrawal" aria-labelledby="withdrawal-heading">
      <h3 id="withdrawal-heading" ref={headingRef} tabIndex={-1}>
        {HEALTH_DATA_WITHDRAWAL.title}
      </h3>
      <ul className="bullets">
        {HEALTH_DATA_WITHDRAWAL.stops.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
        <li>{HEALTH_DATA_WITHDRAWAL.kept}</li>
        <li>{HEALTH_DATA_WITHDRAWAL.erase}</li>
      </ul>
      <FormAlert problem={problem} />
      <div className="actions">
        <button type="button" className="button button--danger" aria-disabled={isBusy} onClick={() => run()}>
          {isBusy ? 'Withdrawing…' : 'Yes, withdraw my consent'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setIsConfirming(false)}>
          Keep my consent
        </button>
      </div>
    </section>
  );
}

function notAgreedWords(profile: Profile): string {
  const withdrawnAt = profile.healthConsentWithdrawnAt;
  if (profile.healthConsent !== null)
    return 'The text below has changed since you agreed. Please read it again.';
  if (withdrawnAt !== null) {
    return `You withdrew your consent on ${formatDate(withdrawnAt)}, so Backstrong is not recording anything new. What was stored before is kept as it was. If you agree again, you carry on where you left off.`;
  }
  return 'You have not agreed yet. Until you do, Backstrong cannot keep your pain scores, workouts or progress.';
}

export function ConsentSection({ profile }: { profile: Profile }) {
  const { refresh } = useLoginSession();
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.giveHealthConsent(HEALTH_DATA_CONSENT.version);
    await refresh();
  });
  const consent = profile.healthConsent;
  const isCurrent = consent !== null && isCurrentConsentVersion(consent.version);

  return (
    <section className="section card" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Your health information</h2>
      {isCurrent ? (
        <>
          <p className="status status--ok">
            <span className="status__mark" aria-hidden="true">
              ✓
            </span>
            You agreed on {formatDate(consent.agreedAt)} that Backstrong may store your health information.
          </p>
          <WithdrawConsent />
        </>
      ) : (
        <>
          <p className="callout" data-testid="consent-state">
            {notAgreedWords(profile)}
          </p>
          <ConsentText />
          <FormAlert problem={problem} />
          <button
            type="button"
            className="button button--primary"
            aria-disabled={isBusy}
            onClick={() => run()}
          >
            {isBusy ? 'Saving…' : 'I agree'}
          </button>
        </>
      )}
    </section>
  );
}
