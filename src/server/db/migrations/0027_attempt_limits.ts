import type { Kysely } from 'kysely';

/**
 * The sign-in and email limits' counters (src/server/http/attempt-limits.ts), in the shape the
 * rate-limiter-flexible library's PostgreSQL store reads and writes: one row per limit and key, its
 * points and when they expire (milliseconds since 1970). In the database so that every app instance counts
 * the same attempts: with counters in each process, N instances would allow N times the guesses. The keys
 * are keyed hashes: the table holds no email and no client address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attempt_limits')
    .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
  await db.schema.createIndex('attempt_limits_expire').on('attempt_limits').column('expire').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attempt_limits').execute();
}
