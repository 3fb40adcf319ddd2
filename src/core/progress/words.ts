/**
 * Where a member stands in an exercise, in words: "a slight bend with no weight", "a half squat with a
 * 10 kg kettlebell". Built from the catalogue's level names and loads, so a renamed level reads right here.
 */
import { getExercise } from '../catalogue/index.ts';
import { levelOf, maxLevel } from '../catalogue/levels.ts';
import { describeLoad, formatWeight, type WeightUnit } from '../catalogue/loads.ts';
import type { ExerciseId, Load } from '../catalogue/types.ts';

/** Level names that describe a position rather than name a movement, so they take no article. */
const POSITION_NAMES = new Set(['Thighs near level', 'Nearly straight']);

/** A range level as the catalogue names it, in lower case: "slight bend", "thighs near level". */
export function levelName(exerciseId: ExerciseId, level: number): string {
  return levelOf(getExercise(exerciseId), clampLevel(exerciseId, level)).name.toLowerCase();
}

/** A logged level kept within the catalogue's levels: past full range counts as full range. */
export function clampLevel(exerciseId: ExerciseId, level: number): number {
  return Math.min(Math.max(Math.round(level), 1), maxLevel(getExercise(exerciseId)));
}

/** "a slight bend", "a quarter squat", "thighs near level". */
export function levelPhrase(exerciseId: ExerciseId, level: number): string {
  const name = levelOf(getExercise(exerciseId), clampLevel(exerciseId, level)).name;
  return POSITION_NAMES.has(name) ? name.toLowerCase() : `a ${name.toLowerCase()}`;
}

/** "an 8 kg kettlebell", "an 18 lb dumbbell", "a 10 kg kettlebell": the article follows the spoken number. */
function withArticle(words: string): string {
  return /^(8|11(?!\d)|18(?!\d))/.test(words) ? `an ${words}` : `a ${words}`;
}

/** "with no weight", "with a light band", "with a 10 kg kettlebell", "with 10 kg on the cable". */
export function loadPhrase(load: Load, unit: WeightUnit): string {
  switch (load.kind) {
    case 'bodyweight':
      return 'with no weight';
    case 'cable':
      return `with ${formatWeight(load.kg, unit)} on the cable`;
    default:
      return `with ${withArticle(describeLoad(load, unit))}`;
  }
}

/** "a slight bend with no weight". */
export function positionPhrase(exerciseId: ExerciseId, level: number, load: Load, unit: WeightUnit): string {
  return `${levelPhrase(exerciseId, level)} ${loadPhrase(load, unit)}`;
}

/** "squat", "hip hinge": an exercise's name inside a sentence. */
export function exerciseName(exerciseId: ExerciseId): string {
  return getExercise(exerciseId).name.toLowerCase();
}

/** "1 workout", "3 workouts". */
export function count(amount: number, singular: string, plural = `${singular}s`): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}
