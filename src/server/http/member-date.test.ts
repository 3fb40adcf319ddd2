import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { assessmentOf, startPlanFor } from '../testing/training-fixtures.ts';

/**
 * Every date a member sends goes through one schema: a day on the calendar, from 30 days before the
 * server's day to one day after it. The server's clock is fixed at 2 March 2026, so the window is
 * 31 January to 3 March.
 */
let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2026-03-02T08:00:00Z') });
  cookie = (await signUp(server.app, { email: 'dates@example.org' })).cookie;
  await startPlanFor(server.app, cookie, '2026-03-02');
});
afterAll(() => server.close());

interface DateRoute {
  name: string;
  field: string;
  request(date: string): { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object };
}

const DATE_ROUTES: DateRoute[] = [
  {
    name: 'the next workout',
    field: 'querystring.today',
    request: (d) => ({ method: 'GET', url: `/api/workouts/next?today=${d}` }),
  },
  {
    name: 'the plan',
    field: 'querystring.today',
    request: (d) => ({ method: 'GET', url: `/api/plan?today=${d}` }),
  },
  {
    name: 'settings',
    field: 'querystring.today',
    request: (d) => ({ method: 'PUT', url: `/api/plan/settings?today=${d}`, payload: { daysPerWeek: 3 } }),
  },
  {
    name: 'progress',
    field: 'querystring.today',
    request: (d) => ({ method: 'GET', url: `/api/progress?today=${d}` }),
  },
  {
    name: 'the measures',
    field: 'querystring.today',
    request: (d) => ({ method: 'GET', url: `/api/measures?today=${d}` }),
  },
  {
    name: 'due measures',
    field: 'querystring.today',
    request: (d) => ({ method: 'GET', url: `/api/measures/due?today=${d}` }),
  },
  {
    name: 'starting the plan',
    field: 'body.today',
    request: (d) => ({
      method: 'POST',
      url: '/api/plan',
      payload: { id: randomUUID(), today: d, assessment: assessmentOf() },
    }),
  },
  {
    name: 'starting a workout',
    field: 'body.date',
    request: (d) => ({
      method: 'POST',
      url: '/api/workouts',
      payload: { id: randomUUID(), date: d, painBefore: 2 },
    }),
  },
  {
    name: 'a check-in',
    field: 'body.workoutOn',
    request: (d) => ({
      method: 'POST',
      url: '/api/check-ins',
      payload: { id: randomUUID(), workoutOn: d, pain: 2 },
    }),
  },
  {
    name: 'a measure',
    field: 'body.takenOn',
    request: (d) => ({
      method: 'POST',
      url: '/api/measures',
      payload: { id: randomUUID(), instrumentId: 'pain', takenOn: d, answers: { now: 3 } },
    }),
  },
  {
    name: 'a snooze',
    field: 'body.on',
    request: (d) => ({
      method: 'POST',
      url: '/api/measures/snoozes',
      payload: { id: randomUUID(), instrumentId: 'pain', on: d, days: 1 },
    }),
  },
];

const OUT_OF_WINDOW = ['0000-01-01', '0001-01-01', '1999-12-31', '2026-01-30', '2026-03-04', '9999-12-31'];

async function send(route: DateRoute, date: string) {
  return server.app.inject({ ...route.request(date), headers: { cookie } });
}

describe.each(DATE_ROUTES)('the date of $name', (route) => {
  it.each(OUT_OF_WINDOW)(
    '%s is refused with a problem naming the field and the days allowed',
    async (date) => {
      const started = performance.now();
      const response = await send(route, date);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors).toEqual([
        {
          location: route.field,
          message: 'expected a date from 2026-01-31 to 2026-03-03 (at most 30 days back, 1 day ahead)',
        },
      ]);
    },
  );

  it.each(['2026-02-30', '2026-3-2', 'yesterday'])('%s is refused as no date at all', async (date) => {
    const response = await send(route, date);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors[0].location).toBe(route.field);
  });
});

describe('the days at the edges of the window', () => {
  it.each(['2026-01-31', '2026-03-03'])('%s is accepted as a member today', async (date) => {
    for (const route of DATE_ROUTES.filter((each) => each.request(date).method === 'GET')) {
      const response = await send(route, date);
      expect(response.statusCode, `${route.name}: ${response.body}`).toBe(200);
    }
  });
});
