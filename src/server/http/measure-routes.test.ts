import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, ODI_26, ODI_38 } from '../testing/measure-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const get = (url: string, cookie?: string) =>
  server.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const post = (url: string, cookie: string, payload: object) =>
  server.app.inject({ method: 'POST', url, headers: { cookie }, payload });

async function member(email: string, options: { plan?: boolean } = {}) {
  const { cookie } = await signUp(server.app, { email });
  if (options.plan !== false) await startPlanFor(server.app, cookie, '2026-03-02');
  return cookie;
}

describe('the instruments', () => {
  it('lists the configured questionnaire (Oswestry by default) with items, options and intro, to anyone', async () => {
    const response = await get('/api/measures/instruments');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.disabilityInstrument).toBe('oswestry');
    expect(body.instruments.map((instrument: { id: string }) => instrument.id)).toEqual([
      'oswestry',
      'pain',
      'start-back',
      'chair-stand',
      'hoos-12',
    ]);
    const oswestry = body.instruments[0];
    expect(oswestry.items).toHaveLength(10);
    expect(oswestry.items[0].answer.options).toHaveLength(6);
    expect(oswestry.intro.length).toBeGreaterThan(20);
    expect(oswestry.loinc).toEqual({ panel: '97908-8', score: '97909-6' });
    expect(body.instruments.find((instrument: { id: string }) => instrument.id === 'pain').everyDays).toBe(7);
  });

  it('asks Roland-Morris instead when configured, and refuses the Oswestry then', async () => {
    const other = await startTestServer({
      env: { DISABILITY_INSTRUMENT: 'roland-morris' },
      clock: () => now,
    });
    try {
      const body = (await other.app.inject({ method: 'GET', url: '/api/measures/instruments' })).json();
      expect(body.instruments[0]).toMatchObject({
        id: 'roland-morris',
        name: 'Roland-Morris Disability Questionnaire',
      });
      expect(body.instruments[0].items).toHaveLength(24);
      const { cookie } = await signUp(other.app, { email: 'rm@example.org' });
      const refused = await other.app.inject({
        method: 'POST',
        url: '/api/measures',
        headers: { cookie },
        payload: measure('oswestry', '2026-03-02', ODI_38),
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().type).toBe('urn:backstrong:problem:instrument-not-in-use');
      const taken = await other.app.inject({
        method: 'POST',
        url: '/api/measures',
        headers: { cookie },
        payload: measure('roland-morris', '2026-03-02', {
          'stays-home': 1,
          'walks-slowly': 1,
          'hard-socks': 0,
        }),
      });
      expect(taken.statusCode, taken.body).toBe(201);
      expect(taken.json()).toMatchObject({ value: 2, score: { score: 2 } });
    } finally {
      await other.close();
    }
  });
});

