/**
 * The exercise catalogue: the five movements of the program, in the order they are introduced, and the
 * small lookups the progression engine, the server and the web app share.
 */

import { gluteBridge } from './exercises/glute-bridge.ts';
import { hipHinge } from './exercises/hip-hinge.ts';
import { pullThrough } from './exercises/pull-through.ts';
import { splitSquat } from './exercises/split-squat.ts';
import { squat } from './exercises/squat.ts';
import { EXERCISE_IDS, type Exercise, type ExerciseId } from './types.ts';

export const EXERCISES: readonly Exercise[] = [gluteBridge, squat, hipHinge, splitSquat, pullThrough];

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
export * from './types.ts';
