import { useState } from 'react';
import { HEALTH_DATA_CONSENT } from '../../../core/consent.ts';
import { screenRedFlags } from '../../../core/red-flags/screen.ts';
import { api } from '../../api/endpoints.ts';
import { writes } from '../../api/writes.ts';
import { ConsentText } from '../../components/ConsentText.tsx';
import { EmergencyScreen } from '../../components/EmergencyScreen.tsx';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { RedFlagForm } from '../../components/RedFlagForm.tsx';
import { useMemberData } from '../../offline/member-data.ts';
import { useProfile, useSession } from '../../session.tsx';
import { StepFrame, type StepProps } from './StepFrame.tsx';

export function WelcomeStep({ go }: StepProps) {
  const profile = useProfile();
  const { refresh } = useSession();
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
  const [emergencyMessage, setEmergencyMessage] = useState<string | undefined>();

  if (emergencyMessage) return <EmergencyScreen message={emergencyMessage} />;

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
          // Every screen is recorded, an emergency one too; the phone decides what to show at once.
          member.outbox.enqueue(writes.screen({ id: crypto.randomUUID(), answers, context: 'onboarding' }));
          const result = screenRedFlags(answers);
          if (result.outcome === 'emergency') {
            update({ redFlags: undefined });
            setEmergencyMessage(result.message);
            return;
          }
          update({ redFlags: answers });
          go(result.outcome === 'see-doctor' ? 'doctor' : 'age');
        }}
      />
    </StepFrame>
  );
}

export function DoctorStep({ draft, go }: StepProps) {
  const result = draft.redFlags ? screenRedFlags(draft.redFlags) : undefined;
  return (
    <StepFrame step="doctor" title="Please see a doctor before you start" back="safety">
      <div className="callout callout--caution">
        <p>{result?.message}</p>
      </div>
      <div className="prose">
        <p>
          You can answer the rest of the questions now, so your plan is ready on the day your doctor clears
          you. Until then your program stays paused.
        </p>
      </div>
      <button type="button" className="button button--primary button--large" onClick={() => go('age')}>
        Continue
      </button>
    </StepFrame>
  );
}
