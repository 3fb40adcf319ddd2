import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
/** A second passes with every look at the clock, so sets are logged one after another, as on a phone. */
let tick = 0;
beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date(Date.UTC(2026, 2, 2, 18, 0, tick++)) });
});
afterAll(() => server.close());

const send = (method: 'POST' | 'PUT' | 'GET', url: string, cookie: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

interface Item {
  exerciseId: string;
  level: number;
  load: unknown;
}

/** A member whose first workout is under way, with the pain before it given. */
async function workoutUnderWay(email: string, painBefore: number) {
  const { cookie } = await signUp(server.app, { email });
  await startPlanFor(server.app, cookie, '2026-03-02');
  const workoutId = randomUUID();
  const started = await send('POST', '/api/workouts', cookie, {
    id: workoutId,
    date: '2026-03-02',
    painBefore,
  });
  expect(started.statusCode, started.body).toBe(201);
  const items: Item[] = started.json().prescription;
  const logSet = (item: Item, pain: number, options: { level?: number; setId?: string } = {}) =>
    send('PUT', `/api/workouts/${workoutId}/sets/${options.setId ?? randomUUID()}`, cookie, {
      exerciseId: item.exerciseId,
      reps: 10,
      level: options.level ?? item.level,
      load: item.load,
      pain,
      faults: [],
    });
  return { cookie, workoutId, items, logSet };
}

describe('pain during a workout, as each set is logged', () => {
  it('a set at 8/10 ends the workout at once with the pause, refuses any later set and keeps what came before', async () => {
    const { cookie, workoutId, items, logSet } = await workoutUnderWay('severe@example.org', 2);
    const [squat, hinge] = items as [Item, Item];
    expect((await logSet(squat, 2)).json().whatNext).toEqual({ kind: 'carry-on' });
    const setId = randomUUID();
    const severe = await logSet(squat, 8, { setId });
    expect(severe.statusCode, severe.body).toBe(201);
    const { whatNext } = severe.json();
    expect(whatNext).toMatchObject({
      kind: 'end-workout',
      exerciseId: 'squat',
      pain: 8,
      decision: { ruleId: 'pain-pause', change: { paused: { from: false, to: true } }, tellCoach: true },
    });
    expect(whatNext.advice.now.length).toBeGreaterThan(0);
    expect(whatNext.advice.settle.length).toBeGreaterThan(0);
    expect(whatNext.advice.seekHelp.join(' ')).toMatch(/999/);

    const workout = (await send('GET', `/api/workouts/${workoutId}`, cookie)).json();
    expect(workout.status).toBe('finished');
    expect(workout.effort).toBeNull();
    expect(workout.sets.map((set: { pain: number }) => set.pain)).toEqual([2, 8]);
    expect(workout.decisions.filter((d: { ruleId: string }) => d.ruleId === 'pain-pause')).toHaveLength(1);
    expect(workout.decisions.find((d: { ruleId: string }) => d.ruleId === 'pain-pause')).toEqual(
      expect.objectContaining(whatNext.decision),
    );

    const later = await logSet(hinge, 1);
    expect(later.statusCode).toBe(409);
    expect(later.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(later.json().detail).toMatch(/ended when your pain reached 8\/10/);
    const next = (await send('GET', '/api/workouts/next?today=2026-03-03', cookie)).json();
    expect(next.next).toMatchObject({
      status: 'paused',
      pause: { reason: 'severe-pain', waitingFor: 'screen' },
    });

    // The phone sends the set again (its answer was lost): same answer, nothing stored or decided twice.
    const retried = await logSet(squat, 8, { setId });
    expect(retried.statusCode).toBe(200);
    expect(retried.json().whatNext).toEqual(whatNext);
    const again = (await send('GET', `/api/workouts/${workoutId}`, cookie)).json();
    expect(again.decisions).toEqual(workout.decisions);
    const finish = await send('POST', `/api/workouts/${workoutId}/finish`, cookie, { effort: 'easy' });
    expect(finish.json().decisions).toEqual(workout.decisions);
  });

  it('pain 2 above the pain before stops that exercise at that level; one level lower and the others go on', async () => {
    const { cookie, workoutId, items, logSet } = await workoutUnderWay('rising@example.org', 2);
    const [squat, hinge] = items as [Item, Item];
    const rising = await logSet(squat, 4);
    expect(rising.statusCode).toBe(201);
    expect(rising.json().whatNext).toMatchObject({
      kind: 'stop-exercise',
      exerciseId: 'squat',
      level: squat.level,
      lowerLevel: squat.level - 1,
      decision: { ruleId: 'pain-stop-exercise', inputs: { pain: 4, painBefore: 2, risenBy: 2 } },
    });

    const sameLevel = await logSet(squat, 2);
    expect(sameLevel.statusCode).toBe(409);
    expect(sameLevel.json()).toMatchObject({ status: 409 });
    expect(sameLevel.json().detail).toMatch(/Pain stopped the squat at level \d today/);
    expect((await logSet(squat, 2, { level: squat.level - 1 })).statusCode).toBe(201);
    expect((await logSet(hinge, 2)).json().whatNext).toEqual({ kind: 'carry-on' });

    const finished = await send('POST', `/api/workouts/${workoutId}/finish`, cookie, {
      effort: 'hard-good-form',
    });
    const rules = finished.json().decisions.map((decision: { ruleId: string }) => decision.ruleId);
    expect(rules.filter((rule: string) => rule === 'pain-stop-exercise')).toHaveLength(1);
    expect(rules).not.toContain('pain-pause');
    expect(finished.json().sets).toHaveLength(3);
  });

  it('pain above 5 stops the exercise even when it started high, and says so', async () => {
    const { logSet, items } = await workoutUnderWay('high@example.org', 5);
    const answer = (await logSet(items[0] as Item, 6)).json();
    expect(answer.whatNext.kind).toBe('stop-exercise');
    expect(answer.whatNext.decision.sentence).toMatch(/^Your pain reached 6\/10 during the squat/);
  });
});
