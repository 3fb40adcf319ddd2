import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { createTestDatabase, insertAccount } from '../test-database.ts';
import { findAssessment, findScreen, insertAssessmentOnce, insertScreenOnce } from './plan.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const member = () => insertAccount(handle.db);

it("another member's assessment and screen are not read, and their ids store nothing", async () => {
  const owner = await member();
  const other = await member();
  const assessment = { id: randomUUID(), answers: { age: 52 }, now: new Date() };
  const screen = {
    id: randomUUID(),
    answers: {},
    outcome: 'continue' as const,
    urgency: null,
    reasons: [],
    context: 'onboarding' as const,
    at: new Date(),
  };
  expect(await insertAssessmentOnce(handle.db, { ...assessment, userId: owner })).toBe(true);
  expect(await insertScreenOnce(handle.db, { ...screen, userId: owner })).toBe(true);

  expect(await findAssessment(handle.db, other, assessment.id)).toBeUndefined();
  expect(await findScreen(handle.db, other, screen.id)).toBeUndefined();
  expect(await insertAssessmentOnce(handle.db, { ...assessment, userId: other })).toBe(false);
  expect(await insertScreenOnce(handle.db, { ...screen, userId: other })).toBe(false);
  expect((await findAssessment(handle.db, owner, assessment.id))?.user_id).toBe(owner);
  expect((await findScreen(handle.db, owner, screen.id))?.user_id).toBe(owner);
});
