/**
 * The exercise catalogue: the five movements of the program, in the order they are introduced, and the
 * small lookups the progression engine, the server and the web app share.
 */

import { gluteBridge } from './exercises/glute-bridge.ts';
import { hipHinge } from './exercises/hip-hinge.ts';
import { pullThrough } from './exercises/pull-through.ts';
import { splitSquat } from './exercises/split-squat.ts';
import { squat } from './exercises/squat.ts';
import {
  EXERCISE_IDS,
  type Exercise,
  type ExerciseId,
  type MeasuredAngle,
  type RangeLevel,
} from './types.ts';

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

/** The highest range level of an exercise (its full range). */
export function maxLevel(exercise: Exercise): number {
  return exercise.levels.length;
}

/** The range level numbered `level` (1 = smallest range). Throws a RangeError for a level that does not exist. */
export function levelOf(exercise: Exercise, level: number): RangeLevel {
  const found = exercise.levels.find((candidate) => candidate.level === level);
  if (found === undefined) {
    throw new RangeError(`${exercise.name} has levels 1–${maxLevel(exercise)}, not ${level}`);
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
export function levelReachedByAngle(exercise: Exercise, angle: number): number {
  let reached = 0;
  for (const range of exercise.levels) {
    const { joint, min, max } = range.angle;
    const hasReached = isLargerAngleMoreRange(joint) ? angle >= min : angle <= max;
    if (hasReached) reached = range.level;
  }
  return reached;
}

export * from './figure.ts';
export * from './loads.ts';
export * from './types.ts';
