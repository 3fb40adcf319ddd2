/**
 * The five movements as drawn and measured, without their words: what Today needs to draw each exercise
 * of the workout, so the first screen does not download every sentence of the catalogue.
 */

import { gluteBridge } from './exercises/glute-bridge.ts';
import { hipHinge } from './exercises/hip-hinge.ts';
import { pullThrough } from './exercises/pull-through.ts';
import { splitSquat } from './exercises/split-squat.ts';
import { squat } from './exercises/squat.ts';
import type { ExerciseId, ExerciseShape } from './types.ts';

/** In the order the movements are introduced. */
export const EXERCISE_SHAPES: readonly ExerciseShape[] = [
  gluteBridge,
  squat,
  hipHinge,
  splitSquat,
  pullThrough,
];

const BY_ID = new Map<ExerciseId, ExerciseShape>(EXERCISE_SHAPES.map((shape) => [shape.id, shape]));

export function getExerciseShape(id: ExerciseId): ExerciseShape {
  const shape = BY_ID.get(id);
  if (shape === undefined) throw new Error(`No exercise with id "${id}" in the catalogue`);
  return shape;
}
