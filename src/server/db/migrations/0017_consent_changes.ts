import { type Kysely, sql } from 'kysely';

/**
 * Every change a member makes to a consent after sign-up, with its time, kept for good (until the account
 * is erased): giving the health-data consent, withdrawing it, and starting or stopping sharing with their
 * coach. The users table holds only where each consent stands now; this is how it got there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consent_changes')
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('consent', 'text', (c) => c.notNull().check(sql`consent in ('health-data', 'coach-sharing')`))
    .addColumn('change', 'text', (c) => c.notNull().check(sql`change in ('given', 'withdrawn')`))
    .addColumn('version', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consent_changes_member_at')
    .on('consent_changes')
    .columns(['member_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('consent_changes').execute();
}
