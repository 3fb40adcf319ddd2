import type { Executor } from '../executor.ts';

/** The keys of the milestones the member has seen. */
export async function listSeenMilestoneKeys(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('milestones_seen').select('key').where('user_id', '=', userId).execute();
  return rows.map((row) => row.key);
}

/** Marks milestones seen; one already seen keeps the time it was first seen. */
export async function insertSeenMilestones(
  db: Executor,
  userId: string,
  keys: readonly string[],
  at: Date,
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('milestones_seen')
    .values(keys.map((key) => ({ user_id: userId, key, seen_at: at })))
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
    .execute();
}
