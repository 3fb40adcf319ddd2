import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, ODI_38 } from '../testing/measure-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

/**
 * The first week over the API: the assessment's pain and chair stands are stored as their baseline, and a
 * first-week questionnaire may be skipped once, which moves it behind the others.
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
const at = (day: string) => {
  now = new Date(`${day}T08:00:00Z`);
};

async function member(email: string, assessment: Record<string, unknown> = {}) {
  at('2026-03-02');
  const { cookie } = await signUp(server.app, { email });
  await startPlanFor(server.app, cookie, '2026-03-02', assessment);
  return cookie;
}

describe("the assessment's pain and chair stands", () => {
  it('are the baseline measures the summary and the history of each read', async () => {
    const cookie = await member('baseline@example.org', { painNow: 4, chairStands: 11, age: 67 });
    const summary = (await get('/api/measures?today=2026-03-02', cookie)).json();
    const progress = (id: string) =>
      summary.instruments.find((entry: { instrumentId: string }) => entry.instrumentId === id);
    expect(progress('pain').baseline).toMatchObject({ takenOn: '2026-03-02', value: 4 });
    expect(progress('chair-stand').baseline).toMatchObject({ takenOn: '2026-03-02', value: 11 });
    expect(progress('oswestry').baseline).toBeNull();
    expect(summary.due).toEqual([]);

    const pain = (await get('/api/measures/pain', cookie)).json();
    expect(pain.measures).toEqual([
      expect.objectContaining({ takenOn: '2026-03-02', answers: { now: 4 }, value: 4 }),
    ]);
    const stands = (await get('/api/measures/chair-stand', cookie)).json();
    expect(stands.measures).toEqual([
      expect.objectContaining({ answers: { stands: 11, age: 67, sex: null }, value: 11 }),
    ]);
  });
});

describe('skipping a first-week questionnaire', () => {
  it('moves it behind the others, once, answers a retry with the first result, and refuses a second skip', async () => {
    const cookie = await member('skip@example.org');
    at('2026-03-03');
    const id = randomUUID();
    const body = { id, instrumentId: 'oswestry', on: '2026-03-03' };
    const skipped = await post('/api/measures/skips', cookie, body);
    expect(skipped.statusCode, skipped.body).toBe(201);
    expect(skipped.json()).toEqual({ ...body, comesBackOn: '2026-03-06' });
    const replay = await post('/api/measures/skips', cookie, body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(skipped.json());
    const changed = await post('/api/measures/skips', cookie, { ...body, instrumentId: 'start-back' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().type).toBe('urn:backstrong:problem:id-reused');

    // Nothing more that day; the next ones on the days after, then the skipped one, with no second skip.
    expect((await get('/api/measures/due?today=2026-03-03', cookie)).json().due).toEqual([]);
    for (const [day, instrumentId, answers] of [
      ['2026-03-04', 'start-back', { 'leg-pain': 1 }],
      ['2026-03-05', 'hoos-12', { standing: 1 }],
    ] as const) {
      at(day);
      expect((await get(`/api/measures/due?today=${day}`, cookie)).json().due).toEqual([
        { instrumentId, dueSince: day, kind: 'first-week', canSkip: true },
      ]);
      expect((await post('/api/measures', cookie, measure(instrumentId, day, answers))).statusCode).toBe(201);
    }
    at('2026-03-06');
    expect((await get('/api/measures/due?today=2026-03-06', cookie)).json().due).toEqual([
      { instrumentId: 'oswestry', dueSince: '2026-03-06', kind: 'first-week', canSkip: false },
    ]);
    const again = await post('/api/measures/skips', cookie, {
      id: randomUUID(),
      instrumentId: 'oswestry',
      on: '2026-03-06',
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json().type).toBe('urn:backstrong:problem:skipped-before');
    expect((await post('/api/measures', cookie, measure('oswestry', '2026-03-06', ODI_38))).statusCode).toBe(
      201,
    );
    expect((await get('/api/measures/due?today=2026-03-06', cookie)).json()).toMatchObject({
      due: [],
      firstWeekNext: [],
    });

    const exported = (await get('/api/me/export', cookie)).json();
    expect(exported.skips).toEqual([
      expect.objectContaining({ id, instrumentId: 'oswestry', on: '2026-03-03' }),
    ]);
  });

  it('refuses what is not the day’s first-week check-up: the baseline day, pain, another questionnaire', async () => {
    const cookie = await member('not-today@example.org');
    const skip = (instrumentId: string, on: string) =>
      post('/api/measures/skips', cookie, { id: randomUUID(), instrumentId, on });
    for (const [instrumentId, on] of [
      ['oswestry', '2026-03-02'],
      ['pain', '2026-03-02'],
      ['hoos-12', '2026-03-02'],
    ]) {
      const refused = await skip(instrumentId as string, on as string);
      expect(refused.statusCode, `${instrumentId} ${on}`).toBe(409);
      expect(refused.json().type).toBe('urn:backstrong:problem:not-skippable');
    }
    at('2026-03-03');
    expect((await skip('start-back', '2026-03-03')).statusCode).toBe(409);
    expect((await skip('oswestry', '2026-03-03')).statusCode).toBe(201);
    expect((await skip('start-back', '2026-03-03')).statusCode).toBe(409);
  });

  it('names the field for bad input, with a 4xx problem', async () => {
    const cookie = await member('bad-skip@example.org');
    at('2026-03-03');
    const cases: [object, string][] = [
      [{ instrumentId: 'oswestry' }, 'id'],
      [{ id: 'not an id', instrumentId: 'oswestry' }, 'id'],
      [{ id: randomUUID(), instrumentId: 'odi' }, 'instrumentId'],
      [{ id: randomUUID(), instrumentId: 'oswestry', on: '2025-01-01' }, 'on'],
      [{ id: randomUUID(), instrumentId: 'oswestry', days: 2 }, 'days'],
    ];
    for (const [body, field] of cases) {
      const refused = await post('/api/measures/skips', cookie, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toContain(field);
    }
    const wrongQuestionnaire = await post('/api/measures/skips', cookie, {
      id: randomUUID(),
      instrumentId: 'roland-morris',
    });
    expect(wrongQuestionnaire.statusCode).toBe(400);
    expect(wrongQuestionnaire.json().type).toBe('urn:backstrong:problem:instrument-not-in-use');
    expect(
      (await post('/api/measures/skips', '', { id: randomUUID(), instrumentId: 'oswestry' })).statusCode,
    ).toBe(401);
  });
});
