import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { migrateToLatest } from '../migrate.ts';
import { createTestDatabase } from '../test-database.ts';
import { MIGRATIONS } from './index.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

it('moves a plan start no member could have meant to the day the plan was stored, and keeps the rest', async () => {
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => MIGRATIONS } });
  expect((await migrator.migrateTo('0005_set_measurement')).error).toBeUndefined();
  const starts = {
    'year-0': '0000-01-01',
    'year-9999': '9999-12-31',
    'a-week-back': '2026-02-23',
    'a-day-ahead': '2026-03-03',
    'two-days-ahead': '2026-03-04',
  };
  for (const [id, startedOn] of Object.entries(starts)) {
    await sql`insert into users (id, name, email) values (${id}, 'Member', ${`${id}@example.org`})`.execute(
      handle.db,
    );
    await sql`insert into assessments (id, user_id, answers) values (${id}, ${id}, '{}')`.execute(handle.db);
    await sql`insert into plans (user_id, assessment_id, plan, created_at)
      values (${id}, ${id}, ${JSON.stringify({ startedOn, phase: 2 })}::jsonb, '2026-03-02T23:30:00Z')`.execute(
      handle.db,
    );
  }

  await migrateToLatest(handle.db);
  const rows = await sql<{ user_id: string; plan: { startedOn: string; phase: number } }>`
    select user_id, plan from plans order by user_id`.execute(handle.db);
  expect(Object.fromEntries(rows.rows.map((row) => [row.user_id, row.plan]))).toEqual({
    'year-0': { startedOn: '2026-03-02', phase: 2 },
    'year-9999': { startedOn: '2026-03-02', phase: 2 },
    'a-week-back': { startedOn: '2026-02-23', phase: 2 },
    'a-day-ahead': { startedOn: '2026-03-03', phase: 2 },
    'two-days-ahead': { startedOn: '2026-03-02', phase: 2 },
  });
});
