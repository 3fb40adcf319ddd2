import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { assessmentOf, startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
/** The member's days run in March 2026; each request sees this clock. */
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const get = (url: string, cookie: string) => server.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) =>
  server.app.inject({ method, url, headers: { cookie }, payload });

/** Starts the day's workout and logs every prescribed set as 10 good reps at the given pain. */
async function doWorkout(cookie: string, date: string, pain: number, painBefore = 2) {
  now = new Date(`${date}T18:00:00Z`);
  const workoutId = randomUUID();
  const started = await send('POST', '/api/workouts', cookie, { id: workoutId, date, painBefore });
  expect(started.statusCode, started.body).toBe(201);
  for (const item of started.json().prescription) {
    for (let set = 0; set < item.sets; set++) {
      const logged = await send('PUT', `/api/workouts/${workoutId}/sets/${randomUUID()}`, cookie, {
        exerciseId: item.exerciseId,
        reps: 10,
        level: item.level,
        load: item.load,
        pain,
        faults: [],
      });
      expect(logged.statusCode, logged.body).toBe(201);
      // A member who heeds the pain rule skips the rest of an exercise it stops.
      if (logged.json().whatNext.kind === 'stop-exercise') break;
    }
  }
  const finished = await send('POST', `/api/workouts/${workoutId}/finish`, cookie, {
    effort: 'hard-good-form',
  });
  expect(finished.statusCode, finished.body).toBe(200);
  return finished.json();
}

