import type { Exercise } from '../../../core/catalogue/types.ts';
import { levelWords } from './form-words.ts';
import { isMeasuredAtTop } from './turn-words.ts';

interface DepthGaugeProps {
  exercise: Exercise;
  /** The range level the member is at now (0 short of level 1). */
  level: number;
  /** The prescribed level, marked on the gauge; null when there is none. */
  targetLevel: number | null;
}

/**
 * How far the member is moving now against the level they are aiming for: one step per range level,
 * filled up to the level reached, the target outlined.
 */
export function DepthGauge({ exercise, level, targetLevel }: DepthGaugeProps) {
  const levels = exercise.levels;
  const now = levelWords(exercise, level);
  const target = targetLevel === null ? null : levelWords(exercise, targetLevel);
  return (
    <div className="depth-gauge">
      <p className="depth-gauge__label">
        <span>
          {isMeasuredAtTop(exercise) ? 'Height' : 'Depth'} now: <strong>{now}</strong>
        </span>
        {target && <span className="depth-gauge__target-text">Your level: {target}</span>}
      </p>
      <div className="depth-gauge__bar" aria-hidden="true">
        {levels.map((range) => (
          <span
            key={range.level}
            className={[
              'depth-gauge__step',
              range.level <= level ? 'depth-gauge__step--reached' : '',
              range.level === targetLevel ? 'depth-gauge__step--target' : '',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {range.level}
          </span>
        ))}
      </div>
    </div>
  );
}
