/**
 * The member's level (target level): the range level their plan has them at for this exercise. The method
 * asks them to stay within it, their best pain-free and controlled range, until the plan moves them on, so
 * a rep that goes further is done but is not a good rep. One rule for the live view, the results and the
 * set the form check fills in.
 */
import type { Exercise, MeasuredAngle } from '../catalogue/index.ts';

/** Whether a rep (or the movement now) at `level` goes past the member's level; never without one. */
export function isPastTargetLevel(level: number, targetLevel: number | null | undefined): boolean {
  return targetLevel !== null && targetLevel !== undefined && level > targetLevel;
}

/** Whether the set has all its reps: the count the plan asks for, when it asks for one. */
export function isSetDone(completedReps: number, targetReps: number | null | undefined): boolean {
  return targetReps !== null && targetReps !== undefined && targetReps > 0 && completedReps >= targetReps;
}

/** Less range, said the way the member moves: down in a squat, forward in a hinge, up in a bridge. */
const LESS_RANGE = {
  knee: 'A little less deep',
  'front-knee': 'A little less deep',
  hip: 'A little less far forward',
  'hip-extension': 'A little less high',
} as const satisfies Record<MeasuredAngle, string>;

/**
 * Level names that start with how much ("Half squat", "Slight tip") name a movement and take "a"; the rest
 * ("Thighs near level", "Nearly straight") describe a position and read as they are.
 */
const HOW_MUCH = /^(slight|small|quarter|half|deep|full)\b/;

/** "a half squat", "thighs near level": the level's catalogue name inside a sentence. */
export function levelNameInSentence(exercise: Exercise, level: number): string {
  const name = exercise.levels.find((range) => range.level === level)?.name.toLowerCase();
  if (name === undefined) return `level ${level}`;
  return HOW_MUCH.test(name) ? `a ${name}` : name;
}

/** "A little less deep — your level is a half squat.": said the moment a rep goes past the level. */
export function pastTargetLevelCue(exercise: Exercise, targetLevel: number): string {
  const joint = exercise.levels[0]?.angle.joint ?? 'knee';
  return `${LESS_RANGE[joint]} — your level is ${levelNameInSentence(exercise, targetLevel)}.`;
}
