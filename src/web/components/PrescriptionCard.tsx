import type { ReactNode } from 'react';
import type { Prescription } from '../../contract/training.ts';
import type { WeightUnit } from '../../core/catalogue/loads.ts';
import { getExerciseShape } from '../../core/catalogue/shapes.ts';
import { formatLoad } from '../format.ts';
import { ExerciseFigure } from './ExerciseFigure.tsx';
import { isDoneLyingDown } from './exercise-words.ts';
import { FigureCrop } from './FigureCrop.tsx';

export function levelText(item: Prescription): string {
  return `Level ${item.level} of ${item.maxLevel}: ${item.levelName}`;
}

export function setsText(sets: number, reps: number): string {
  return `${sets} ${sets === 1 ? 'set' : 'sets'} of ${reps}`;
}

interface PrescriptionCardProps {
  item: Prescription;
  unit: WeightUnit;
  /** The heading level of the exercise name within the screen. */
  headingLevel?: 2 | 3;
  /**
   * Workout mode's bigger, moving figure in place of the still one. The caller brings it, so screens
   * showing only stills (Today) do not download the animation.
   */
  largeFigure?: ReactNode;
  /** Shown above the name, e.g. "Exercise 1 of 3". */
  kicker?: string;
  /** Off where the screen's own heading already names the exercise. */
  isNameShown?: boolean;
  /** What changed since the last workout, in the engine's words. */
  changes?: readonly string[];
}

/** One exercise as prescribed: the level drawn, the load, sets × reps, and the cues that matter now. */
export function PrescriptionCard({
  item,
  unit,
  headingLevel = 3,
  largeFigure,
  kicker,
  isNameShown = true,
  changes = [],
}: PrescriptionCardProps) {
  const exercise = getExerciseShape(item.exerciseId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className={largeFigure ? 'prescription prescription--large' : 'prescription'}
      data-exercise={item.exerciseId}
    >
      <div className="prescription__figure">
        {largeFigure ?? (
          <FigureCrop isLying={isDoneLyingDown(exercise)}>
            <ExerciseFigure exercise={exercise} level={item.level} load={item.load.kind} size={120} />
          </FigureCrop>
        )}
      </div>
      <div className="prescription__text">
        {kicker && <p className="prescription__kicker">{kicker}</p>}
        {isNameShown && <Heading className="prescription__name">{item.name}</Heading>}
        <dl className="prescription__facts">
          <div>
            <dt className="visually-hidden">Level</dt>
            <dd className="prescription__fact prescription__fact--level" data-testid="level">
              {levelText(item)}
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">Load</dt>
            <dd className="prescription__fact" data-testid="load">
              {formatLoad(item.load, unit)}
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">Sets</dt>
            <dd className="prescription__fact" data-testid="sets">
              {setsText(item.sets, item.reps)}
            </dd>
          </div>
        </dl>
        {item.supported && <p className="prescription__support">Hold on to a counter or a sturdy chair.</p>}
      </div>
      {changes.length > 0 && (
        <div className="prescription__changes">
          <p className="prescription__changes-title">Since last time</p>
          {changes.map((change) => (
            <p key={change}>{change}</p>
          ))}
        </div>
      )}
      {item.cues.length > 0 && (
        <div className="prescription__cues">
          <p className="prescription__cues-title">Remember</p>
          <ul>
            {item.cues.map((cue) => (
              <li key={cue} className="prescription__cue">
                {cue}
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
