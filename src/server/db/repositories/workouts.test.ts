import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { createTestDatabase, insertAccount } from '../test-database.ts';
import { listDecisionsOf } from './decisions.ts';
import { CorruptRowError } from './json-column.ts';
import {
  findCheckIn,
  findSetLog,
  findWorkout,
  insertCheckInOnce,
  insertSetLogOnce,
  insertWorkoutOnce,
  listSetLogs,
  listWorkouts,
} from './workouts.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const member = () => insertAccount(handle.db);

const squat = {
  exerciseId: 'squat',
  name: 'Squat',
  level: 2,
  levelName: 'Quarter squat',
  levelDescription: 'Sit back a little.',
  maxLevel: 6,
  load: { kind: 'bodyweight' },
  sets: 3,
  reps: 10,
  restSeconds: 90,
  stage: 'technique',
  supported: true,
  cues: ['Brace first.'],
};

/** Written past the repository, as only a bad migration or a hand edit could. */
async function workoutStoredAs(userId: string, prescription: string): Promise<string> {
  const id = randomUUID();
  await sql`insert into workouts (id, user_id, date, status, pain_before, prescription, started_at)
    values (${id}, ${userId}, '2026-03-02', 'in-progress', 2, ${prescription}::jsonb, now())`.execute(
    handle.db,
  );
  return id;
}

describe('rows come back checked', () => {
  it('a workout reads back typed as it was stored', async () => {
    const userId = await member();
    const id = await workoutStoredAs(userId, JSON.stringify([squat]));
    const workout = await findWorkout(handle.db, userId, id);
    expect(workout?.prescription).toEqual([squat]);
    expect(workout?.effort).toBeNull();
  });

  it('a workout whose prescription fails its schema is a fault naming table, column and row', async () => {
    const userId = await member();
    const id = await workoutStoredAs(userId, JSON.stringify([{ ...squat, exerciseId: 'cartwheel' }]));
    const reading = findWorkout(handle.db, userId, id);
    await expect(reading).rejects.toBeInstanceOf(CorruptRowError);
    await expect(reading).rejects.toThrow(`workouts.prescription of row ${id} does not match its schema`);
    await expect(listWorkouts(handle.db, userId, 10, 0)).rejects.toThrow(/workouts\.prescription/);
  });

  it('a set whose load fails its schema is a fault naming table, column and row', async () => {
    const userId = await member();
    const workoutId = await workoutStoredAs(userId, JSON.stringify([squat]));
    const setId = randomUUID();
    await sql`insert into set_logs (id, user_id, workout_id, exercise_id, reps, level, load, pain, faults, logged_at)
      values (${setId}, ${userId}, ${workoutId}, 'squat', 10, 2, '{"kind":"anvil"}', 1, '[]', now())`.execute(
      handle.db,
    );
    await expect(listSetLogs(handle.db, userId, [workoutId])).rejects.toThrow(
      `set_logs.load of row ${setId} does not match its schema`,
    );
    await expect(findSetLog(handle.db, userId, setId)).rejects.toBeInstanceOf(CorruptRowError);
  });

  it('a decision under a rule the engine does not know is a fault naming table, column and row', async () => {
    const userId = await member();
    const id = randomUUID();
    await sql`insert into decisions (id, user_id, source, source_id, position, exercise_id, rule_id, inputs,
        change, sentence, tell_coach, made_at)
      values (${id}, ${userId}, 'workout', 'w1', 0, 'squat', 'no-such-rule', '{}', '{}', 'Held.', false, now())`.execute(
      handle.db,
    );
    await expect(listDecisionsOf(handle.db, userId, 'w1')).rejects.toThrow(
      `decisions.rule_id of row ${id} does not match its schema`,
    );
  });
});

describe('every query names the member', () => {
  it("another member's workout, sets and check-ins are not read, and their ids store nothing", async () => {
    const owner = await member();
    const other = await member();
    const workoutId = await workoutStoredAs(owner, JSON.stringify([squat]));
    const set = {
      id: randomUUID(),
      workoutId,
      exerciseId: 'squat',
      reps: 10,
      level: 2,
      load: { kind: 'bodyweight' },
      pain: 1,
      faults: [],
      at: new Date(),
    };
    expect(await insertSetLogOnce(handle.db, { ...set, userId: owner })).toBe(true);
    const checkIn = {
      id: randomUUID(),
      workoutOn: '2026-03-02',
      pain: 1,
      newSymptoms: false,
      at: new Date(),
    };
    expect(await insertCheckInOnce(handle.db, { ...checkIn, userId: owner })).toBe(true);

    expect(await findWorkout(handle.db, other, workoutId)).toBeUndefined();
    expect(await listSetLogs(handle.db, other, [workoutId])).toEqual([]);
    expect(await findSetLog(handle.db, other, set.id)).toBeUndefined();
    expect(await findCheckIn(handle.db, other, checkIn.id)).toBeUndefined();

    const reused = { id: workoutId, userId: other, date: '2026-03-03', painBefore: 1, prescription: [] };
    expect(await insertWorkoutOnce(handle.db, { ...reused, now: new Date() })).toBe(false);
    expect(await insertSetLogOnce(handle.db, { ...set, userId: other })).toBe(false);
    expect(await insertCheckInOnce(handle.db, { ...checkIn, userId: other })).toBe(false);
    expect((await findWorkout(handle.db, owner, workoutId))?.date).toBe('2026-03-02');
  });
});
