import { type Kysely, sql } from 'kysely';

/**
 * Each member's training progress, kept once built (src/server/services/progress-cache.ts), and the
 * number that says whether it still holds: `member_data_versions.version`, moved on by the database
 * itself on every insert, update or delete of the rows progress is built from. A trigger, not the
 * services, so no write can forget it: the demo history, a coach's plan change and a restore move it too.
 *
 * Versions have no foreign key: erasing a member deletes their rows in the same statement as the member,
 * and those rows' triggers write the version once more; the erasure deletes the version row after that
 * (`deleteAccount` in repositories/member-data.ts). The cascade from `users` takes `progress_cache`.
 */
const TABLES = ['plans', 'workouts', 'set_logs', 'check_ins', 'decisions', 'red_flag_screens', 'measures'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_data_versions')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();

  await sql`
    create function bump_member_data_version() returns trigger language plpgsql as $$
    begin
      insert into member_data_versions (user_id, version)
        values (case when tg_op = 'DELETE' then old.user_id else new.user_id end, 1)
        on conflict (user_id) do update set version = member_data_versions.version + 1;
      if tg_op = 'UPDATE' and old.user_id is distinct from new.user_id then
        insert into member_data_versions (user_id, version) values (old.user_id, 1)
          on conflict (user_id) do update set version = member_data_versions.version + 1;
      end if;
      return null;
    end
    $$`.execute(db);
  for (const table of TABLES) {
    await sql`
      create trigger ${sql.raw(`${table}_bump_member_data_version`)}
      after insert or update or delete on ${sql.table(table)}
      for each row execute function bump_member_data_version()`.execute(db);
  }

  await db.schema
    .createTable('progress_cache')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    /** The member's data version it was built from. */
    .addColumn('version', 'bigint', (c) => c.notNull())
    /** What else it was built for: the member's day, the disability questionnaire, the code that built it. */
    .addColumn('today', 'date', (c) => c.notNull())
    .addColumn('disability', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    /** The JSON answer as sent, text rather than jsonb: kept to be sent again, never queried into. */
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('progress_cache').execute();
  for (const table of TABLES) {
    await sql`drop trigger ${sql.raw(`${table}_bump_member_data_version`)} on ${sql.table(table)}`.execute(
      db,
    );
  }
  await sql`drop function bump_member_data_version()`.execute(db);
  await db.schema.dropTable('member_data_versions').execute();
}