describe('the training loop over the API', () => {
  it('assessment → workouts → decisions → check-in → the next workout shows the progression', async () => {
    const { cookie } = await signUp(server.app, { email: 'loop@example.org' });
    const planView = await startPlanFor(server.app, cookie, '2026-03-02');
    expect(planView.plan.phase).toBe(2);
    expect(planView.plan.exercises.map((exercise: { exerciseId: string }) => exercise.exerciseId)).toEqual([
      'squat',
      'hip-hinge',
      'split-squat',
    ]);
    expect(planView.decisions.length).toBeGreaterThan(0);
    expect(planView.decisions.every((decision: { sentence: string }) => decision.sentence.length > 0)).toBe(
      true,
    );

    const next = await get('/api/workouts/next?today=2026-03-02', cookie);
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({
      inProgress: null,
      next: { status: 'ready', date: '2026-03-02', isToday: true },
    });
    const firstSquat = next
      .json()
      .next.exercises.find((item: { exerciseId: string }) => item.exerciseId === 'squat');
    expect(firstSquat).toMatchObject({ stage: 'technique', reps: 10 });
    expect(firstSquat.cues.length).toBeGreaterThanOrEqual(2);

    const first = await doWorkout(cookie, '2026-03-02', 1);
    expect(first.status).toBe('finished');
    expect(first.decisions.map((decision: { ruleId: string }) => decision.ruleId)).toContain(
      'technique-continue',
    );

    const checkIn = await send('POST', '/api/check-ins', cookie, {
      id: randomUUID(),
      workoutOn: '2026-03-02',
      pain: 2,
    });
    expect(checkIn.statusCode).toBe(201);
    expect(checkIn.json().decisions[0].ruleId).toBe('check-in-fine');

    const second = await doWorkout(cookie, '2026-03-04', 1);
    expect(second.decisions.map((decision: { ruleId: string }) => decision.ruleId)).toContain(
      'technique-established',
    );

    now = new Date('2026-03-06T08:00:00Z');
    const after = await get('/api/workouts/next?today=2026-03-06', cookie);
    const squatNow = after
      .json()
      .next.exercises.find((item: { exerciseId: string }) => item.exerciseId === 'squat');
    expect(squatNow).toMatchObject({ stage: 'work', sets: 3 });

    const history = await get('/api/decisions?limit=100', cookie);
    const sources = new Set(history.json().decisions.map((decision: { source: string }) => decision.source));
    expect(sources).toEqual(new Set(['assessment', 'workout', 'check-in']));

    const workouts = await get('/api/workouts', cookie);
    expect(workouts.json().workouts.map((workout: { date: string }) => workout.date)).toEqual([
      '2026-03-04',
      '2026-03-02',
    ]);
    expect(workouts.json().workouts[0].sets.length).toBeGreaterThan(0);
  });

  it('pain above 5 during a workout steps the exercise back and says so', async () => {
    const { cookie } = await signUp(server.app, { email: 'sore@example.org' });
    await startPlanFor(server.app, cookie, '2026-03-02');
    const finished = await doWorkout(cookie, '2026-03-02', 6);
    const regress = finished.decisions.filter(
      (decision: { ruleId: string }) => decision.ruleId === 'pain-regress',
    );
    expect(regress.length).toBeGreaterThan(0);
    expect(regress[0].tellCoach).toBe(true);
    expect(regress[0].sentence).toMatch(/6\/10/);
  });

  it('a flagged safety screen holds the account: no workout can start until a doctor has assessed the member', async () => {
    const { cookie } = await signUp(server.app, { email: 'flag@example.org' });
    await startPlanFor(server.app, cookie, '2026-03-02');
    const answers = { ...assessmentOf().redFlags, fever: true };
    const screen = await send('POST', '/api/red-flag-screens', cookie, {
      id: randomUUID(),
      answers,
      context: 'symptoms',
    });
    expect(screen.statusCode).toBe(201);
    expect(screen.json().result.outcome).toBe('see-doctor');

    const next = await get('/api/workouts/next?today=2026-03-03', cookie);
    expect(next.json().next.status).toBe('held');
    expect((await get('/api/plan', cookie)).json().plan.pause.waitingFor).toBe('clearance');
    const start = await send('POST', '/api/workouts', cookie, {
      id: randomUUID(),
      date: '2026-03-03',
      painBefore: 2,
    });
    expect(start.statusCode).toBe(409);

    const cleared = await send('POST', '/api/safety-hold/clearance', cookie, {
      id: randomUUID(),
      assessedOn: '2026-03-02',
      today: '2026-03-02',
    });
    expect(cleared.json().decisions.map((decision: { ruleId: string }) => decision.ruleId)).toEqual([
      'doctor-clearance',
      'cleared-to-exercise',
    ]);
    expect((await get('/api/workouts/next?today=2026-03-03', cookie)).json().next.status).toBe('ready');
  });

  it('an emergency answer at onboarding is recorded even before there is a plan', async () => {
    const { cookie, userId } = await signUp(server.app, { email: 'emergency@example.org' });
    const answers = { ...assessmentOf().redFlags, 'saddle-numbness': true };
    const screen = await send('POST', '/api/red-flag-screens', cookie, {
      id: randomUUID(),
      answers,
      context: 'onboarding',
    });
    expect(screen.json().result.outcome).toBe('emergency');
    expect(screen.json().result.message).toMatch(/emergency department now/);
    const stored = await server.database.db
      .selectFrom('red_flag_screens')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.outcome).toBe('emergency');
  });
});

