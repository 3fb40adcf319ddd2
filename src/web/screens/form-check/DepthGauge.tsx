import type { Exercise } from '../../../core/catalogue/types.ts';
import { isPastTargetLevel } from '../../../core/form/target-level.ts';
import { levelWords } from './form-words.ts';
import { isMeasuredAtTop } from './turn-words.ts';

interface DepthGaugeProps {
  exercise: Exercise;
  /** The range level the member is at now (0 short of level 1). */
  level: number;
  /** The prescribed level, marked on the gauge; null when there is none. */
  targetLevel: number | null;
}

function stepClass(step: number, level: number, targetLevel: number | null): string {
  const isReached = step <= level;
  return [
    'depth-gauge__step',
    // Past the member's level is not more of a good thing: those steps light as a warning.
    isReached && isPastTargetLevel(step, targetLevel) ? 'depth-gauge__step--past' : '',
    isReached && !isPastTargetLevel(step, targetLevel) ? 'depth-gauge__step--reached' : '',
    step === targetLevel ? 'depth-gauge__step--target' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * How far the member is moving now against the level they are aiming for: one step per range level,
 * filled up to the level reached, the target outlined, any step past it lit as a warning.
 */
export function DepthGauge({ exercise, level, targetLevel }: DepthGaugeProps) {
  const now = levelWords(exercise, level);
  const target = targetLevel === null ? null : levelWords(exercise, targetLevel);
  const isPast = isPastTargetLevel(level, targetLevel);
  return (
    <div className={isPast ? 'depth-gauge depth-gauge--past' : 'depth-gauge'}>
      <p className="depth-gauge__label">
        <span>
          {isMeasuredAtTop(exercise) ? 'Height' : 'Depth'} now: <strong>{now}</strong>
          {isPast && <strong className="depth-gauge__past-text">, past your level</strong>}
        </span>
        {target && <span className="depth-gauge__target-text">Your level: {target}</span>}
      </p>
      <div className="depth-gauge__bar" aria-hidden="true">
        {exercise.levels.map((range) => (
          <span key={range.level} className={stepClass(range.level, level, targetLevel)}>
            {range.level}
          </span>
        ))}
      </div>
    </div>
  );
}
