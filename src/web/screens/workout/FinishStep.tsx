import { useState } from 'react';
import type { Effort } from '../../../contract/plan.ts';
import { ChoiceList } from '../../components/ChoiceList.tsx';

const EFFORT_CHOICES = [
  { value: 'easy', label: 'Easy', detail: 'I could have done more.' },
  { value: 'hard-good-form', label: 'Hard, and my form held', detail: 'The last reps took real effort.' },
  { value: 'could-not-finish', label: 'Too hard', detail: 'I could not finish with good form.' },
] as const satisfies readonly { value: Effort; label: string; detail: string }[];

interface FinishStepProps {
  isEverySetDone: boolean;
  onFinish(answer: { effort: Effort; newSymptoms: boolean }): void;
  onBack(): void;
}

/** The last question of a workout: how hard it was, and whether anything new and worrying came up. */
export function FinishStep({ isEverySetDone, onFinish, onBack }: FinishStepProps) {
  const [effort, setEffort] = useState<Effort | undefined>();
  const [newSymptoms, setNewSymptoms] = useState(false);
  const [isMissing, setIsMissing] = useState(false);
  return (
    <section className="finish" aria-labelledby="finish-heading">
      <h2 id="finish-heading">
        {isEverySetDone ? 'Every set is done. Well done!' : 'Finish your workout now?'}
      </h2>
      {!isEverySetDone && (
        <p>Sets you did not do are simply left out: nothing changes for an exercise you skipped.</p>
      )}
      <ChoiceList
        legend="How did the workout feel?"
        choices={EFFORT_CHOICES}
        chosen={effort}
        onChoose={(value) => {
          setEffort(value);
          setIsMissing(false);
        }}
      />
      <div role="alert" className={isMissing ? 'alert alert--error' : 'alert alert--empty'}>
        {isMissing && <p>Please choose how the workout felt.</p>}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={newSymptoms}
          onChange={(event) => setNewSymptoms(event.target.checked)}
        />
        <span>
          I noticed something new: numbness, tingling or weakness in my legs, or trouble with my bladder or
          bowels.
        </span>
      </label>
      <div className="actions actions--stacked">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            if (effort) onFinish({ effort, newSymptoms });
            else setIsMissing(true);
          }}
        >
          Finish workout
        </button>
        {!isEverySetDone && (
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back to my workout
          </button>
        )}
      </div>
    </section>
  );
}
