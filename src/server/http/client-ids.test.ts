import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { assessmentOf } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

type Method = 'POST' | 'PUT';
const send = (method: Method, url: string, cookie: string, payload: object) =>
  server.app.inject({ method, url, headers: { cookie }, payload });

/**
 * A UUID is the same id in any case (RFC 9562 compares them case-insensitively): a phone that sends its id
 * in capitals on the retry must get the first answer back, not store the entry a second time.
 */
describe('client-made ids in upper case', () => {
  it('a retry with the id in capitals answers 200 with the first result and stores nothing new', async () => {
    const { cookie } = await signUp(server.app, { email: 'capitals@example.org' });
    async function twice(method: Method, url: (id: string) => string, payload: (id: string) => object) {
      const id = randomUUID();
      const first = await send(method, url(id), cookie, payload(id));
      expect(first.statusCode, first.body).toBe(201);
      const upper = id.toUpperCase();
      const retry = await send(method, url(upper), cookie, payload(upper));
      expect(retry.statusCode, `${url(id)} ${retry.body}`).toBe(200);
      expect(retry.json()).toEqual(first.json());
      return { id, first: first.json() };
    }

    await twice(
      'POST',
      () => '/api/red-flag-screens',
      (id) => ({ id, answers: noRedFlags(), context: 'onboarding' }),
    );
    await twice(
      'POST',
      () => '/api/plan',
      (id) => ({ id, today: '2026-03-02', assessment: assessmentOf() }),
    );
    now = new Date('2026-03-02T18:00:00Z');
    const workout = await twice(
      'POST',
      () => '/api/workouts',
      (id) => ({ id, date: '2026-03-02', painBefore: 2 }),
    );
    const item = workout.first.prescription[0];
    const set = {
      exerciseId: item.exerciseId,
      reps: 10,
      level: item.level,
      load: item.load,
      pain: 1,
      faults: [],
    };
    const setId = randomUUID();
    const logged = await send('PUT', `/api/workouts/${workout.id}/sets/${setId}`, cookie, set);
    expect(logged.statusCode, logged.body).toBe(201);
    const loggedAgain = await send(
      'PUT',
      `/api/workouts/${workout.id.toUpperCase()}/sets/${setId.toUpperCase()}`,
      cookie,
      set,
    );
    expect(loggedAgain.statusCode, loggedAgain.body).toBe(200);
    expect(loggedAgain.json()).toEqual(logged.json());
    const finished = await send('POST', `/api/workouts/${workout.id.toUpperCase()}/finish`, cookie, {
      effort: 'hard-good-form',
    });
    expect(finished.statusCode, finished.body).toBe(200);
    now = new Date('2026-03-03T07:30:00Z');
    await twice(
      'POST',
      () => '/api/check-ins',
      (id) => ({ id, workoutOn: '2026-03-02', pain: 2 }),
    );
    await twice(
      'POST',
      () => '/api/measures',
      (id) => ({
        id,
        instrumentId: 'pain',
        takenOn: '2026-03-03',
        answers: { now: 3, 'week-average': 3 },
      }),
    );
    await twice(
      'POST',
      () => '/api/measures/snoozes',
      (id) => ({ id, instrumentId: 'oswestry', days: 1 }),
    );

    const exported = await server.app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie } });
    const data = exported.json();
    expect(data.screens).toHaveLength(2); // the screen, and the one the assessment carries
    expect(data.assessments).toHaveLength(1);
    expect(data.workouts).toHaveLength(1);
    expect(data.workouts[0].sets).toHaveLength(1);
    expect(data.checkIns).toHaveLength(1);
    // The pain above once, beside the assessment's own baseline pain and chair stands.
    expect(data.measures).toHaveLength(3);
    expect(data.snoozes).toHaveLength(1);
  });
});
