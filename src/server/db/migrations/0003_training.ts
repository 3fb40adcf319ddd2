import { type Kysely, sql } from 'kysely';

/**
 * The training program: a member's assessment, red-flag screens, plan (the engine's state, one JSON
 * document per member), workouts with their logged sets, next-morning check-ins, and every decision the
 * engine made. Rows a client may retry carry the client's own id as primary key, so a retry never
 * duplicates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const userColumn = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));

  await userColumn('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('assessments_user_id').on('assessments').column('user_id').execute();

  await userColumn('red_flag_screens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) =>
      c.notNull().check(sql`outcome in ('emergency', 'see-doctor', 'continue')`),
    )
    .addColumn('urgency', 'text')
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('context', 'text', (c) =>
      c.notNull().check(sql`context in ('onboarding', 'assessment', 'symptoms')`),
    )
    .addColumn('screened_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('red_flag_screens_user_time')
    .on('red_flag_screens')
    .columns(['user_id', 'screened_at'])
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('plan', 'jsonb', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await userColumn('workouts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in-progress', 'finished')`))
    .addColumn('pain_before', 'integer', (c) => c.notNull().check(sql`pain_before between 0 and 10`))
    .addColumn('prescription', 'jsonb', (c) => c.notNull())
    .addColumn('effort', 'text')
    .addColumn('new_symptoms', 'boolean')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('workouts_user_date').on('workouts').columns(['user_id', 'date']).execute();

  await userColumn('set_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workout_id', 'text', (c) => c.notNull().references('workouts.id').onDelete('cascade'))
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull().check(sql`reps between 0 and 100`))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('load', 'jsonb', (c) => c.notNull())
    .addColumn('pain', 'integer', (c) => c.notNull().check(sql`pain between 0 and 10`))
    .addColumn('faults', 'jsonb', (c) => c.notNull())
    .addColumn('logged_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('set_logs_workout')
    .on('set_logs')
    .columns(['workout_id', 'logged_at'])
    .execute();

  await userColumn('check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workout_on', 'date', (c) => c.notNull())
    .addColumn('pain', 'integer', (c) => c.notNull().check(sql`pain between 0 and 10`))
    .addColumn('new_symptoms', 'boolean', (c) => c.notNull())
    .addColumn('checked_in_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('check_ins_user').on('check_ins').columns(['user_id', 'workout_on']).execute();

  await userColumn('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('assessment', 'workout', 'check-in', 'screen', 'cleared')`),
    )
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('exercise_id', 'text')
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('inputs', 'jsonb', (c) => c.notNull())
    .addColumn('change', 'jsonb', (c) => c.notNull())
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('tell_coach', 'boolean', (c) => c.notNull())
    .addColumn('made_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decisions_user_time')
    .on('decisions')
    .columns(['user_id', 'made_at'])
    .execute();
  await db.schema
    .createIndex('decisions_source')
    .on('decisions')
    .columns(['source_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'decisions',
    'check_ins',
    'set_logs',
    'workouts',
    'plans',
    'red_flag_screens',
    'assessments',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
