import { type Kysely, sql } from 'kysely';

/**
 * Counters for the publication's sign-up form: how many sign-ups one client address, and one email
 * address, asked for in a fixed window. In the database so every app instance counts the same attempts;
 * keys are HMACs (never the addresses themselves, which are not stored until someone confirms), and a
 * window's rows are deleted once it has passed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subscription_limits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('subscription_limits_pk', ['key', 'window_start'])
    .execute();
  await sql`create index subscription_limits_window on subscription_limits (window_start)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subscription_limits').execute();
}
