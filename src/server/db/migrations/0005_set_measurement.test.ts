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

it('keeps sets stored before it as the member’s, with their reps as the good ones', async () => {
  const back = await migrator().migrateTo('0004_outcomes');
  expect(back.error).toBeUndefined();
  await sql`insert into users (id, name, email, health_consent_version) values ('u1', 'Old', 'old@example.org', '1')`.execute(
    handle.db,
  );
  await sql`insert into workouts (id, user_id, date, status, pain_before, prescription, started_at)
    values ('w1', 'u1', '2026-01-05', 'finished', 2, '[]', now())`.execute(handle.db);
  await sql`insert into set_logs (id, user_id, workout_id, exercise_id, reps, level, load, pain, faults, logged_at)
    values ('s1', 'u1', 'w1', 'squat', 9, 2, '{"kind":"bodyweight"}', 1, '[]', now())`.execute(handle.db);

  await migrateToLatest(handle.db);
  const row = await handle.db
    .selectFrom('set_logs')
    .select(['reps', 'good_reps', 'measured_by'])
    .where('id', '=', 's1')
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ reps: 9, good_reps: null, measured_by: 'member' });
});

it('holds good reps to the reps done and who counted to the member or the camera', async () => {
  const insert = (id: string, goodReps: number, measuredBy: string) =>
    sql`insert into set_logs (id, user_id, workout_id, exercise_id, reps, good_reps, level, load, pain, faults,
      measured_by, logged_at)
      values (${id}, 'u1', 'w1', 'squat', 9, ${goodReps}, 2, '{"kind":"bodyweight"}', 1, '[]', ${measuredBy}, now())`.execute(
      handle.db,
    );
  await insert('s2', 9, 'camera');
  await expect(insert('s3', 10, 'camera')).rejects.toThrow(/set_logs_good_reps_within_reps/);
  await expect(insert('s4', -1, 'camera')).rejects.toThrow(/set_logs_good_reps_within_reps/);
  await expect(insert('s5', 5, 'coach')).rejects.toThrow(/check constraint/);
});
