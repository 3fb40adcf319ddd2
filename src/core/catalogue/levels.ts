import type { ExerciseShape, MeasuredAngle, RangeLevelShape } from './types.ts';

// Level arithmetic on an exercise, kept apart from the exercise texts so a screen that only draws a
// level does not pull the whole catalogue into its bundle.

/** The highest range level of an exercise (its full range). */
export function maxLevel(exercise: ExerciseShape): number {
  return exercise.levels.length;
}

/** The range level numbered `level` (1 = smallest range). Throws a RangeError for a level that does not exist. */
export function levelOf<Level extends RangeLevelShape>(
  exercise: Pick<ExerciseShape, 'name'> & { levels: readonly Level[] },
  level: number,
): Level {
  const found = exercise.levels.find((candidate) => candidate.level === level);
  if (found === undefined) {
    throw new RangeError(`${exercise.name} has levels 1–${exercise.levels.length}, not ${level}`);
  }
  return found;
}

/**
 * Whether a larger angle means more range for this joint. True only for the bridge's hip extension, which
 * is measured at the top of the lift; every other angle is measured at the bottom, where smaller is deeper.
 */
export function isLargerAngleMoreRange(joint: MeasuredAngle): boolean {
  return joint === 'hip-extension';
}

/**
 * The highest level a rep reached, from the joint angle measured at its turning point; 0 when the rep did
 * not reach level 1. A rep past the last level's range counts as the last level.
 */
export function levelReachedByAngle(exercise: ExerciseShape, angle: number): number {
  let reached = 0;
  for (const range of exercise.levels) {
    const { joint, min, max } = range.angle;
    const hasReached = isLargerAngleMoreRange(joint) ? angle >= min : angle <= max;
    if (hasReached) reached = range.level;
  }
  return reached;
}
