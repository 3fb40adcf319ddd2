import { Link, useLocation } from 'wouter';
import { BAND_STRENGTHS } from '../../../core/catalogue/types.ts';
import { ApiProblem } from '../../api/client.ts';
import { training } from '../../api/training.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { formatWeightIn, localDay } from '../../format.ts';
import { useSafetyHold } from '../../safety-hold.tsx';
import { type OnboardingDraft, type QuestionStep, toAssessment } from './draft.ts';
import { StepFrame, type StepProps } from './StepFrame.tsx';

const RANGE_WORDS = {
  'slight-bend': 'Only a little way',
  halfway: 'About halfway',
  'most-of-the-way': 'Most of the way',
};

function surgeryWords(surgery: OnboardingDraft['surgery']): string {
  if (!surgery) return 'No';
  if (surgery.weeksAgo < 6) return 'Yes, in the last 6 weeks';
  if (surgery.weeksAgo <= 12) return 'Yes, 6 to 12 weeks ago';
  if (surgery.weeksAgo <= 52) return 'Yes, 3 to 12 months ago';
  return 'Yes, more than a year ago';
}

function equipmentWords(draft: OnboardingDraft): string {
  const { equipment, weightUnit = 'kg' } = draft;
  if (!equipment) return '';
  const parts = [
    ...BAND_STRENGTHS.filter((band) => equipment.bands.includes(band)).map((band) => `${band} band`),
    ...equipment.dumbbellsKg.map((kg) => `${formatWeightIn(kg, weightUnit)} dumbbell`),
    ...equipment.kettlebellsKg.map((kg) => `${formatWeightIn(kg, weightUnit)} kettlebell`),
    ...(equipment.cableKg.length > 0 ? ['a cable machine'] : []),
  ];
  if (parts.length === 0) return 'Nothing extra: a chair, the floor and a door';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function answers(draft: OnboardingDraft): { step: QuestionStep; label: string; answer: string }[] {
  return [
    { step: 'age', label: 'Age', answer: `${draft.age}` },
    { step: 'pain-now', label: 'Back pain now', answer: `${draft.painNow} out of 10` },
    { step: 'pain-worst', label: 'Worst in the last week', answer: `${draft.painWorstLastWeek} out of 10` },
    { step: 'surgery', label: 'Operation on your back or hips', answer: surgeryWords(draft.surgery) },
    { step: 'chair-stand', label: 'Chair stands in 30 seconds', answer: `${draft.chairStands}` },
    {
      step: 'squat-range',
      label: 'Bending your knees',
      answer: RANGE_WORDS[draft.squatRange ?? 'slight-bend'],
    },
    { step: 'hinge-range', label: 'Bending forward', answer: RANGE_WORDS[draft.hingeRange ?? 'slight-bend'] },
    { step: 'unit', label: 'Weights in', answer: draft.weightUnit === 'lb' ? 'Pounds' : 'Kilograms' },
    { step: 'equipment', label: 'Equipment', answer: equipmentWords(draft) },
    { step: 'days', label: 'Training days', answer: `${draft.daysPerWeek} a week` },
  ];
}

/** Every answer once more, each with a way to change it, then the plan is made. */
export function CheckStep({ draft, update, onMade }: StepProps & { onMade(): void }) {
  const [, navigate] = useLocation();
  const holds = useSafetyHold();
  const { isBusy, problem, run } = useFormAction(async () => {
    const assessment = toAssessment(draft);
    if (!assessment) return;
    const id = draft.planId ?? crypto.randomUUID();
    if (!draft.planId) update({ planId: id });
    try {
      await training.startPlan({ id, today: localDay(), assessment });
    } catch (error) {
      // On a safety hold no plan is made: the hold screen takes over, with what to do.
      if (error instanceof ApiProblem && error.type.endsWith(':safety-hold')) {
        await holds.refresh();
        throw error;
      }
      // A plan made before (in another tab, or an answer lost on the way back) is the plan.
      if (!(error instanceof ApiProblem && error.status === 409)) throw error;
    }
    navigate('/plan', { replace: true });
    onMade();
  });

  return (
    <StepFrame step="check" title="Check your answers" back="days">
      <dl className="answers">
        {answers(draft).map(({ step, label, answer }) => (
          <div key={step} className="answers__row">
            <dt>{label}</dt>
            <dd>{answer}</dd>
            <dd className="answers__change">
              <Link href={`/start/${step}?from=check`}>
                Change<span className="visually-hidden"> {label.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <FormAlert problem={problem} />
      <button
        type="button"
        className="button button--primary button--large"
        aria-disabled={isBusy}
        onClick={() => void run()}
      >
        {isBusy ? 'Making your plan…' : 'Make my plan'}
      </button>
    </StepFrame>
  );
}
