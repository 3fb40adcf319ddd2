import { useState } from 'react';
import { Link } from 'wouter';
import type { Profile } from '../../../contract/account.ts';
import type { MyCoach } from '../../../contract/coaching.ts';
import { COACH_SHARING_CONSENT, isCurrentCoachSharingVersion } from '../../../core/consent.ts';
import { coaching } from '../../api/coaching.ts';
import { useApiData } from '../../api/useApiData.ts';
import { ConsentText } from '../../components/ConsentText.tsx';
import { FormAlert, Notice, useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useHasFeature } from '../../membership-features.ts';

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(iso));
}

/** Who the member's coach is, or asking for one. */
function CoachPart({ card, onChange }: { card: MyCoach; onChange(): void }) {
  const hasCoachFeature = useHasFeature('coach');
  const { isBusy, problem, run } = useFormAction(async () => {
    await coaching.askForCoach();
    onChange();
  });
  if (card.coach) {
    return (
      <div className="coach-card" data-testid="coach-card">
        <p className="coach-card__name">{card.coach.name}</p>
        {/* Plain text: React shows any markup in it as the characters typed, never as HTML. */}
        {card.coach.intro && <p className="coach-card__intro">{card.coach.intro}</p>}
      </div>
    );
  }
  if (card.coachRequestedAt) {
    return (
      <p data-testid="coach-requested">
        You asked for a coach on {formatDate(card.coachRequestedAt)}. We will let you know here once one is
        assigned to you.
      </p>
    );
  }
  return (
    <>
      <p>
        You do not have a coach yet. A coach reviews your training and progress and can adjust your plan with
        you.
      </p>
      {hasCoachFeature ? (
        <>
          <FormAlert problem={problem} />
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={isBusy}
            onClick={() => run()}
          >
            {isBusy ? 'Asking…' : 'Ask for a coach'}
          </button>
        </>
      ) : (
        <p>
          A coach is part of premium. <Link href="/membership">Learn more about premium membership</Link>
        </p>
      )}
    </>
  );
}

/** The member's consent to share their health data with their coach: agreeing, and stopping at once. */
function SharingPart({ profile, card, onChange }: { profile: Profile; card: MyCoach; onChange(): void }) {
  const [hasStopped, setHasStopped] = useState(false);
  const share = useFormAction(async () => {
    await coaching.shareWithCoach(COACH_SHARING_CONSENT.version);
    setHasStopped(false);
    onChange();
  });
  const stop = useFormAction(async () => {
    await coaching.stopSharingWithCoach();
    setHasStopped(true);
    onChange();
  });

  if (profile.healthConsent === null) {
    return (
      <p className="callout" data-testid="sharing-needs-consent">
        Sharing your training with a coach needs your consent to store your health information first (see
        “Your health information” above): until then Backstrong keeps nothing a coach could see.
      </p>
    );
  }
  const sharing = card.sharing;
  if (sharing && isCurrentCoachSharingVersion(sharing.version)) {
    return (
      <>
        <p className="status status--ok">
          <span className="status__mark" aria-hidden="true">
            ✓
          </span>
          You agreed on {formatDate(sharing.agreedAt)} to share your training with your coach.
        </p>
        <FormAlert problem={stop.problem} />
        <p>If you stop sharing, your coach’s access to your training ends straight away.</p>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={stop.isBusy}
          onClick={() => stop.run()}
        >
          {stop.isBusy ? 'Stopping…' : 'Stop sharing'}
        </button>
      </>
    );
  }
  return (
    <>
      {hasStopped && (
        <Notice>You have stopped sharing: your coach can no longer see any of your training.</Notice>
      )}
      {card.coach && !hasStopped && (
        <p className="callout" data-testid="not-sharing">
          {sharing
            ? 'The text below has changed since you agreed. Until you agree again, your coach cannot see your plan, workouts, pain scores, check-ups or form-check results.'
            : 'You do not share your training, so your coach cannot see your plan, workouts, pain scores, check-ups or form-check results.'}
        </p>
      )}
      <h3 className="consent__title">{COACH_SHARING_CONSENT.title}</h3>
      <ConsentText consent={COACH_SHARING_CONSENT} />
      <FormAlert problem={share.problem} />
      <button
        type="button"
        className="button button--primary"
        aria-disabled={share.isBusy}
        onClick={() => share.run()}
      >
        {share.isBusy ? 'Saving…' : 'Agree and share with my coach'}
      </button>
    </>
  );
}

export function CoachCardSection({ profile }: { profile: Profile }) {
  const card = useApiData(coaching.myCoach);
  return (
    <section className="section card" aria-labelledby="coach-heading">
      <h2 id="coach-heading">Your coach</h2>
      {card.status === 'loading' && <Loading what="Loading your coach" />}
      {card.status === 'failed' && <LoadFailed problem={card.problem} retry={card.retry} />}
      {card.status === 'ready' && (
        <>
          <CoachPart card={card.data} onChange={card.retry} />
          <SharingPart profile={profile} card={card.data} onChange={card.retry} />
        </>
      )}
    </section>
  );
}
