import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { doWorkoutFor, startPlanFor } from '../testing/training-fixtures.ts';

/**
 * The free membership has the first two weeks of the program; after them the program is premium. The
 * safety questions, the morning check-in, the export and erasing the account stay free, always. The plan
 * starts on 2 March 2026, so 16 March is the first day that needs premium.
 */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let member: { cookie: string; userId: string };
let admin: { cookie: string; userId: string };

const as = (
  who: { cookie: string },
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

const nextOn = async (today: string) =>
  (await as(member, 'GET', `/api/workouts/next?today=${today}`)).json().next;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'on' } });
  member = await signUp(server.app, { email: 'two-weeks@example.org' });
  admin = await signUp(server.app, { email: 'admin-of-tiers@example.org' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'admin' })
    .where('id', '=', admin.userId)
    .execute();
  await startPlanFor(server.app, member.cookie, '2026-03-02');
});
afterAll(() => server.close());

describe('the program on the free membership', () => {
  it('is everyone’s for the first two weeks', async () => {
    now = new Date('2026-03-13T08:00:00Z');
    await doWorkoutFor(server.app, member.cookie, '2026-03-13');
    now = new Date('2026-03-15T08:00:00Z');
    expect((await nextOn('2026-03-15')).status).toBe('ready');
  });

  it('then says premium carries on, and refuses a workout with a problem saying how to join', async () => {
    now = new Date('2026-03-16T08:00:00Z');
    const next = await nextOn('2026-03-16');
    expect(next).toMatchObject({ status: 'premium-needed', freeUntil: '2026-03-16' });
    expect(next.message).toMatch(/everything you did is kept/);
    const started = await as(member, 'POST', '/api/workouts', {
      id: randomUUID(),
      date: '2026-03-16',
      painBefore: 2,
    });
    expect(started.statusCode).toBe(403);
    expect(started.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(started.json()).toMatchObject({ type: expect.stringMatching(/premium-needed$/) });
    expect(started.json().detail).toMatch(/See Membership \(\/membership\) to join\./);
  });

  it('keeps safety free: the red-flag questions, the morning check-in, the export and erasure', async () => {
    const screen = await as(member, 'POST', '/api/red-flag-screens', {
      id: randomUUID(),
      answers: noRedFlags(),
      context: 'symptoms',
    });
    expect(screen.statusCode, screen.body).toBe(201);
    const checkIn = await as(member, 'POST', '/api/check-ins', {
      id: randomUUID(),
      workoutOn: '2026-03-13',
      pain: 2,
    });
    expect(checkIn.statusCode, checkIn.body).toBe(201);
    expect((await as(member, 'GET', '/api/me/export')).statusCode).toBe(200);
    const someone = await signUp(server.app, { email: 'leaving@example.org' });
    const erased = await as(someone, 'DELETE', '/api/me', { password: 'correct horse battery' });
    expect(erased.statusCode).toBe(200);
  });

  it('has no coach to ask for on the free membership', async () => {
    const asked = await as(member, 'POST', '/api/me/coach-request');
    expect(asked.statusCode).toBe(403);
    expect(asked.json().detail).toMatch(/^A coach who reviews your training is part of premium\./);
  });

  it('carries on where it was once premium is granted, and stops again when it ends', async () => {
    const comp = `/api/admin/members/${member.userId}/comp`;
    expect((await as(admin, 'PUT', comp, { until: null, reason: 'Pilot' })).statusCode).toBe(200);
    expect((await nextOn('2026-03-16')).status).toBe('ready');
    await doWorkoutFor(server.app, member.cookie, '2026-03-16');
    expect((await as(admin, 'DELETE', comp)).statusCode).toBe(200);
    now = new Date('2026-03-18T08:00:00Z');
    expect((await nextOn('2026-03-18')).status).toBe('premium-needed');
    // Nothing is lost: the workouts stay in the history.
    const history = (await as(member, 'GET', '/api/workouts')).json();
    expect(history.workouts.map((workout: { date: string }) => workout.date)).toEqual(
      expect.arrayContaining(['2026-03-13', '2026-03-16']),
    );
  });
});
