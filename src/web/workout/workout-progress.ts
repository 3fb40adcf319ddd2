/**
 * How far the workout under way has come. Apart from local-workout.ts, which also brings the exercise
 * catalogue's levels and the pain rules, so that Today can say "4 of 12 sets done" without them in the
 * first download.
 */
import type { LoggedSet } from '../../contract/training.ts';
import type { LocalWorkout } from './local-workout.ts';

export function setsOf(workout: LocalWorkout, exerciseId: string): LoggedSet[] {
  return workout.sets.filter((set) => set.exerciseId === exerciseId);
}

/** Done when all its sets are logged, or when pain stopped it and the member chose to skip it. */
export function isExerciseDone(workout: LocalWorkout, index: number): boolean {
  const prescribed = workout.prescription[index];
  if (prescribed === undefined || workout.skipped?.includes(prescribed.exerciseId)) return true;
  return setsOf(workout, prescribed.exerciseId).length >= prescribed.sets;
}
