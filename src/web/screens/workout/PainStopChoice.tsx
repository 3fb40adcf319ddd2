import type { Prescription } from '../../../contract/training.ts';
import { getExercise, levelOf } from '../../../core/catalogue/index.ts';
import { EducationCard } from '../../components/EducationCard.tsx';
import type { PainStop } from '../../workout/local-workout.ts';

interface PainStopChoiceProps {
  item: Prescription;
  stop: PainStop;
  onChoose(choice: 'skip' | 'lower'): void;
}

/** Pain stopped this exercise for today: say so in the engine's words, and offer the two ways on. */
export function PainStopChoice({ item, stop, onChoose }: PainStopChoiceProps) {
  const name = item.name.toLowerCase();
  const lower = stop.lowerLevel === null ? null : levelOf(getExercise(item.exerciseId), stop.lowerLevel);
  return (
    <section className="pain-stop" aria-labelledby="pain-stop-heading">
      <h2 id="pain-stop-heading">No more {name} at this level today</h2>
      <p className="lead">{stop.decision.sentence}</p>
      <div className="actions actions--stacked">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => onChoose('skip')}
        >
          Skip the {name} for today
        </button>
        {lower && (
          <button
            type="button"
            className="button button--secondary button--large"
            onClick={() => onChoose('lower')}
          >
            Go on one level lower: level {lower.level}, {lower.name.toLowerCase()}
          </button>
        )}
      </div>
      <EducationCard lesson="pain-free-range" show="always" />
    </section>
  );
}
