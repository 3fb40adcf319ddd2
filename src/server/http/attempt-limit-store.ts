/**
 * Where the attempt limits count: the `attempt_limits` table (migration 0027), through the
 * rate-limiter-flexible library's PostgreSQL store, so every app instance on one database counts the same
 * attempts. The library speaks to a `pg`-style client; this gives it one made of the app's Kysely, which
 * runs the same SQL on PostgreSQL and on the embedded database. The keys it is given are keyed hashes.
 */
import { createHmac } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '../db/schema.ts';

export interface AttemptLimitStore {
  db: Kysely<Database>;
  /** Keys the hashes of accounts and addresses, so the table cannot be read back into either. */
  secret: Buffer;
}

export const ATTEMPT_LIMITS_TABLE = 'attempt_limits';

/** The library's client interface: a query of text and values, answered with rows and a row count. */
function kyselyClient(db: Kysely<Database>) {
  return {
    async query(query: { text: string; values?: readonly unknown[] }) {
      const result = await db.executeQuery(CompiledQuery.raw(query.text, [...(query.values ?? [])]));
      const rowCount = result.rows.length > 0 ? result.rows.length : Number(result.numAffectedRows ?? 0);
      return { rows: result.rows, rowCount };
    },
  };
}

/** One limit: `points` attempts per `durationSeconds` for each key, counted under `name`. */
export function createStoredLimiter(
  store: AttemptLimitStore,
  name: string,
  options: { points: number; durationSeconds: number },
) {
  const limiter = new RateLimiterPostgres({
    storeClient: kyselyClient(store.db),
    storeType: 'client',
    tableName: ATTEMPT_LIMITS_TABLE,
    tableCreated: true,
    keyPrefix: name,
    points: options.points,
    duration: options.durationSeconds,
  });
  const hashed = (key: string) =>
    createHmac('sha256', store.secret).update(`${name} ${key}`).digest('base64url');
  return {
    consume: (key: string) => limiter.consume(hashed(key)),
    reward: (key: string) => limiter.reward(hashed(key)),
    delete: (key: string) => limiter.delete(hashed(key)),
    get: (key: string) => limiter.get(hashed(key)),
    set: (key: string, points: number, seconds: number) => limiter.set(hashed(key), points, seconds),
  };
}

/** The hashing key, derived from the app's auth secret so every instance hashes a key alike. */
export function attemptLimitKey(authSecret: string): Buffer {
  return createHmac('sha256', authSecret).update('backstrong attempt limit keys').digest();
}
