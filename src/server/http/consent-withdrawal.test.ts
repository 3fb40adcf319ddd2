import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT, HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Withdrawing the health-data consent without erasing the account: nothing new is stored, the coach
 * sees nothing, what was stored stays for the export, the withdrawal is kept with its time, and the
 * member can consent again and carry on.
 */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let member: { cookie: string; userId: string };
let coach: { cookie: string; userId: string };

const as = (
  who: { cookie: string },
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  member = await signUp(server.app, { email: 'withdrawing@example.org', name: 'Wren Withdraw' });
  coach = await signUp(server.app, { email: 'coach-of-wren@example.org', name: 'Cass Coach' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'coach' })
    .where('id', '=', coach.userId)
    .execute();
  await recordEverything(server.app, member.cookie, (moment) => {
    now = new Date(moment);
  });
  await giveCoach(server.database.db, {
    memberId: member.userId,
    coachId: coach.userId,
    sharing: false,
    at: now,
  });
  expect(
    (await as(member, 'PUT', '/api/me/coach-sharing', { version: COACH_SHARING_CONSENT.version })).statusCode,
  ).toBe(200);
  now = new Date('2026-03-10T09:30:00Z');
});
afterAll(() => server.close());

const exported = async () => (await as(member, 'GET', '/api/me/export')).json();

describe('withdrawing the health-data consent', () => {
  let before: { workouts: unknown[]; checkIns: unknown[]; measures: unknown[] };

  it('answers 200, and again 200 with nothing changed or recorded twice', async () => {
    before = await exported();
    expect((await as(member, 'DELETE', '/api/me/health-consent')).statusCode).toBe(200);
    now = new Date('2026-03-10T09:45:00Z');
    expect((await as(member, 'DELETE', '/api/me/health-consent')).statusCode).toBe(200);
    const profile = (await as(member, 'GET', '/api/me')).json();
    expect(profile.healthConsent).toBeNull();
    expect(profile.healthConsentWithdrawnAt).toBe('2026-03-10T09:30:00.000Z');
  });

  it('stores nothing new: a workout, a check-in or a measure is refused as needing consent', async () => {
    const writes = [
      as(member, 'POST', '/api/workouts', { id: randomUUID(), date: '2026-03-10', painBefore: 2 }),
      as(member, 'POST', '/api/check-ins', { id: randomUUID(), workoutOn: '2026-03-04', pain: 2 }),
      as(member, 'POST', '/api/measures', {
        id: randomUUID(),
        instrumentId: 'pain',
        takenOn: '2026-03-10',
        answers: { now: 3, 'week-average': 3 },
      }),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().type).toMatch(/consent-required$/);
    }
  });

  it('ends the coach’s access and sharing: the caseload has the member by name alone', async () => {
    const plan = await as(coach, 'GET', `/api/coach/members/${member.userId}/plan`);
    expect(plan.statusCode).toBe(403);
    expect(plan.body).not.toContain('squat');
    const caseload = (await as(coach, 'GET', '/api/coach/caseload')).json();
    expect(caseload.members).toEqual([{ memberId: member.userId, name: 'Wren Withdraw', summary: null }]);
    expect((await as(member, 'GET', '/api/me/coach')).json().sharing).toBeNull();
  });

  it('keeps what was stored, in the export, with the withdrawal and its time in the consent history', async () => {
    const after = await exported();
    expect(after.workouts).toEqual(before.workouts);
    expect(after.checkIns).toEqual(before.checkIns);
    expect(after.measures).toEqual(before.measures);
    expect(after.consent).toBeNull();
    expect(after.coaching.sharing).toBeNull();
    expect(after.consentHistory).toEqual([
      {
        consent: 'coach-sharing',
        change: 'given',
        version: COACH_SHARING_CONSENT.version,
        at: '2026-03-09T08:00:00.000Z',
      },
      { consent: 'health-data', change: 'withdrawn', version: null, at: '2026-03-10T09:30:00.000Z' },
      { consent: 'coach-sharing', change: 'withdrawn', version: null, at: '2026-03-10T09:30:00.000Z' },
    ]);
  });

  it('lets the member consent again and carry on; sharing with the coach is asked for again', async () => {
    now = new Date('2026-03-11T08:00:00Z');
    const given = await as(member, 'POST', '/api/me/health-consent', {
      version: HEALTH_DATA_CONSENT.version,
    });
    expect(given.statusCode).toBe(200);
    expect((await as(member, 'GET', '/api/me')).json().healthConsent).toEqual({
      version: HEALTH_DATA_CONSENT.version,
      agreedAt: '2026-03-11T08:00:00.000Z',
    });
    expect((await as(member, 'GET', '/api/plan?today=2026-03-11')).statusCode).toBe(200);
    expect((await as(coach, 'GET', `/api/coach/members/${member.userId}/plan`)).json().type).toMatch(
      /member-not-sharing$/,
    );
    expect((await exported()).consentHistory.at(-1)).toEqual({
      consent: 'health-data',
      change: 'given',
      version: HEALTH_DATA_CONSENT.version,
      at: '2026-03-11T08:00:00.000Z',
    });
  });
});
