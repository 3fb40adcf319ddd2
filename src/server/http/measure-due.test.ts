import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, ODI_38 } from '../testing/measure-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

/**
 * The measures schedule over the API: the assessment's pain and chair stands as baseline, the other
 * questionnaires one a day through the first week, pain weekly, snoozes that hide but never lose.
 */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const get = (url: string, cookie: string) => server.app.inject({ method: 'GET', url, headers: { cookie } });
const post = (url: string, cookie: string, payload: object) =>
  server.app.inject({ method: 'POST', url, headers: { cookie }, payload });

async function member(email: string) {
  const { cookie } = await signUp(server.app, { email });
  await startPlanFor(server.app, cookie, '2026-03-02');
  return cookie;
}

describe('due measures and snoozes', () => {
  it('asks nothing more on the assessment day, one questionnaire a day after it, then pain weekly; a snooze hides one for days and it comes back', async () => {
    const cookie = await member('due@example.org');
    const due = async (today: string) => (await get(`/api/measures/due?today=${today}`, cookie)).json();
    const atStart = await due('2026-03-02');
    expect(atStart).toEqual({
      baselineOn: '2026-03-02',
      due: [],
      snoozed: [],
      firstWeekNext: [
        { instrumentId: 'oswestry', on: '2026-03-03' },
        { instrumentId: 'start-back', on: '2026-03-04' },
        { instrumentId: 'hoos-12', on: '2026-03-05' },
      ],
    });
    const days: [string, string, object][] = [
      ['2026-03-03', 'oswestry', ODI_38],
      ['2026-03-04', 'start-back', { 'leg-pain': 1 }],
      ['2026-03-05', 'hoos-12', { 'pain-stairs': 2, standing: 1 }],
    ];
    for (const [today, instrumentId, answers] of days) {
      now = new Date(`${today}T08:00:00Z`);
      expect((await due(today)).due).toEqual([
        { instrumentId, dueSince: today, kind: 'first-week', canSkip: true },
      ]);
      const taken = await post('/api/measures', cookie, measure(instrumentId, today, answers));
      expect(taken.statusCode, taken.body).toBe(201);
      expect((await due(today)).due).toEqual([]);
    }
    now = new Date('2026-03-08T08:00:00Z');
    expect((await due('2026-03-08')).due).toEqual([]);

    now = new Date('2026-03-09T08:00:00Z');
    const week = await due('2026-03-09');
    expect(week).toEqual({
      baselineOn: '2026-03-02',
      due: [{ instrumentId: 'pain', dueSince: '2026-03-09', kind: 'regular', canSkip: false }],
      snoozed: [],
      firstWeekNext: [],
    });

    const snoozeId = randomUUID();
    const snooze = await post('/api/measures/snoozes', cookie, {
      id: snoozeId,
      instrumentId: 'pain',
      on: '2026-03-09',
      days: 2,
    });
    expect(snooze.statusCode, snooze.body).toBe(201);
    expect(snooze.json()).toMatchObject({ instrumentId: 'pain', until: '2026-03-11' });
    const replay = await post('/api/measures/snoozes', cookie, {
      id: snoozeId,
      instrumentId: 'pain',
      on: '2026-03-09',
      days: 2,
    });
    expect(replay.statusCode).toBe(200);
    const changed = await post('/api/measures/snoozes', cookie, {
      id: snoozeId,
      instrumentId: 'pain',
      on: '2026-03-09',
      days: 3,
    });
    expect(changed.statusCode).toBe(409);

    now = new Date('2026-03-10T08:00:00Z');
    const snoozed = (await get('/api/measures/due?today=2026-03-10', cookie)).json();
    expect(snoozed.due).toEqual([]);
    expect(snoozed.snoozed).toEqual([
      { instrumentId: 'pain', dueSince: '2026-03-09', kind: 'regular', canSkip: false, until: '2026-03-11' },
    ]);
    now = new Date('2026-03-11T08:00:00Z');
    const back = (await get('/api/measures/due?today=2026-03-11', cookie)).json();
    expect(back.due).toEqual([
      { instrumentId: 'pain', dueSince: '2026-03-09', kind: 'regular', canSkip: false },
    ]);

    const notDue = await post('/api/measures/snoozes', cookie, {
      id: randomUUID(),
      instrumentId: 'hoos-12',
      on: '2026-03-09',
      days: 1,
    });
    expect(notDue.statusCode).toBe(409);
    expect(notDue.json().type).toBe('urn:backstrong:problem:not-due');
    const tooLong = await post('/api/measures/snoozes', cookie, {
      id: randomUUID(),
      instrumentId: 'pain',
      days: 7,
    });
    expect(tooLong.statusCode).toBe(400);
    now = new Date('2026-03-02T08:00:00Z');
  });
});
