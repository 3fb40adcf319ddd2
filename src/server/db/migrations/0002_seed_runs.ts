import { type Kysely, sql } from 'kysely';

/** Records which one-time seeds have run, so deleting a demo account does not bring it back at boot. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seed_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('ran_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('seed_runs').execute();
}
