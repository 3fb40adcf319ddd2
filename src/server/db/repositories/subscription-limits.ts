import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * Counts one attempt under `key` in the window starting at `windowStart` and answers the count with it,
 * in one statement: an insert that becomes an increment when the row is there, so attempts arriving at
 * once on any number of app instances each get their own number.
 */
export async function countAttempt(db: Executor, key: string, windowStart: Date): Promise<number> {
  const row = await db
    .insertInto('subscription_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((conflict) =>
      conflict.columns(['key', 'window_start']).doUpdateSet({ count: sql`subscription_limits.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Forgets windows that ended before `before`; their counts limit nothing any more. */
export async function deleteEndedWindows(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('subscription_limits').where('window_start', '<', before).execute();
}
