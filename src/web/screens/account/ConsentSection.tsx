import type { Profile } from '../../../contract/account.ts';
import { HEALTH_DATA_CONSENT, isCurrentConsentVersion } from '../../../core/consent.ts';
import { api } from '../../api/endpoints.ts';
import { ConsentText } from '../../components/ConsentText.tsx';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { useLoginSession } from '../../login-session.tsx';

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(iso));
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
        <p className="status status--ok">
          <span className="status__mark" aria-hidden="true">
            ✓
          </span>
          You agreed on {formatDate(consent.agreedAt)} that Backstrong may store your health information.
        </p>
      ) : (
        <>
          <p className="callout">
            {consent === null
              ? 'You have not agreed yet. Until you do, Backstrong cannot keep your pain scores, workouts or progress.'
              : 'The text below has changed since you agreed. Please read it again.'}
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
