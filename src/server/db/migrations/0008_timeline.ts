import { type Kysely, sql } from 'kysely';

/**
 * Before every date a member sends was held to the days around the server's, a program could be started
 * "today" in year 0 or 9999, and progress then walked the calendar from there on every visit. A plan's
 * start outside the days a member could have meant (30 days before the plan was stored to one day
 * after) becomes the day the plan was stored, in UTC as the server counts days.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update plans
    set plan = jsonb_set(plan, '{startedOn}', to_jsonb(to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')))
    where plan->>'startedOn' not between to_char((created_at at time zone 'UTC') - interval '30 days', 'YYYY-MM-DD')
      and to_char((created_at at time zone 'UTC') + interval '1 day', 'YYYY-MM-DD')
  `.execute(db);
}

/** Nothing to undo: the start a member could not have meant is not worth restoring. */
export async function down(): Promise<void> {}
