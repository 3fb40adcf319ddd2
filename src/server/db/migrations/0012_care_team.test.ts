import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { recordCoachAction } from '../repositories/coach-actions.ts';
import { createTestDatabase, insertAccount } from '../test-database.ts';

let handle: DatabaseHandle;
let member: string;
let coach: string;
const at = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  member = await insertAccount(handle.db);
  coach = await insertAccount(handle.db, { role: 'coach' });
});
afterAll(() => handle.close());

function alert(cause: string) {
  return handle.db
    .insertInto('coach_alerts')
    .values({
      id: randomUUID(),
      member_id: member,
      cause,
      kind: 'pain-critical',
      severity: 'critical',
      reason: 'Pain 8/10 during a set.',
      evidence: JSON.stringify({ kind: 'workout', id: 'w1' }),
      raised_at: at,
    })
    .execute();
}

it('keeps one alert per cause for good: the same cause again is refused', async () => {
  await alert('pain-8:set:s1');
  await expect(alert('pain-8:set:s1')).rejects.toThrow(/unique|duplicate/i);
  await alert('pain-8:set:s2');
});

it('takes a coach’s plan change as a decision of its own source, with who made it', async () => {
  await handle.db
    .insertInto('decisions')
    .values({
      id: randomUUID(),
      user_id: member,
      source: 'coach',
      source_id: randomUUID(),
      position: 0,
      exercise_id: 'squat',
      rule_id: 'coach-change',
      inputs: '{}',
      change: '{}',
      sentence: 'Your coach moved your squat back.',
      tell_coach: false,
      made_at: at,
      made_by: coach,
    })
    .execute();
  const row = await handle.db
    .selectFrom('decisions')
    .select('made_by')
    .where('source', '=', 'coach')
    .executeTakeFirst();
  expect(row?.made_by).toBe(coach);
});

it('records a coach action once, whatever the retries', async () => {
  const action = {
    id: randomUUID(),
    coachId: coach,
    memberId: member,
    kind: 'call' as const,
    at,
    minutes: 12,
  };
  await recordCoachAction(handle.db, action);
  await recordCoachAction(handle.db, { ...action, minutes: 99 });
  const rows = await handle.db
    .selectFrom('coach_actions')
    .select('minutes')
    .where('id', '=', action.id)
    .execute();
  expect(rows).toEqual([{ minutes: 12 }]);
});
