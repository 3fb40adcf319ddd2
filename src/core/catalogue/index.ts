/**
 * The exercise catalogue: the five movements of the program, in the order they are introduced, and the
 * small lookups the progression engine, the server and the web app share. Each movement is its shape
 * (shapes.ts: what is drawn and measured) with its words.
 */

import { gluteBridgeWords } from './exercises/glute-bridge-words.ts';
import { hipHingeWords } from './exercises/hip-hinge-words.ts';
import { pullThroughWords } from './exercises/pull-through-words.ts';
import { splitSquatWords } from './exercises/split-squat-words.ts';
import { squatWords } from './exercises/squat-words.ts';
import { EXERCISE_SHAPES } from './shapes.ts';
import {
  EXERCISE_IDS,
  type Exercise,
  type ExerciseId,
  type ExerciseShape,
  type ExerciseWords,
} from './types.ts';

const WORDS: Record<ExerciseId, ExerciseWords> = {
  'glute-bridge': gluteBridgeWords,
  squat: squatWords,
  'hip-hinge': hipHingeWords,
  'split-squat': splitSquatWords,
  'pull-through': pullThroughWords,
};

/** The shape with its words; a level without its description is a mistake in the catalogue. */
function withWords(shape: ExerciseShape, { levelDescriptions, ...words }: ExerciseWords): Exercise {
  if (levelDescriptions.length !== shape.levels.length) {
    throw new Error(
      `${shape.id}: ${levelDescriptions.length} descriptions for ${shape.levels.length} levels`,
    );
  }
  return {
    ...shape,
    ...words,
    levels: shape.levels.map((level, index) => ({ ...level, description: levelDescriptions[index] ?? '' })),
  };
}

export const EXERCISES: readonly Exercise[] = EXERCISE_SHAPES.map((shape) =>
  withWords(shape, WORDS[shape.id]),
);

const BY_ID = new Map<ExerciseId, Exercise>(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (EXERCISE_IDS as readonly string[]).includes(value);
}

export function getExercise(id: ExerciseId): Exercise {
  const exercise = BY_ID.get(id);
  if (exercise === undefined) throw new Error(`No exercise with id "${id}" in the catalogue`);
  return exercise;
}

export * from './figure.ts';
export { isLargerAngleMoreRange, levelOf, levelReachedByAngle, maxLevel } from './levels.ts';
export * from './loads.ts';
export { getExerciseShape } from './shapes.ts';
export * from './types.ts';
