import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT } from '../../core/consent.ts';
import { recordCoachAction } from '../db/repositories/coach-actions.ts';
import { insertAccount } from '../db/test-database.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { parseCsv } from '../testing/csv.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let cookie: string;
let userId: string;
let loggedSets: { id: string; [field: string]: unknown }[] = [];

const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { cookie } });

/** A member who has used every part of the app, and a neighbour whose data must stay out of the export. */
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  ({ cookie, userId } = await signUp(server.app, { email: 'exporter@example.org', name: 'Ex Porter' }));
  ({ sets: loggedSets } = await recordEverything(server.app, cookie, (moment) => (now = new Date(moment))));
  const neighbour = await signUp(server.app, { email: 'neighbour@example.org' });
  await startPlanFor(server.app, neighbour.cookie, '2026-03-09');
  await server.app.inject({
    method: 'POST',
    url: '/api/measures',
    headers: { cookie: neighbour.cookie },
    payload: { id: randomUUID(), instrumentId: 'pain', takenOn: '2026-03-09', answers: { now: 9 } },
  });
});
afterAll(() => server.close());

describe('JSON export', () => {
  it('contains every logged set, exactly as logged (round trip)', async () => {
    const response = await get('/api/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="backstrong-export-2026-03-09.json"',
    );
    const data = response.json();
    const exported = data.workouts.flatMap((workout: { sets: object[] }) => workout.sets);
    expect(loggedSets.length).toBeGreaterThan(4);
    expect(exported).toHaveLength(loggedSets.length);
    expect(exported).toEqual(expect.arrayContaining(loggedSets));
    const stored = await server.database.db
      .selectFrom('set_logs')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(new Set(exported.map((set: { id: string }) => set.id))).toEqual(
      new Set(stored.map((row) => row.id)),
    );
  });

  it('says who counted each set, with the good reps of the one the camera counted', async () => {
    const data = (await get('/api/me/export')).json();
    const exported: { measuredBy: string; goodReps?: number; reps: number }[] = data.workouts.flatMap(
      (workout: { sets: object[] }) => workout.sets,
    );
    const byCamera = exported.filter((set) => set.measuredBy === 'camera');
    expect(byCamera).toEqual([expect.objectContaining({ reps: 10, goodReps: 9 })]);
    const byMember = exported.filter((set) => set.measuredBy === 'member');
    expect(byMember).toHaveLength(exported.length - 1);
    expect(byMember.every((set) => !('goodReps' in set))).toBe(true);
  });

  it('holds every kind of the member’s data, and nothing of anyone else’s', async () => {
    const data = (await get('/api/me/export')).json();
    expect(data.account).toMatchObject({
      id: userId,
      email: 'exporter@example.org',
      name: 'Ex Porter',
      role: 'member',
    });
    expect(data.consent.version).toBeTruthy();
    expect(data.assessments).toHaveLength(1);
    expect(data.screens.map((screen: { context: string }) => screen.context)).toEqual([
      'onboarding',
      'assessment',
    ]);
    expect(data.plan.plan.exercises.length).toBeGreaterThan(0);
    expect(data.workouts).toHaveLength(2);
    expect(data.checkIns).toEqual([expect.objectContaining({ workoutOn: '2026-03-02', pain: 2 })]);
    expect(data.decisions.length).toBeGreaterThan(3);
    // Five instruments taken, and the assessment's own pain and chair stands as their baseline.
    expect(data.measures).toHaveLength(7);
    expect(data.snoozes).toEqual([
      expect.objectContaining({ instrumentId: 'pain', on: '2026-03-09', days: 1 }),
    ]);
    expect(data.skips).toEqual([expect.objectContaining({ instrumentId: 'hoos-12', on: '2026-03-03' })]);
    expect(JSON.stringify(data)).not.toContain('neighbour');
    const own = await server.database.db
      .selectFrom('measures')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(data.measures.map((measure: { id: string }) => measure.id).sort()).toEqual(
      own.map((row) => row.id).sort(),
    );
  });

  it('leaves out the password hash and every token', async () => {
    const text = (await get('/api/me/export')).body;
    const secrets = [
      ...(
        await server.database.db
          .selectFrom('auth_accounts')
          .select('password')
          .where('user_id', '=', userId)
          .execute()
      ).map((row) => row.password),
      ...(
        await server.database.db
          .selectFrom('auth_sessions')
          .select('token')
          .where('user_id', '=', userId)
          .execute()
      ).map((row) => row.token),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    for (const secret of secrets) expect(text).not.toContain(String(secret));
    expect(text).not.toMatch(/"(password|token)"/);
  });

  it('holds the member’s coach by name, their consent to share with them and their request for a coach', async () => {
    const before = (await get('/api/me/export')).json();
    expect(before.coaching).toEqual({ coach: null, sharing: null, coachRequestedAt: null });

    await server.app.inject({ method: 'POST', url: '/api/me/coach-request', headers: { cookie } });
    const waiting = (await get('/api/me/export')).json();
    expect(waiting.coaching.coachRequestedAt).toBe(now.toISOString());

    const coachId = await insertAccount(server.database.db, { role: 'coach' });
    await giveCoach(server.database.db, { memberId: userId, coachId, at: new Date('2026-03-09T09:00:00Z') });
    const coached = (await get('/api/me/export')).json();
    expect(coached.coaching).toEqual({
      coach: { name: 'coach', assignedAt: '2026-03-09T09:00:00.000Z' },
      sharing: { version: COACH_SHARING_CONSENT.version, agreedAt: '2026-03-09T09:00:00.000Z' },
      // Only an admin's assignment answers the request; this one was made by hand.
      coachRequestedAt: now.toISOString(),
    });
    expect(JSON.stringify(coached)).not.toContain(coachId);
  });

  it('holds the alerts raised about the member and what their coach did for them', async () => {
    const coachId = await insertAccount(server.database.db, { role: 'coach' });
    const at = new Date('2026-03-09T10:00:00Z');
    await server.database.db
      .insertInto('coach_alerts')
      .values({
        id: randomUUID(),
        member_id: userId,
        cause: 'export-test',
        kind: 'severe-pain',
        severity: 'critical',
        reason: 'Pain 7/10 during a squat set.',
        evidence: JSON.stringify({ label: 'The workout', href: '/coach' }),
        raised_at: at,
        resolved_at: at,
        resolved_by: coachId,
        resolution_note: 'Called: a long drive, settled since.',
      })
      .execute();
    await recordCoachAction(server.database.db, {
      id: randomUUID(),
      coachId,
      memberId: userId,
      kind: 'call',
      at,
      minutes: 12,
      interactive: true,
    });
    const exported = (await get('/api/me/export')).json();
    expect(exported.alerts).toEqual([
      expect.objectContaining({
        severity: 'critical',
        reason: 'Pain 7/10 during a squat set.',
        resolutionNote: 'Called: a long drive, settled since.',
      }),
    ]);
    expect(exported.coachActions).toEqual([
      expect.objectContaining({ kind: 'call', minutes: 12, interactive: true, at: at.toISOString() }),
    ]);
  });
});

describe('CSV export', () => {
  it.each([
    ['sets', 'set_id', () => loggedSets.length],
    ['workouts', 'workout_id', () => 2],
    ['measures', 'measure_id', () => 7],
    ['check-ins', 'check_in_id', () => 1],
  ])('gives the %s table with a header row and one row each', async (table, column, count) => {
    const response = await get(`/api/me/export.csv?table=${table}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="backstrong-${table}-2026-03-09.csv"`,
    );
    expect(response.body.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(response.body);
    expect(header?.[table === 'sets' ? 2 : 0]).toBe(column);
    expect(rows).toHaveLength(count());
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
  });

  it('writes sets that read back to what was logged', async () => {
    const [header, ...rows] = parseCsv((await get('/api/me/export.csv?table=sets')).body);
    const at = (name: string) => header?.indexOf(name) ?? -1;
    for (const set of loggedSets) {
      const row = rows.find((cells) => cells[at('set_id')] === set.id);
      expect(row?.[at('exercise')]).toBe(set.exerciseId);
      expect(Number(row?.[at('reps')])).toBe(set.reps);
      expect(Number(row?.[at('pain')])).toBe(set.pain);
      expect(row?.[at('measured_by')]).toBe(set.measuredBy);
      // Empty when the reps are the good ones (counted by the member).
      expect(row?.[at('good_reps')]).toBe(set.goodReps === undefined ? '' : String(set.goodReps));
    }
    expect(loggedSets.filter((set) => set.measuredBy === 'camera')).toHaveLength(1);
  });

  it('quotes JSON cells and keeps decisions’ sentences whole', async () => {
    const [header, ...rows] = parseCsv((await get('/api/me/export.csv?table=decisions')).body);
    const sentence = header?.indexOf('sentence') ?? -1;
    const data = (await get('/api/me/export')).json();
    expect(rows.map((row) => row[sentence])).toEqual(
      data.decisions.map((decision: { sentence: string }) => decision.sentence),
    );
    const [, measureRow] = parseCsv((await get('/api/me/export.csv?table=measures')).body);
    expect(JSON.parse(measureRow?.[4] ?? '')).toEqual(data.measures[0].answers);
  });

  it('refuses a table it does not export', async () => {
    const response = await get('/api/me/export.csv?table=users');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].location).toBe('querystring.table');
  });
});