describe('settings', () => {
  it('changes training days, unit and equipment, and refuses what the plan cannot hold', async () => {
    const { cookie } = await signUp(server.app, { email: 'settings@example.org' });
    await startPlanFor(server.app, cookie, '2026-03-02');
    const changed = await send('PUT', '/api/plan/settings', cookie, {
      daysPerWeek: 2,
      weightUnit: 'lb',
      equipment: { bands: ['light'], dumbbellsKg: [4, 6], kettlebellsKg: [], cableKg: [] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().plan).toMatchObject({
      daysPerWeek: 2,
      weightUnit: 'lb',
      equipment: { dumbbellsKg: [4, 6] },
    });
    expect((await send('PUT', '/api/plan/settings', cookie, { daysPerWeek: 6 })).statusCode).toBe(400);
    expect((await get('/api/plan', cookie)).json().plan.daysPerWeek).toBe(2);
  });
});

describe('retries never duplicate', () => {
  it('the same set logged twice is stored once; the same id with other content is refused', async () => {
    const { cookie, userId } = await signUp(server.app, { email: 'retry@example.org' });
    await startPlanFor(server.app, cookie, '2026-03-02');
    const workoutId = randomUUID();
    const started = await send('POST', '/api/workouts', cookie, {
      id: workoutId,
      date: '2026-03-02',
      painBefore: 1,
    });
    const again = await send('POST', '/api/workouts', cookie, {
      id: workoutId,
      date: '2026-03-02',
      painBefore: 1,
    });
    expect([started.statusCode, again.statusCode]).toEqual([201, 200]);

    const item = started.json().prescription[0];
    const setId = randomUUID();
    const set = {
      exerciseId: item.exerciseId,
      reps: 10,
      level: item.level,
      load: item.load,
      pain: 1,
      faults: [],
    };
    const url = `/api/workouts/${workoutId}/sets/${setId}`;
    const responses = await Promise.all([send('PUT', url, cookie, set), send('PUT', url, cookie, set)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 201]);
    expect((await send('PUT', url, cookie, set)).statusCode).toBe(200);
    expect((await send('PUT', url, cookie, { ...set, reps: 8 })).statusCode).toBe(409);

    const rows = await server.database.db
      .selectFrom('set_logs')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(rows).toHaveLength(1);

    const finishOnce = await send('POST', `/api/workouts/${workoutId}/finish`, cookie, { effort: 'easy' });
    const finishTwice = await send('POST', `/api/workouts/${workoutId}/finish`, cookie, { effort: 'easy' });
    expect(finishTwice.json().decisions).toEqual(finishOnce.json().decisions);
    const decisions = await server.database.db
      .selectFrom('decisions')
      .select('id')
      .where('source_id', '=', workoutId)
      .execute();
    expect(decisions).toHaveLength(finishOnce.json().decisions.length);
  });
});

describe('sets the camera counted', () => {
  /** A member with a workout under way, and a set of its first exercise to log. */
  async function workoutUnderWay(email: string) {
    const { cookie, userId } = await signUp(server.app, { email });
    await startPlanFor(server.app, cookie, '2026-03-02');
    now = new Date('2026-03-02T18:00:00Z');
    const workoutId = randomUUID();
    const started = await send('POST', '/api/workouts', cookie, {
      id: workoutId,
      date: '2026-03-02',
      painBefore: 1,
    });
    expect(started.statusCode, started.body).toBe(201);
    const item = started.json().prescription[0];
    const set = { exerciseId: item.exerciseId, reps: 10, level: item.level, load: item.load, pain: 1 };
    return {
      cookie,
      userId,
      workoutId,
      set,
      setUrl: () => `/api/workouts/${workoutId}/sets/${randomUUID()}`,
    };
  }

  it('stores good reps and who counted, returns them, and the engine counts only good reps', async () => {
    const { cookie, userId, workoutId, set, setUrl } = await workoutUnderWay('camera@example.org');
    const camera = { ...set, reps: 9, goodReps: 8, faults: ['knees-caving'], measuredBy: 'camera' };
    const logged = await send('PUT', setUrl(), cookie, camera);
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json()).toMatchObject({ reps: 9, goodReps: 8, measuredBy: 'camera' });
    const allGood = await send('PUT', setUrl(), cookie, { ...set, goodReps: 10, measuredBy: 'camera' });
    expect(allGood.statusCode).toBe(201);
    const tenWithNineGood = await send('PUT', setUrl(), cookie, {
      ...set,
      goodReps: 9,
      measuredBy: 'camera',
    });
    expect(tenWithNineGood.statusCode).toBe(201);
    // Logged by hand, as before: no good reps of its own, counted by the member.
    const byHand = await send('PUT', setUrl(), cookie, { ...set, faults: [] });
    expect(byHand.statusCode).toBe(201);
    expect(byHand.json().measuredBy).toBe('member');
    expect(byHand.json()).not.toHaveProperty('goodReps');

    const read = (await get(`/api/workouts/${workoutId}`, cookie)).json();
    // The answer adds what the pain rule makes of the set; the rest is the set as stored.
    const answered = [logged, allGood, tenWithNineGood, byHand].map((answer) => {
      const { whatNext: _whatNext, ...stored } = answer.json();
      return stored;
    });
    // Logged at the same moment (the test clock stands still), so compared regardless of order.
    expect(read.sets).toHaveLength(answered.length);
    expect(read.sets).toEqual(expect.arrayContaining(answered));
    const rows = await server.database.db
      .selectFrom('set_logs')
      .select(['reps', 'good_reps', 'measured_by'])
      .where('user_id', '=', userId)
      .orderBy('logged_at')
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { reps: 9, good_reps: 8, measured_by: 'camera' },
        { reps: 10, good_reps: null, measured_by: 'member' },
      ]),
    );

    // Of the four sets, only the camera's 10-of-10 and the member's own 10 good reps are "10 good reps".
    const finished = await send('POST', `/api/workouts/${workoutId}/finish`, cookie, {
      effort: 'hard-good-form',
    });
    const decision = finished
      .json()
      .decisions.find((entry: { exerciseId?: string }) => entry.exerciseId === set.exerciseId);
    expect(decision.inputs).toMatchObject({ setsLogged: 4, goodSets: 2 });
  });

  it('refuses good reps above the reps done, with a problem naming the field', async () => {
    const { cookie, userId, set, setUrl } = await workoutUnderWay('toomany@example.org');
    const response = await send('PUT', setUrl(), cookie, {
      ...set,
      reps: 8,
      goodReps: 9,
      measuredBy: 'camera',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      title: 'Invalid request',
      errors: [{ location: 'body.goodReps', message: 'good reps cannot be more than the reps done' }],
    });
    for (const wrong of [{ goodReps: -1 }, { goodReps: 2.5 }, { measuredBy: 'coach' }]) {
      const refused = await send('PUT', setUrl(), cookie, { ...set, ...wrong });
      expect(refused.statusCode, JSON.stringify(wrong)).toBe(400);
      expect(refused.json().errors[0].location).toBe(`body.${Object.keys(wrong)[0]}`);
    }
    const rows = await server.database.db
      .selectFrom('set_logs')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('a retry with the same count is stored once; a changed count or counter under the same id is 409', async () => {
    const { cookie, userId, set, setUrl } = await workoutUnderWay('camera-retry@example.org');
    const url = setUrl();
    const camera = { ...set, reps: 10, goodReps: 8, measuredBy: 'camera', faults: [] };
    expect((await send('PUT', url, cookie, camera)).statusCode).toBe(201);
    const again = await send('PUT', url, cookie, camera);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ goodReps: 8, measuredBy: 'camera' });
    for (const changed of [
      { ...camera, goodReps: 9 },
      { ...camera, measuredBy: 'member' },
      { ...set, reps: 10, faults: [] },
    ]) {
      const refused = await send('PUT', url, cookie, changed);
      expect(refused.statusCode, JSON.stringify(changed)).toBe(409);
    }

    // A set logged by hand before measuredBy existed, retried with it said out loud, is the same set.
    const byHand = setUrl();
    expect((await send('PUT', byHand, cookie, { ...set, faults: [] })).statusCode).toBe(201);
    expect((await send('PUT', byHand, cookie, { ...set, faults: [], measuredBy: 'member' })).statusCode).toBe(
      200,
    );
    expect((await send('PUT', byHand, cookie, { ...set, faults: [], goodReps: 10 })).statusCode).toBe(409);

    const rows = await server.database.db
      .selectFrom('set_logs')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(rows).toHaveLength(2);
  });
});

