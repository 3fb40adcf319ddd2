import type { Kysely } from 'kysely';
import { insertSetLogsIntoOpenWorkouts, type NewSetLog } from '../db/repositories/workouts.ts';
import type { Database } from '../db/schema.ts';

/** Stored (committed), with the workout's pain before it for the in-workout pain rule; or not stored. */
export type Submitted = { isStored: true; painBefore: number } | { isStored: false };

function submitted(stored: ReadonlyMap<string, { painBefore: number }>, id: string): Submitted {
  const found = stored.get(id);
  return found ? { isStored: true, painBefore: found.painBefore } : { isStored: false };
}

export interface SetLogBatcher {
  /** Resolves once the set is stored (committed), or when the fast path could not store it. */
  submit(row: NewSetLog): Promise<Submitted>;
}

interface Pending {
  row: NewSetLog;
  resolve: (submitted: Submitted) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for logged sets. A set that arrives while the database is busy storing others waits and
 * goes in with the next statement, so fifty members logging at once cost a few statements, not fifty.
 * Nothing waits beyond the current turn of the event loop: an idle server stores each set at once. A set is acknowledged only after its
 * statement has committed, so an acknowledged set is always stored.
 */
export function createSetLogBatcher(db: Kysely<Database>, maxBatch = 500): SetLogBatcher {
  let queue: Pending[] = [];
  const store = (rows: readonly NewSetLog[]) =>
    db.transaction().execute((trx) => insertSetLogsIntoOpenWorkouts(trx, rows));
  let isFlushing = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      // The same id twice in one batch (a retry racing its original): the first goes in, the second
      // takes the slow path afterwards and finds the first.
      const seen = new Set<string>();
      const first: Pending[] = [];
      const repeats: Pending[] = [];
      for (const pending of batch) {
        (seen.has(pending.row.id) ? repeats : first).push(pending);
        seen.add(pending.row.id);
      }
      try {
        const stored = await store(first.map((pending) => pending.row));
        for (const pending of first) pending.resolve(submitted(stored, pending.row.id));
      } catch {
        // One row the database refuses must not fail the other members' sets: each goes in alone, and
        // only the one that fails again is answered with its error.
        for (const pending of first) {
          await store([pending.row]).then(
            (stored) => pending.resolve(submitted(stored, pending.row.id)),
            (error: unknown) => pending.reject(error),
          );
        }
      }
      for (const pending of repeats) pending.resolve({ isStored: false });
    }
    isFlushing = false;
  }

  return {
    submit(row) {
      return new Promise<Submitted>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        if (!isFlushing) {
          // Start after this turn of the event loop: every request already read from the network
          // gets to join the batch. (The embedded database works on this same thread, so a statement
          // started now would keep the others from being read until it finished.)
          isFlushing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
