import { type Kysely, sql } from 'kysely';

/**
 * The safety hold is read from the red-flag screens: a flagged screen stays open until the member's
 * clearance (a doctor has assessed them, on `assessed_on`) closes it. Flagged screens answered before
 * this were closed by the "a doctor has cleared me" that followed them, if one did; any other flagged
 * screen is still open, so its member is held until they confirm a doctor has seen them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('red_flag_screens')
    .addColumn('cleared_at', 'timestamptz')
    .addColumn('clearance_id', 'text')
    .addColumn('assessed_on', 'date')
    .execute();
  await sql`
    update red_flag_screens as s
    set cleared_at = c.made_at, clearance_id = c.source_id
    from decisions as c
    where s.outcome <> 'continue'
      and c.user_id = s.user_id
      and c.rule_id = 'cleared-to-exercise'
      and c.made_at = (
        select min(d.made_at) from decisions as d
        where d.user_id = s.user_id and d.rule_id = 'cleared-to-exercise' and d.made_at >= s.screened_at
      )`.execute(db);
  await sql`
    create index red_flag_screens_open on red_flag_screens (user_id)
    where outcome <> 'continue' and cleared_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists red_flag_screens_open`.execute(db);
  await db.schema
    .alterTable('red_flag_screens')
    .dropColumn('assessed_on')
    .dropColumn('clearance_id')
    .dropColumn('cleared_at')
    .execute();
}
