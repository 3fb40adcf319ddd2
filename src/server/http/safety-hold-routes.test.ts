import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { assessmentOf, startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const get = (url: string, cookie: string) => server.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) =>
  server.app.inject({ method, url, headers: { cookie }, payload });

const screen = (cookie: string, answers: object, context = 'onboarding') =>
  send('POST', '/api/red-flag-screens', cookie, { id: randomUUID(), answers, context });
const startPlan = (cookie: string, assessment: object, id = randomUUID()) =>
  send('POST', '/api/plan', cookie, { id, today: '2026-03-02', assessment });
const clear = (cookie: string, body: object) =>
  send('POST', '/api/safety-hold/clearance', cookie, { id: randomUUID(), today: '2026-03-04', ...body });

describe('the safety hold over the API', () => {
  it('an emergency screen at onboarding holds the account: no plan, no workout, until a doctor has assessed the member', async () => {
    now = new Date('2026-03-02T08:00:00Z');
    const { cookie } = await signUp(server.app, { email: 'bladder@example.org' });
    const flagged = await screen(cookie, { ...noRedFlags(), 'bladder-bowel': true });
    expect(flagged.statusCode).toBe(201);
    expect(flagged.json().result.outcome).toBe('emergency');

    // Answering "no" to everything in the assessment does not get round it.
    const refused = await startPlan(cookie, assessmentOf());
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json()).toMatchObject({ type: expect.stringMatching(/safety-hold$/), status: 409 });
    expect(refused.json().detail).toMatch(/emergency care: go to A&E now, or call 999/);
    expect(refused.json().detail).toMatch(/once a doctor has assessed you, tell us the date/);
    expect((await get('/api/plan', cookie)).statusCode).toBe(404);
    const hold = await get('/api/safety-hold', cookie);
    expect(hold.json().hold).toMatchObject({ outcome: 'emergency', since: '2026-03-02T08:00:00.000Z' });
    expect(hold.json().hold.whatToDo.join(' ')).toMatch(/A&E now, or call 999/);
    const next = await get('/api/workouts/next?today=2026-03-02', cookie);
    expect(next.statusCode).toBe(200);
    expect(next.json().next).toMatchObject({ status: 'held', hold: { outcome: 'emergency' } });
    expect(next.json().next.message).toMatch(/A&E/);
    const workout = await send('POST', '/api/workouts', cookie, {
      id: randomUUID(),
      date: '2026-03-02',
      painBefore: 2,
    });
    expect(workout.statusCode).toBe(409);
    expect(workout.json().detail).toMatch(/emergency care/);

    // A later clear screen does not end the hold either.
    await screen(cookie, noRedFlags());
    expect((await get('/api/safety-hold', cookie)).json().hold).not.toBeNull();

    now = new Date('2026-03-04T10:00:00Z');
    const future = await clear(cookie, { assessedOn: '2026-03-05' });
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toMatch(/^assessedOn: .*future/);
    const tooEarly = await clear(cookie, { assessedOn: '2026-02-20' });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().detail).toMatch(/^assessedOn: .*on or after the day/);
    const notADate = await clear(cookie, { assessedOn: 'yesterday' });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().errors[0].location).toBe('body.assessedOn');
    expect((await get('/api/safety-hold', cookie)).json().hold).not.toBeNull();

    const id = randomUUID();
    const cleared = await clear(cookie, { id, assessedOn: '2026-03-03' });
    expect(cleared.statusCode, cleared.body).toBe(201);
    expect(cleared.json().decisions).toEqual([
      expect.objectContaining({
        ruleId: 'doctor-clearance',
        tellCoach: true,
        inputs: expect.objectContaining({ assessedOn: '2026-03-03', outcome: 'emergency' }),
        sentence:
          'You told us a doctor assessed you on 3 March 2026 and said you can exercise, so you can go on to set up your program.',
      }),
    ]);
    const again = await clear(cookie, { id, assessedOn: '2026-03-03' });
    expect(again.statusCode).toBe(200);
    expect(again.json().decisions).toEqual(cleared.json().decisions);
    const decisions = await get('/api/decisions', cookie);
    expect(decisions.json().decisions.map((decision: { ruleId: string }) => decision.ruleId)).toEqual([
      'doctor-clearance',
    ]);

    expect((await get('/api/safety-hold', cookie)).json().hold).toBeNull();
    const started = await startPlan(cookie, assessmentOf());
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().plan.pause).toBeNull();
    expect((await get('/api/workouts/next?today=2026-03-04', cookie)).json().next.status).toBe('ready');
  });

  it('new flagged answers in the assessment hold the account and make no plan; once cleared, the same answers start it', async () => {
    now = new Date('2026-03-02T08:00:00Z');
    const { cookie, userId } = await signUp(server.app, { email: 'cancer@example.org' });
    const assessment = assessmentOf({ redFlags: { ...noRedFlags(), 'cancer-history': true } });
    const id = randomUUID();
    const refused = await startPlan(cookie, assessment, id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/a doctor should see you before you exercise/);
    const hold = (await get('/api/safety-hold', cookie)).json().hold;
    expect(hold).toMatchObject({
      outcome: 'see-doctor',
      urgency: 'before-starting',
      signs: ['a history of cancer'],
    });
    expect(hold.message).toMatch(/^Please talk to your GP before you start/);
    expect(hold.message).not.toMatch(/urgent|today|emergency/);
    expect((await startPlan(cookie, assessment, id)).statusCode).toBe(409);
    const screens = await server.database.db
      .selectFrom('red_flag_screens')
      .select(['outcome', 'context'])
      .where('user_id', '=', userId)
      .execute();
    expect(screens).toEqual([{ outcome: 'see-doctor', context: 'assessment' }]);

    now = new Date('2026-03-03T09:00:00Z');
    expect((await clear(cookie, { assessedOn: '2026-03-03', today: '2026-03-03' })).statusCode).toBe(201);
    const started = await startPlan(cookie, assessment, id);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().plan.pause).toBeNull();
    expect(started.json().pauseMessage).toBeNull();
  });

  it('a hold that begins during a workout refuses its sets and any new workout, and the clearance resumes the plan', async () => {
    now = new Date('2026-03-02T08:00:00Z');
    const { cookie } = await signUp(server.app, { email: 'midworkout@example.org' });
    await startPlanFor(server.app, cookie, '2026-03-02');
    const workoutId = randomUUID();
    const started = await send('POST', '/api/workouts', cookie, {
      id: workoutId,
      date: '2026-03-02',
      painBefore: 2,
    });
    expect(started.statusCode).toBe(201);
    const item = started.json().prescription[0];
    const set = { exerciseId: item.exerciseId, reps: 10, level: item.level, load: item.load, pain: 2 };
    expect(
      (await send('PUT', `/api/workouts/${workoutId}/sets/${randomUUID()}`, cookie, set)).statusCode,
    ).toBe(201);

    await screen(cookie, { ...noRedFlags(), fever: true }, 'symptoms');
    const refused = await send('PUT', `/api/workouts/${workoutId}/sets/${randomUUID()}`, cookie, set);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/a doctor should see you before you exercise/);
    expect((await get('/api/workouts/next?today=2026-03-02', cookie)).json().next.status).toBe('held');

    now = new Date('2026-03-02T20:00:00Z');
    const cleared = await clear(cookie, { assessedOn: '2026-03-02', today: '2026-03-02' });
    expect(cleared.statusCode).toBe(201);
    expect(cleared.json().decisions.map((decision: { ruleId: string }) => decision.ruleId)).toEqual([
      'doctor-clearance',
      'cleared-to-exercise',
    ]);
    expect(cleared.json().decisions[0].sentence).toMatch(/so you can train again\.$/);
    expect((await get('/api/plan', cookie)).json().plan.pause).toBeNull();
    expect(
      (await send('PUT', `/api/workouts/${workoutId}/sets/${randomUUID()}`, cookie, set)).statusCode,
    ).toBe(201);
  });

  it('refuses a clearance when nothing asked the member to see a doctor', async () => {
    const { cookie } = await signUp(server.app, { email: 'nothing@example.org' });
    await screen(cookie, noRedFlags());
    const refused = await clear(cookie, { assessedOn: '2026-03-02', today: '2026-03-02' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/not waiting for a doctor/);
  });
});
