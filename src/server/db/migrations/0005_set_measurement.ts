import { type Kysely, sql } from 'kysely';

/**
 * Who counted a set, and its good reps apart when the camera did. Sets stored before this keep their
 * meaning: no good reps of their own (their reps are the good ones) and counted by the member.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('set_logs')
    .addColumn('good_reps', 'integer')
    .addColumn('measured_by', 'text', (c) =>
      c.notNull().defaultTo('member').check(sql`measured_by in ('member', 'camera')`),
    )
    .execute();
  await db.schema
    .alterTable('set_logs')
    .addCheckConstraint('set_logs_good_reps_within_reps', sql`good_reps between 0 and reps`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('set_logs').dropConstraint('set_logs_good_reps_within_reps').execute();
  await db.schema.alterTable('set_logs').dropColumn('measured_by').dropColumn('good_reps').execute();
}
