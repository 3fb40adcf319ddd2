import { type Kysely, sql } from 'kysely';

/**
 * Outcome measures: each standard questionnaire or test a member takes, with the answers as given and the
 * score the core computed from them, and the snoozes that hide a due measure from "Today" for a few days.
 * Both carry the client's own id as primary key, so a retry never stores a second copy.
 */
const INSTRUMENT_CHECK = sql`instrument_id in ('oswestry', 'roland-morris', 'pain', 'start-back', 'chair-stand', 'hoos-12')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) => c.notNull().check(INSTRUMENT_CHECK))
    .addColumn('taken_on', 'date', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('score', 'jsonb', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('measures_user_instrument')
    .on('measures')
    .columns(['user_id', 'instrument_id', 'taken_on'])
    .execute();

  await db.schema
    .createTable('measure_snoozes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) => c.notNull().check(INSTRUMENT_CHECK))
    .addColumn('snoozed_on', 'date', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull().check(sql`days between 1 and 3`))
    .addColumn('snoozed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('measure_snoozes_user')
    .on('measure_snoozes')
    .columns(['user_id', 'snoozed_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('measure_snoozes').execute();
  await db.schema.dropTable('measures').execute();
}
