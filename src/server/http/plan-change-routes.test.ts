import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let coach: { cookie: string; userId: string };

async function memberOfCoach(email: string, sharing = true) {
  const member = await signUp(server.app, { email, name: 'Dana Member' });
  await startPlanFor(server.app, member.cookie, '2026-03-02');
  await giveCoach(server.database.db, { memberId: member.userId, coachId: coach.userId, at: now, sharing });
  return member;
}

function changePlan(memberId: string, payload: object) {
  return server.app.inject({
    method: 'POST',
    url: `/api/coach/members/${memberId}/plan-changes`,
    headers: { cookie: coach.cookie },
    payload,
  });
}

async function storedFor(memberId: string) {
  const db = server.database.db;
  const decisions = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', memberId)
    .where('source', '=', 'coach')
    .execute();
  const actions = await db
    .selectFrom('coach_actions')
    .selectAll()
    .where('member_id', '=', memberId)
    .execute();
  return { decisions, actions };
}

const moveSquatBack = {
  reason: 'your knees caved in on the last two workouts',
  change: { kind: 'exercise', exerciseId: 'squat', level: 2 },
};

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coach = await signUp(server.app, { email: 'sam@example.org', name: 'Sam Carter' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'coach' })
    .where('id', '=', coach.userId)
    .execute();
  now = new Date('2026-03-03T09:00:00Z');
});
afterAll(() => server.close());

describe('a coach changing a member’s plan', () => {
  it('stores a decision the member reads with the coach’s name, once, however often it is sent', async () => {
    const member = await memberOfCoach('moved-back@example.org');
    now = new Date('2026-03-04T09:00:00Z');
    const body = { id: randomUUID(), ...moveSquatBack };
    const first = await changePlan(member.userId, body);
    expect(first.statusCode, first.body).toBe(201);
    const sentence =
      'Sam, your coach, moved your squat back to level 2 (quarter squat): your knees caved in on the last two workouts.';
    expect(first.json().decision).toMatchObject({
      ruleId: 'coach-change',
      change: { level: { from: 3, to: 2 } },
      inputs: { coach: 'Sam', reason: moveSquatBack.reason },
      sentence,
      tellCoach: false,
    });
    const squat = first
      .json()
      .plan.plan.exercises.find((e: { exerciseId: string }) => e.exerciseId === 'squat');
    expect(squat).toMatchObject({ level: 2, stage: 'technique' });

    const retry = await changePlan(member.userId, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().decision).toEqual(first.json().decision);
    const stored = await storedFor(member.userId);
    expect(stored.decisions).toHaveLength(1);
    expect(stored.decisions[0]?.made_by).toBe(coach.userId);
    expect(stored.actions).toMatchObject([
      { id: body.id, coach_id: coach.userId, kind: 'plan-change', note: moveSquatBack.reason },
    ]);

    const history = await server.app.inject({
      method: 'GET',
      url: '/api/decisions',
      headers: { cookie: member.cookie },
    });
    expect(history.json().decisions[0]).toMatchObject({ ruleId: 'coach-change', source: 'coach', sentence });
  });

  it('refuses a level or load outside the catalogue or the member’s equipment, naming the field', async () => {
    const member = await memberOfCoach('bad-input@example.org');
    const cases = [
      [{ kind: 'exercise', exerciseId: 'squat', level: 6 }, 'body.change.level'],
      [{ kind: 'exercise', exerciseId: 'squat', level: 0 }, 'body.change.level'],
      [{ kind: 'exercise', exerciseId: 'squat', load: { kind: 'kettlebell', kg: 12 } }, 'body.change.load'],
      [
        { kind: 'exercise', exerciseId: 'squat', load: { kind: 'band', band: 'purple' } },
        'body.change.load.band',
      ],
      [{ kind: 'exercise', exerciseId: 'squat', targetSets: 6 }, 'body.change.targetSets'],
      [
        { kind: 'add', exerciseId: 'glute-bridge', level: 5, load: { kind: 'bodyweight' } },
        'body.change.level',
      ],
      [{ kind: 'rename' }, 'body.change.kind'],
    ] as const;
    for (const [change, location] of cases) {
      const response = await changePlan(member.userId, { id: randomUUID(), reason: 'to test', change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors.map((error: { location: string }) => error.location)).toContain(location);
    }
    const tooShort = await changePlan(member.userId, { id: randomUUID(), ...moveSquatBack, reason: ' ok ' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors[0].location).toBe('body.reason');
    const tooLong = await changePlan(member.userId, {
      id: randomUUID(),
      ...moveSquatBack,
      reason: 'x'.repeat(501),
    });
    expect(tooLong.statusCode).toBe(400);
    expect((await storedFor(member.userId)).decisions).toHaveLength(0);
  });

  it('cannot let workouts start during a safety hold: 409, and nothing stored', async () => {
    const member = await memberOfCoach('held@example.org');
    const paused = await changePlan(member.userId, {
      id: randomUUID(),
      reason: 'a quiet week',
      change: { kind: 'pause' },
    });
    expect(paused.statusCode).toBe(201);
    const screen = await server.app.inject({
      method: 'POST',
      url: '/api/red-flag-screens',
      headers: { cookie: member.cookie },
      payload: { id: randomUUID(), answers: { ...noRedFlags(), fever: true }, context: 'symptoms' },
    });
    expect(screen.statusCode).toBe(201);
    const before = await storedFor(member.userId);
    const resume = await changePlan(member.userId, {
      id: randomUUID(),
      reason: 'back to it',
      change: { kind: 'resume' },
    });
    expect(resume.statusCode).toBe(409);
    expect(resume.json()).toMatchObject({ type: 'urn:backstrong:problem:safety-hold' });
    const after = await storedFor(member.userId);
    expect(after.decisions).toHaveLength(before.decisions.length);
    expect(after.actions).toHaveLength(before.actions.length);
    const plan = await server.app.inject({
      method: 'GET',
      url: '/api/plan',
      headers: { cookie: member.cookie },
    });
    expect(plan.json().plan.pause).toMatchObject({ waitingFor: 'clearance' });
  });

  it('cannot resume a pause for pain: the member answers the safety questions again', async () => {
    const member = await memberOfCoach('pain-paused@example.org');
    const db = server.database.db;
    const row = await db
      .selectFrom('plans')
      .select('plan')
      .where('user_id', '=', member.userId)
      .executeTakeFirstOrThrow();
    const pause = { reason: 'severe-pain', since: now.toISOString(), waitingFor: 'screen', screen: null };
    await db
      .updateTable('plans')
      .set({ plan: JSON.stringify({ ...(row.plan as object), pause }) })
      .where('user_id', '=', member.userId)
      .execute();
    const resume = await changePlan(member.userId, {
      id: randomUUID(),
      reason: 'feeling better',
      change: { kind: 'resume' },
    });
    expect(resume.statusCode).toBe(409);
    expect(resume.json()).toMatchObject({ type: 'urn:backstrong:problem:paused-for-safety' });
  });

  it('is refused for a member who stopped sharing (403), with nothing stored', async () => {
    const member = await memberOfCoach('not-sharing@example.org', false);
    const response = await changePlan(member.userId, { id: randomUUID(), ...moveSquatBack });
    expect(response.statusCode).toBe(403);
    expect(await storedFor(member.userId)).toEqual({ decisions: [], actions: [] });
  });
});
