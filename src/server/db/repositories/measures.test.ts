import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { createTestDatabase, insertAccount } from '../test-database.ts';
import { findMeasure, findSnooze, insertMeasureOnce, insertSnoozeOnce } from './measures.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const member = () => insertAccount(handle.db);

it("another member's measure and snooze are not read, and their ids store nothing", async () => {
  const owner = await member();
  const other = await member();
  const measure = {
    id: randomUUID(),
    instrumentId: 'pain',
    takenOn: '2026-03-02',
    answers: { pain: 4 },
    score: { score: 4 },
    at: new Date(),
  };
  const snooze = { id: randomUUID(), instrumentId: 'pain', on: '2026-03-02', days: 1, at: new Date() };
  expect(await insertMeasureOnce(handle.db, { ...measure, userId: owner })).toBe(true);
  expect(await insertSnoozeOnce(handle.db, { ...snooze, userId: owner })).toBe(true);

  expect(await findMeasure(handle.db, other, measure.id)).toBeUndefined();
  expect(await findSnooze(handle.db, other, snooze.id)).toBeUndefined();
  expect(await insertMeasureOnce(handle.db, { ...measure, userId: other })).toBe(false);
  expect(await insertSnoozeOnce(handle.db, { ...snooze, userId: other })).toBe(false);
  expect((await findMeasure(handle.db, owner, measure.id))?.user_id).toBe(owner);
  expect((await findSnooze(handle.db, owner, snooze.id))?.user_id).toBe(owner);
});
