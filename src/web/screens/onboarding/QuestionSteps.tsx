import { type FormEvent, useState } from 'react';
import { getExercise, maxLevel } from '../../../core/catalogue/index.ts';
import type { ExerciseId } from '../../../core/catalogue/types.ts';
import { levelForSelfTest } from '../../../core/engine/levels.ts';
import type { SelfTestedRange } from '../../../core/engine/schemas.ts';
import { ChairStandTimer } from '../../components/ChairStandTimer.tsx';
import { ChoiceList } from '../../components/ChoiceList.tsx';
import { EquipmentFields, NO_EQUIPMENT } from '../../components/EquipmentFields.tsx';
import { ExerciseFigure } from '../../components/ExerciseFigure.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { PainScale } from '../../components/PainScale.tsx';
import { previousStep } from './draft.ts';
import { StepFrame, type StepProps } from './StepFrame.tsx';

function NextButton() {
  return (
    <button type="submit" className="button button--primary button--large">
      Next
    </button>
  );
}

export function AgeStep({ draft, update, advance }: StepProps) {
  const [typed, setTyped] = useState(draft.age === undefined ? '' : String(draft.age));
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const age = Number.parseInt(typed, 10);
    if (Number.isNaN(age) || age < 16 || age > 110) {
      setError(
        Number.isNaN(age)
          ? 'Enter your age in years.'
          : 'Backstrong is for adults: enter an age from 16 to 110.',
      );
      return;
    }
    update({ age });
    advance();
  }
  return (
    <StepFrame step="age" title="How old are you?" back={previousStep('age')}>
      <form className="form" onSubmit={submit} noValidate>
        <NumberField
          label="Your age in years"
          value={typed}
          onValueChange={(value) => {
            setTyped(value);
            setError(undefined);
          }}
          min={16}
          max={110}
          error={error}
          stepWords={{ less: 'One year less', more: 'One year more' }}
        />
        <NextButton />
      </form>
    </StepFrame>
  );
}

export function PainNowStep({ draft, update, advance }: StepProps) {
  return (
    <StepFrame step="pain-now" title="How is your back pain right now?" back={previousStep('pain-now')}>
      <PainScale
        question="Your back pain right now"
        isQuestionHidden
        value={draft.painNow}
        onChoose={(painNow) => {
          update({ painNow });
          advance();
        }}
      />
    </StepFrame>
  );
}

export function PainWorstStep({ draft, update, advance }: StepProps) {
  const painNow = draft.painNow ?? 0;
  return (
    <StepFrame
      step="pain-worst"
      title="What was your worst back pain in the last week?"
      back={previousStep('pain-worst')}
    >
      <PainScale
        question="Your worst back pain in the last week"
        isQuestionHidden
        hint={painNow > 0 ? `At least ${painNow}, your pain right now.` : undefined}
        value={draft.painWorstLastWeek}
        lowest={painNow}
        onChoose={(painWorstLastWeek) => {
          update({ painWorstLastWeek });
          advance();
        }}
      />
    </StepFrame>
  );
}

const SURGERY_CHOICES = [
  { value: 'none', label: 'No', weeksAgo: null },
  { value: 'recent', label: 'Yes, in the last 6 weeks', weeksAgo: 3 },
  { value: 'weeks', label: 'Yes, 6 to 12 weeks ago', weeksAgo: 9 },
  { value: 'months', label: 'Yes, 3 to 12 months ago', weeksAgo: 26 },
  { value: 'years', label: 'Yes, more than a year ago', weeksAgo: 104 },
] as const;

export function SurgeryStep({ draft, update, advance }: StepProps) {
  const chosen =
    draft.surgery === undefined
      ? undefined
      : SURGERY_CHOICES.find((choice) => (choice.weeksAgo ?? null) === (draft.surgery?.weeksAgo ?? null))
          ?.value;
  return (
    <StepFrame
      step="surgery"
      title="Have you had an operation on your back or hips?"
      back={previousStep('surgery')}
    >
      <ChoiceList
        legend="Have you had an operation on your back or hips?"
        isLegendHidden
        choices={SURGERY_CHOICES}
        chosen={chosen}
        onChoose={(value) => {
          const weeksAgo = SURGERY_CHOICES.find((choice) => choice.value === value)?.weeksAgo ?? null;
          update({ surgery: weeksAgo === null ? null : { weeksAgo } });
          advance();
        }}
      />
    </StepFrame>
  );
}

