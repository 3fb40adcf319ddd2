/**
 * A member's timeline of workouts only moves forward. The engine counts breaks from the last workout and
 * asks the next-morning check-in about it, so a workout dated before the last one, or a second one on
 * the same day, would make it judge a break or a morning that never happened: such a start is refused
 * with the reason, and the phone shows it to the member rather than dropping it.
 */

import type { Executor } from '../db/executor.ts';
import { hasFinishedWorkoutOn } from '../db/repositories/workouts.ts';
import { Refusal } from './errors.ts';

/** The latest day the member trained on, from the plan and the finished workouts (newest first). */
export function lastWorkoutDay(planLast: string | null, finishedNewestFirst: readonly { date: string }[]) {
  const stored = finishedNewestFirst[0]?.date ?? null;
  if (planLast === null) return stored;
  return stored === null || planLast >= stored ? planLast : stored;
}

export function assertAfterLastWorkout(last: string | null, date: string): void {
  if (last === null || date > last) return;
  if (date === last) {
    throw new Refusal(
      'conflict',
      'workout-same-day',
      'Already trained that day',
      `You already did a workout on ${date}. One workout a day gives your back and hips time to recover: the next one is on the Today screen.`,
    );
  }
  throw new Refusal(
    'conflict',
    'workout-before-last',
    'Earlier than your last workout',
    `Your last workout was on ${last}, so a new one cannot be dated ${date}: your plan counts workouts in the order you do them. Start it with today's date.`,
  );
}

/** A check-in answers for the morning after a finished workout, so that workout must exist. */
export async function assertCheckInHasWorkout(
  db: Executor,
  userId: string,
  workoutOn: string,
): Promise<void> {
  if (await hasFinishedWorkoutOn(db, userId, workoutOn)) return;
  throw new Refusal(
    'conflict',
    'no-workout-that-day',
    'No workout that day',
    `You have no finished workout on ${workoutOn} to check in about: a check-in tells how your back feels the morning after a workout.`,
  );
}
