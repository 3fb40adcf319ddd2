import { type Kysely, sql } from 'kysely';

/**
 * Which coach looks after which member. A member has at most one coach at a time; a coach has many
 * members. Erasing either account removes the assignment with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coach_assignments')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('coach_assignments_coach_id')
    .on('coach_assignments')
    .column('coach_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('coach_assignments').execute();
}
