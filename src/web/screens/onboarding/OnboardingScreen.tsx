import type { ComponentType } from 'react';
import { Redirect, useLocation, useSearchParams } from 'wouter';
import { useProfile } from '../../login-session.tsx';
import { useStored } from '../../offline/member-data.ts';
import { CheckStep } from './CheckStep.tsx';
import { canOpen, isQuestionStep, nextQuestion, onboardingDraft, resumeStep, type StepId } from './draft.ts';
import { SafetyStep, WelcomeStep } from './IntroSteps.tsx';
import {
  AgeStep,
  ChairStandStep,
  DaysStep,
  EquipmentStep,
  HingeRangeStep,
  PainNowStep,
  PainWorstStep,
  SquatRangeStep,
  SurgeryStep,
  UnitStep,
} from './QuestionSteps.tsx';
import type { StepHistoryState, StepProps } from './StepFrame.tsx';

const STEPS: Record<Exclude<StepId, 'check'>, ComponentType<StepProps>> = {
  welcome: WelcomeStep,
  safety: SafetyStep,
  age: AgeStep,
  'pain-now': PainNowStep,
  'pain-worst': PainWorstStep,
  surgery: SurgeryStep,
  'chair-stand': ChairStandStep,
  'squat-range': SquatRangeStep,
  'hinge-range': HingeRangeStep,
  unit: UnitStep,
  equipment: EquipmentStep,
  days: DaysStep,
};

function isStepId(value: string | undefined): value is StepId {
  return value !== undefined && (value === 'check' || value in STEPS);
}

/** Onboarding, one screen per step at /start/<step>, so the phone's back button goes back a question. */
export function OnboardingScreen({ step }: { step?: string }) {
  const profile = useProfile();
  const [, navigate] = useLocation();
  const [searchParams] = useSearchParams();
  const store = onboardingDraft(profile?.id ?? 'nobody');
  const draft = useStored(store);
  const hasConsent = profile?.healthConsent != null;

  if (!isStepId(step) || !canOpen(step, draft, hasConsent)) {
    return <Redirect to={`/start/${resumeStep(draft, hasConsent)}`} replace />;
  }

  const isFromCheck = searchParams.get('from') === 'check';
  const props: StepProps = {
    draft,
    update: (change) => store.set((current) => ({ ...current, ...change })),
    go: (to) => navigate(`/start/${to}`, { state: { from: step } satisfies StepHistoryState }),
    advance: () => {
      if (!isQuestionStep(step)) return;
      const latest = store.get();
      const to = isFromCheck && canOpen('check', latest, hasConsent) ? 'check' : nextQuestion(step);
      navigate(`/start/${to}`, { state: { from: step } satisfies StepHistoryState });
    },
  };

  if (step === 'check') return <CheckStep key={step} {...props} onMade={() => store.set({})} />;
  const Step = STEPS[step];
  return <Step key={step} {...props} />;
}