describe('recording a measure', () => {
  it('scores on the server, stores answers with the score, and answers a retry with the first result', async () => {
    const cookie = await member('record@example.org');
    const body = measure('oswestry', '2026-03-02', ODI_38);
    const first = await post('/api/measures', cookie, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      instrumentId: 'oswestry',
      takenOn: '2026-03-02',
      answers: ODI_38,
      value: 38,
      score: { score: 38, band: 'moderate', sectionsAnswered: 10 },
    });
    const retry = await post('/api/measures', cookie, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const changed = await post('/api/measures', cookie, { ...body, answers: ODI_26 });
    expect(changed.statusCode).toBe(409);
    const someoneElse = await post('/api/measures', await member('thief@example.org', { plan: false }), body);
    expect(someoneElse.statusCode).toBe(409);
    const history = (await get('/api/measures/oswestry', cookie)).json();
    expect(history.measures).toHaveLength(1);
  });

  it('counts the higher of two ticked statements, as the Oswestry instructions say', async () => {
    const cookie = await member('ticks@example.org');
    const response = await post(
      '/api/measures',
      cookie,
      measure('oswestry', '2026-03-02', { lifting: [2, 4], walking: 1 }),
    );
    expect(response.statusCode).toBe(201);
    // (4 + 1) / (5 × 2) = 50%.
    expect(response.json().score).toMatchObject({ score: 50, sectionsAnswered: 2 });
  });

  it.each([
    ['an answer out of range', { lifting: 7 }, 'body.answers.lifting'],
    ['an item the instrument does not have', { 'tennis-elbow': 1 }, 'body.answers'],
    ['a pain form with both questions skipped', {}, 'body.answers'],
  ])('refuses %s with a 400 naming the field', async (_label, answers, location) => {
    const cookie = await member(`bad-${randomUUID()}@example.org`, { plan: false });
    const instrument = location === 'body.answers' && Object.keys(answers).length === 0 ? 'pain' : 'oswestry';
    const response = await post('/api/measures', cookie, measure(instrument, '2026-03-02', answers));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { location: string }) => error.location)).toContain(location);
  });

  it('refuses an empty questionnaire and a date far from today', async () => {
    const cookie = await member('empty@example.org', { plan: false });
    const empty = await post('/api/measures', cookie, measure('hoos-12', '2026-03-02', {}));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().type).toBe('urn:backstrong:problem:no-answers');
    const future = await post('/api/measures', cookie, measure('pain', '2026-03-09', { now: 3 }));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      { location: 'body.takenOn', message: expect.stringContaining('from 2026-01-31 to 2026-03-03') },
    ]);
  });

  it('takes the chair-stand age from the assessment unless given, and sex only when given', async () => {
    const cookie = await member('stands@example.org');
    const fromAssessment = await post(
      '/api/measures',
      cookie,
      measure('chair-stand', '2026-03-02', { stands: 11 }),
    );
    expect(fromAssessment.statusCode, fromAssessment.body).toBe(201);
    expect(fromAssessment.json()).toMatchObject({
      answers: { stands: 11, age: 52, sex: null },
      score: { stands: 11, isLow: false, reference: null },
    });
    const given = await post(
      '/api/measures',
      cookie,
      measure('chair-stand', '2026-03-02', { stands: 9, age: 62, sex: 'female' }),
    );
    expect(given.json().score).toMatchObject({
      reference: { ages: [60, 64], sex: 'female', range: [12, 17] },
      comparedWithReference: 'below',
    });

    const noAssessment = await member('no-age@example.org', { plan: false });
    const refused = await post(
      '/api/measures',
      noAssessment,
      measure('chair-stand', '2026-03-02', { stands: 9 }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().type).toBe('urn:backstrong:problem:age-needed');
  });

  it('needs health-data consent', async () => {
    const { cookie } = await signUp(server.app, { email: 'no-consent@example.org', consent: false });
    const response = await post('/api/measures', cookie, measure('pain', '2026-03-02', { now: 3 }));
    expect(response.statusCode).toBe(403);
    expect((await get('/api/measures', cookie)).statusCode).toBe(403);
  });
});

describe('history and progress', () => {
  it('shows baseline, latest, the meaningful change and the band to draw', async () => {
    const cookie = await member('progress@example.org');
    await post('/api/measures', cookie, measure('oswestry', '2026-03-02', ODI_38));
    now = new Date('2026-03-30T08:00:00Z');
    await post('/api/measures', cookie, measure('oswestry', '2026-03-30', ODI_26));
    const history = (await get('/api/measures/oswestry', cookie)).json();
    expect(history).toMatchObject({
      count: 2,
      baseline: { takenOn: '2026-03-02', value: 38 },
      latest: { takenOn: '2026-03-30', value: 26 },
      change: { verdict: 'improved', threshold: 'points', change: -12 },
      band: { improvedAtOrBelow: 28, worsenedAtOrAbove: 48 },
    });
    expect(history.change.sentence).toBe(
      'Oswestry 38 → 26: 12 points better, a meaningful improvement (10 points or more).',
    );
    expect(history.measures.map((entry: { value: number }) => entry.value)).toEqual([38, 26]);
    now = new Date('2026-03-02T08:00:00Z');
  });

  it('shows a high STarT Back risk in the summary, for the coach and the education cards', async () => {
    const cookie = await member('startback@example.org');
    const answers = {
      'leg-pain': 1,
      'shoulder-or-neck-pain': 0,
      'walks-short-distances': 1,
      'dresses-slowly': 0,
      'activity-unsafe': 1,
      'worrying-thoughts': 1,
      'never-better': 1,
      'no-enjoyment': 1,
      bothersome: 4,
    };
    expect(
      (await post('/api/measures', cookie, measure('start-back', '2026-03-02', answers))).statusCode,
    ).toBe(201);
    const summary = (await get('/api/measures?today=2026-03-02', cookie)).json();
    expect(summary.startBack).toEqual({ risk: 'high', isHighRisk: true, takenOn: '2026-03-02' });
    const startBack = summary.instruments.find(
      (entry: { instrumentId: string }) => entry.instrumentId === 'start-back',
    );
    expect(startBack).toMatchObject({ count: 1, latest: { value: 7 }, change: null });
  });
});
