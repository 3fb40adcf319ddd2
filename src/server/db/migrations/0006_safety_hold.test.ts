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

const migrator = () => new Migrator({ db: handle.db, provider: { getMigrations: async () => MIGRATIONS } });

it('closes the flagged screens a doctor’s clearance followed, and keeps every other flagged screen holding', async () => {
  const back = await migrator().migrateTo('0005_set_measurement');
  expect(back.error).toBeUndefined();
  const db = handle.db;
  await sql`insert into users (id, name, email, health_consent_version) values
    ('cleared', 'Cleared', 'cleared@example.org', '1'), ('held', 'Held', 'held@example.org', '1')`.execute(
    db,
  );
  const screen = (id: string, userId: string, outcome: string, at: string) =>
    sql`insert into red_flag_screens (id, user_id, answers, outcome, reasons, context, screened_at)
      values (${id}, ${userId}, '{}', ${outcome}, '[]', 'symptoms', ${at})`.execute(db);
  await screen('s1', 'cleared', 'see-doctor', '2026-03-02T08:00:00Z');
  await screen('s2', 'cleared', 'continue', '2026-03-03T08:00:00Z');
  await screen('s3', 'cleared', 'emergency', '2026-03-10T08:00:00Z');
  await screen('s4', 'held', 'emergency', '2026-03-02T08:00:00Z');
  await sql`insert into decisions (id, user_id, source, source_id, position, rule_id, inputs, change, sentence,
    tell_coach, made_at) values ('d1', 'cleared', 'cleared', 'c1', 0, 'cleared-to-exercise', '{}', '{}',
    'Thank you.', true, '2026-03-05T08:00:00Z')`.execute(db);

  await migrateToLatest(db);
  const rows = await db
    .selectFrom('red_flag_screens')
    .select(['id', 'clearance_id', 'cleared_at'])
    .orderBy('id')
    .execute();
  expect(rows.map((row) => [row.id, row.clearance_id, row.cleared_at?.toISOString() ?? null])).toEqual([
    ['s1', 'c1', '2026-03-05T08:00:00.000Z'],
    ['s2', null, null],
    ['s3', null, null],
    ['s4', null, null],
  ]);
});
