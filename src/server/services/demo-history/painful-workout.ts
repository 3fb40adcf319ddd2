import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { EVERYTHING_INCLUDED } from '../../billing/billing.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../errors.ts';
import { createSetLogBatcher } from '../set-log-batcher.ts';
import { finish, logSet, startWorkout } from '../workouts.ts';

/**
 * One workout on `date` in which the first set hurt (`pain`, e.g. 7/10) and the member stopped there, as
 * the pain rule asks: through the same services the app uses, so the engine judges it and any alert job
 * sees a real set. For the demo caseload's pain spike and tests that need one.
 */
export async function workoutThatHurt(
  db: Kysely<Database>,
  memberId: string,
  options: { date: string; painBefore: number; pain: number; at: Date },
): Promise<{ workoutId: string }> {
  const actor: Actor = { id: memberId, role: 'member' };
  const { date, painBefore, pain, at } = options;
  const { workout } = await startWorkout(
    db,
    actor,
    memberId,
    { id: randomUUID(), date, painBefore },
    at,
    EVERYTHING_INCLUDED,
  );
  const first = workout.prescription[0];
  if (!first) throw new Error('the plan prescribed no exercise');
  const batcher = createSetLogBatcher(db);
  const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
  await logSet(
    { db, batcher },
    actor,
    memberId,
    {
      workoutId: workout.id,
      setId: randomUUID(),
      set: {
        exerciseId: first.exerciseId,
        level: first.level,
        load: first.load,
        reps: first.reps,
        pain,
        faults: [],
      },
    },
    later(3),
  );
  const finished = await finish(
    db,
    actor,
    memberId,
    { workoutId: workout.id, effort: 'could-not-finish', newSymptoms: false },
    later(6),
  );
  return { workoutId: finished.id };
}