export function ChairStandStep({ draft, update, advance }: StepProps) {
  const [typed, setTyped] = useState(draft.chairStands === undefined ? '' : String(draft.chairStands));
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const count = Number.parseInt(typed, 10);
    if (Number.isNaN(count) || count < 0 || count > 60) {
      setError('Enter how many times you stood up, a number from 0 to 60.');
      return;
    }
    update({ chairStands: count });
    advance();
  }
  return (
    <StepFrame
      step="chair-stand"
      title="How many times can you stand up from a chair in 30 seconds?"
      back={previousStep('chair-stand')}
    >
      <ol className="steps">
        <li>Sit in the middle of a sturdy chair, feet flat on the floor, arms crossed over your chest.</li>
        <li>
          Tap “Start the 30 seconds”. Stand up fully, then sit back down, as many times as you safely can.
        </li>
        <li>Stop at once if it hurts. Count only the times you stood up without your arms.</li>
      </ol>
      <ChairStandTimer />
      <form className="form" onSubmit={submit} noValidate>
        <NumberField
          label="Times you stood up"
          value={typed}
          onValueChange={(value) => {
            setTyped(value);
            setError(undefined);
          }}
          min={0}
          max={60}
          error={error}
          stepWords={{ less: 'One fewer', more: 'One more' }}
        />
        <NextButton />
      </form>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          update({ chairStands: 0 });
          advance();
        }}
      >
        I cannot stand up without using my arms
      </button>
    </StepFrame>
  );
}

const RANGE_WORDS: Record<SelfTestedRange, string> = {
  'slight-bend': 'Only a little way',
  halfway: 'About halfway',
  'most-of-the-way': 'Most of the way',
};

function rangeChoices(exerciseId: ExerciseId) {
  const exercise = getExercise(exerciseId);
  return (Object.keys(RANGE_WORDS) as SelfTestedRange[]).map((range) => ({
    value: range,
    label: RANGE_WORDS[range],
    picture: (
      <ExerciseFigure exercise={exercise} level={levelForSelfTest(range, maxLevel(exercise))} size={72} />
    ),
  }));
}

export function SquatRangeStep({ draft, update, advance }: StepProps) {
  return (
    <StepFrame
      step="squat-range"
      title="How far can you bend your knees without pain?"
      back={previousStep('squat-range')}
      lead={
        <p>Hold on to a counter. Slowly bend your knees as if to sit on a low chair, then stand up again.</p>
      }
    >
      <ChoiceList
        legend="How far down was comfortable?"
        choices={rangeChoices('squat')}
        chosen={draft.squatRange}
        onChoose={(squatRange) => {
          update({ squatRange });
          advance();
        }}
      />
    </StepFrame>
  );
}

export function HingeRangeStep({ draft, update, advance }: StepProps) {
  return (
    <StepFrame
      step="hinge-range"
      title="How far can you bend forward from your hips without pain?"
      back={previousStep('hinge-range')}
      lead={
        <p>
          Stand tall with soft knees. Push your hips back and lean forward with a long back, hands sliding
          down your thighs, then stand up again.
        </p>
      }
    >
      <ChoiceList
        legend="How far forward was comfortable?"
        choices={rangeChoices('hip-hinge')}
        chosen={draft.hingeRange}
        onChoose={(hingeRange) => {
          update({ hingeRange });
          advance();
        }}
      />
    </StepFrame>
  );
}

export function UnitStep({ draft, update, advance }: StepProps) {
  return (
    <StepFrame step="unit" title="Do you weigh things in kilograms or pounds?" back={previousStep('unit')}>
      <ChoiceList
        legend="Show weights in"
        isLegendHidden
        choices={[
          { value: 'kg', label: 'Kilograms (kg)' },
          { value: 'lb', label: 'Pounds (lb)' },
        ]}
        chosen={draft.weightUnit}
        onChoose={(weightUnit) => {
          update({ weightUnit });
          advance();
        }}
      />
    </StepFrame>
  );
}

export function EquipmentStep({ draft, update, advance }: StepProps) {
  const [equipment, setEquipment] = useState(draft.equipment ?? NO_EQUIPMENT);
  return (
    <StepFrame
      step="equipment"
      title="What do you have to train with?"
      back={previousStep('equipment')}
      lead={
        <p>
          A sturdy chair, some floor and a door are all you need to start. Tick anything else you have: later,
          the program adds it step by step.
        </p>
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          update({ equipment });
          advance();
        }}
      >
        <EquipmentFields
          value={equipment}
          unit={draft.weightUnit ?? 'kg'}
          onChange={(next) => {
            setEquipment(next);
            update({ equipment: next });
          }}
        />
        <NextButton />
      </form>
    </StepFrame>
  );
}

export function DaysStep({ draft, update, advance }: StepProps) {
  return (
    <StepFrame
      step="days"
      title="How many days a week would you like to train?"
      back={previousStep('days')}
      lead={
        <p>There is always at least one rest day between workouts: that is when muscles grow stronger.</p>
      }
    >
      <ChoiceList
        legend="Days a week"
        isLegendHidden
        choices={[
          { value: 2, label: '2 days a week' },
          { value: 3, label: '3 days a week', detail: 'Recommended' },
          { value: 4, label: '4 days a week' },
        ]}
        chosen={draft.daysPerWeek}
        onChoose={(daysPerWeek) => {
          update({ daysPerWeek });
          advance();
        }}
      />
    </StepFrame>
  );
}
