import { type Kysely, sql } from 'kysely';

/**
 * First-week skips: a baseline questionnaire of the first week the member put behind the others ("Not
 * today"). Each carries the client's own id as primary key, so a retry stores nothing twice, and a member
 * skips each instrument at most once (the unique pair), which the database holds as well as the service.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('measure_skips')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) =>
      c.notNull().check(sql`instrument_id in ('oswestry', 'roland-morris', 'start-back', 'hoos-12')`),
    )
    .addColumn('skipped_on', 'date', (c) => c.notNull())
    .addColumn('skipped_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('measure_skips_once', ['user_id', 'instrument_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('measure_skips').execute();
}
