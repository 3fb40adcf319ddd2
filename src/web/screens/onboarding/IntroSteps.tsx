import { HEALTH_DATA_CONSENT } from '../../../core/consent.ts';
import { safetyHold } from '../../../core/engine/safety-hold.ts';
import { api } from '../../api/endpoints.ts';
import { writes } from '../../api/writes.ts';
import { ConsentText } from '../../components/ConsentText.tsx';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { RedFlagForm } from '../../components/RedFlagForm.tsx';
import { localScreen } from '../../local-screen.ts';
import { useLoginSession, useProfile } from '../../login-session.tsx';
import { useMemberData } from '../../offline/member-data.ts';
import { useSafetyHold } from '../../safety-hold.tsx';
import { StepFrame, type StepProps } from './StepFrame.tsx';

export function WelcomeStep({ go }: StepProps) {
  const profile = useProfile();
  const { refresh } = useLoginSession();
  const hasConsent = profile?.healthConsent != null;
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.giveHealthConsent(HEALTH_DATA_CONSENT.version);
    await refresh();
    go('safety');
  });
  return (
    <StepFrame
      step="welcome"
      title="Let’s set up your program"
      eyebrow={`Hello, ${profile?.name.split(' ')[0]}`}
    >
      <div className="prose">
        <p className="lead">
          First a few safety questions, then ten short questions about you and your back. It takes about five
          minutes.
        </p>
        <p>You can stop at any time: your answers stay on this phone, and you carry on where you left off.</p>
      </div>
      {hasConsent ? (
        <button type="button" className="button button--primary button--large" onClick={() => go('safety')}>
          Let’s start
        </button>
      ) : (
        <section className="consent" aria-labelledby="consent-heading">
          <h2 id="consent-heading" className="consent__title">
            {HEALTH_DATA_CONSENT.title}
          </h2>
          <ConsentText />
          <FormAlert problem={problem} />
          <button
            type="button"
            className="button button--primary button--large"
            aria-disabled={isBusy}
            onClick={() => void run()}
          >
            {isBusy ? 'Saving…' : 'I agree, let’s start'}
          </button>
        </section>
      )}
    </StepFrame>
  );
}

export function SafetyStep({ draft, update, go }: StepProps) {
  const member = useMemberData();
  const { show, refresh } = useSafetyHold();

  return (
    <StepFrame
      step="safety"
      title="First, some safety questions"
      back="welcome"
      lead={
        <p>
          Answer each one with yes or no. These signs are rare, but when they are there, they need a doctor
          rather than exercise.
        </p>
      }
    >
      <RedFlagForm
        initial={draft.redFlags}
        submitLabel="Continue"
        onSubmit={(answers) => {
          // Every screen is recorded. A flagged one holds the account: the phone shows the hold at once,
          // and asks the server again once the answers are sent, so every device shows the same.
          const id = crypto.randomUUID();
          const delivery = member.outbox.submit(writes.screen({ id, answers, context: 'onboarding' }));
          const hold = safetyHold([localScreen(id, answers)]);
          update({ redFlags: answers });
          if (hold) {
            show(hold);
            void delivery.then(
              (sent) => {
                if (sent.isSent) void refresh();
              },
              () => {},
            );
          }
          go('age');
        }}
      />
    </StepFrame>
  );
}
