import { type Kysely, sql } from 'kysely';
import type { Auth } from '../auth/auth.ts';
import type { DatabaseKind } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { DemoHistoryOptions } from '../services/demo-accounts.ts';
import { completeDemoData, isDemoDataOwed } from '../services/demo-data.ts';

/** Any fixed number: the instances of one database agree on it to take turns. */
const DEMO_DATA_LOCK = 7_240_503;
const RETRY_MS = 5_000;

export interface DemoDataRun {
  /**
   * Settles when the demo data is complete (or nothing was owed), or when the run was stopped: true when
   * this run made it.
   */
  done: Promise<boolean>;
  /** Stops between two days of history; a later start clears what was stored and makes it again. */
  stop(): Promise<void>;
}

/**
 * Makes the owed demo data after the server is ready. On a PostgreSQL server several instances may boot
 * at once: each asks for a session advisory lock, one makes the data and the others look again every few
 * seconds until it is done (if its maker dies, the lock goes with its connection and another takes
 * over). The embedded database belongs to one process (embedded-backup.ts refuses a second), and holding
 * its only connection would stall every request, so there it simply runs.
 */
export function startDemoData(
  deps: { db: Kysely<Database>; auth: Auth; kind: DatabaseKind },
  options: { history: DemoHistoryOptions; onError: (error: unknown) => void },
): DemoDataRun {
  const controller = new AbortController();
  const { signal } = controller;
  const make = () => completeDemoData(deps, { history: options.history, signal });

  /** Null when another instance holds the lock; else whether this one made the data. */
  async function underLock(): Promise<boolean | null> {
    return deps.db.connection().execute(async (connection) => {
      const { rows } = await sql<{
        locked: boolean;
      }>`select pg_try_advisory_lock(${DEMO_DATA_LOCK}) as locked`.execute(connection);
      if (!rows[0]?.locked) return null;
      try {
        return await make();
      } finally {
        await sql`select pg_advisory_unlock(${DEMO_DATA_LOCK})`.execute(connection);
      }
    });
  }

  async function run(): Promise<boolean> {
    if (deps.kind === 'pglite') return make();
    while (!signal.aborted && (await isDemoDataOwed(deps.db))) {
      const made = await underLock();
      if (made !== null) return made;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, RETRY_MS);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        signal.addEventListener('abort', wake, { once: true });
      });
    }
    return false;
  }

  const done = run().catch((error: unknown) => {
    if (!signal.aborted) options.onError(error);
    return false;
  });
  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
