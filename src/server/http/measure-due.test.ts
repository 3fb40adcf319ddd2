import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, ODI_38 } from '../testing/measure-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

/** The measures schedule over the API: everything at baseline, pain weekly, snoozes that hide but never lose. */
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
  it('asks everything at baseline, then pain weekly; a snooze hides one for days and it comes back', async () => {
    const cookie = await member('due@example.org');
    const atStart = (await get('/api/measures/due?today=2026-03-02', cookie)).json();
    expect(atStart.due.map((entry: { instrumentId: string }) => entry.instrumentId)).toEqual([
      'oswestry',
      'pain',
      'start-back',
      'chair-stand',
      'hoos-12',
    ]);
    expect(atStart.due.every((entry: { dueSince: string }) => entry.dueSince === '2026-03-02')).toBe(true);
    await post('/api/measures', cookie, measure('oswestry', '2026-03-02', ODI_38));
    await post('/api/measures', cookie, measure('pain', '2026-03-02', { now: 6, 'week-average': 6 }));
    await post('/api/measures', cookie, measure('start-back', '2026-03-02', { 'leg-pain': 1 }));
    await post('/api/measures', cookie, measure('chair-stand', '2026-03-02', { stands: 9 }));
    await post('/api/measures', cookie, measure('hoos-12', '2026-03-02', { 'pain-stairs': 2, standing: 1 }));
    expect((await get('/api/measures/due?today=2026-03-02', cookie)).json().due).toEqual([]);

    now = new Date('2026-03-09T08:00:00Z');
    const week = (await get('/api/measures/due?today=2026-03-09', cookie)).json();
    expect(week).toEqual({
      baselineOn: '2026-03-02',
      due: [{ instrumentId: 'pain', dueSince: '2026-03-09' }],
      snoozed: [],
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
    expect(snoozed.snoozed).toEqual([{ instrumentId: 'pain', dueSince: '2026-03-09', until: '2026-03-11' }]);
    now = new Date('2026-03-11T08:00:00Z');
    const back = (await get('/api/measures/due?today=2026-03-11', cookie)).json();
    expect(back.due).toEqual([{ instrumentId: 'pain', dueSince: '2026-03-09' }]);

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
