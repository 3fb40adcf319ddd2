import type { Kysely } from 'kysely';

/**
 * Each member's training figures for the caseload (phase, adherence, last workout, pain against usual),
 * kept so a coach's caseload does not read months of sets on every load. A row is good for the day it
 * was made for and the plan revision it saw: every finished workout, check-in, pause or plan change
 * moves the revision, so a stale row is seen and made again. Alerts and messages are never kept here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_summaries')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('computed_for', 'date', (c) => c.notNull())
    .addColumn('plan_revision', 'integer')
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_summaries').execute();
}