describe('members see only their own plan', () => {
  it("another member's workout, sets and ids are out of reach", async () => {
    const owner = await signUp(server.app, { email: 'owner@example.org' });
    const other = await signUp(server.app, { email: 'other@example.org' });
    await startPlanFor(server.app, owner.cookie, '2026-03-02');
    await startPlanFor(server.app, other.cookie, '2026-03-02');
    const workoutId = randomUUID();
    const started = await send('POST', '/api/workouts', owner.cookie, {
      id: workoutId,
      date: '2026-03-02',
      painBefore: 1,
    });
    const item = started.json().prescription[0];
    const set = {
      exerciseId: item.exerciseId,
      reps: 10,
      level: item.level,
      load: item.load,
      pain: 1,
      faults: [],
    };

    expect((await get(`/api/workouts/${workoutId}`, other.cookie)).statusCode).toBe(404);
    expect(
      (await send('PUT', `/api/workouts/${workoutId}/sets/${randomUUID()}`, other.cookie, set)).statusCode,
    ).toBe(404);
    expect(
      (await send('POST', `/api/workouts/${workoutId}/finish`, other.cookie, { effort: 'easy' })).statusCode,
    ).toBe(404);
    // Reusing the owner's workout id for the other member's own workout is refused, not merged.
    expect(
      (
        await send('POST', '/api/workouts', other.cookie, {
          id: workoutId,
          date: '2026-03-02',
          painBefore: 1,
        })
      ).statusCode,
    ).toBe(409);
    const othersWorkouts = await get('/api/workouts', other.cookie);
    expect(othersWorkouts.json().workouts).toEqual([]);
    expect((await get(`/api/workouts/${workoutId}`, owner.cookie)).statusCode).toBe(200);
  });

  it('without consent to health data nothing is stored', async () => {
    const { cookie, userId } = await signUp(server.app, { email: 'noconsent2@example.org', consent: false });
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/plan',
      headers: { cookie },
      payload: { id: randomUUID(), today: '2026-03-02', assessment: assessmentOf() },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/consent/);
    const rows = await server.database.db
      .selectFrom('assessments')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('the timeline only moves forward', () => {
  it('refuses a workout dated before the last one, or a second on the same day, and the plan keeps its day', async () => {
    const { cookie } = await signUp(server.app, { email: 'timeline@example.org' });
    now = new Date('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, cookie, '2026-03-02');
    await doWorkout(cookie, '2026-03-02', 1);
    await doWorkout(cookie, '2026-03-20', 1);

    for (const [date, type] of [
      ['2026-03-10', 'workout-before-last'],
      ['2026-03-20', 'workout-same-day'],
    ] as const) {
      const refused = await send('POST', '/api/workouts', cookie, { id: randomUUID(), date, painBefore: 2 });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().type).toBe(`urn:backstrong:problem:${type}`);
      expect(refused.json().detail).toMatch(/2026-03-20/);
    }
    const planView = await get('/api/plan?today=2026-03-20', cookie);
    expect(planView.json().plan.lastWorkoutOn).toBe('2026-03-20');
    const workouts = await get('/api/workouts', cookie);
    expect(workouts.json().workouts.map((workout: { date: string }) => workout.date)).toEqual([
      '2026-03-20',
      '2026-03-02',
    ]);
    now = new Date('2026-03-02T08:00:00Z');
  });

  it('refuses a check-in for a day without a finished workout, and stores nothing', async () => {
    const { cookie } = await signUp(server.app, { email: 'no-workout-check-in@example.org' });
    now = new Date('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, cookie, '2026-03-02');
    await doWorkout(cookie, '2026-03-02', 1);
    now = new Date('2026-03-03T07:30:00Z');
    const id = randomUUID();
    const refused = await send('POST', '/api/check-ins', cookie, { id, workoutOn: '2026-03-01', pain: 2 });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().type).toBe('urn:backstrong:problem:no-workout-that-day');
    const stored = await server.database.db
      .selectFrom('check_ins')
      .select('id')
      .where('id', '=', id)
      .execute();
    expect(stored).toEqual([]);
    const accepted = await send('POST', '/api/check-ins', cookie, {
      id: randomUUID(),
      workoutOn: '2026-03-02',
      pain: 2,
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    now = new Date('2026-03-02T08:00:00Z');
  });
});
