import type { Kysely } from 'kysely';

/**
 * The milestones each member has seen, by the milestone's key ("first-workout", "level:squat:3"): the key
 * names the achievement, so marking one seen twice, from two devices or a retry, stores one row, and a
 * milestone seen anywhere is never shown again. The milestones themselves are read from the history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('milestones_seen')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('milestones_seen_pkey', ['user_id', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('milestones_seen').execute();
}
