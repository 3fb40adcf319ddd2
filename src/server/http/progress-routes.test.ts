import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingProgressSchema } from '../../contract/progress.ts';
import { daysBetween } from '../../core/engine/index.ts';
import { formatScore } from '../../core/outcomes/index.ts';
import type { TrainingProgress } from '../../core/progress/index.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { up as repairTimeline } from '../db/migrations/0008_timeline.ts';
import { generateHistory } from '../services/demo-history/generate.ts';
import { measuresSummary } from '../services/measure-views.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { doWorkoutFor, startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const setNow = (moment: string) => {
  now = new Date(moment);
};

async function progressOf(cookie: string, today: string): Promise<TrainingProgress> {
  // The member asks on their own today: the server's clock is there too, as on a real phone.
  setNow(`${today}T12:00:00Z`);
  const response = await server.app.inject({
    method: 'GET',
    url: `/api/progress?today=${today}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return trainingProgressSchema.parse(response.json());
}

describe('GET /api/progress', () => {
  it("shows a member's own workouts and check-in as they were logged", async () => {
    const { cookie } = await signUp(server.app, { email: 'progress@example.org' });
    setNow('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, cookie, '2026-03-02');
    setNow('2026-03-02T18:00:00Z');
    const first = await doWorkoutFor(server.app, cookie, '2026-03-02', 1);
    setNow('2026-03-03T07:30:00Z');
    const checkIn = await server.app.inject({
      method: 'POST',
      url: '/api/check-ins',
      headers: { cookie },
      payload: { id: randomUUID(), workoutOn: '2026-03-02', pain: 2 },
    });
    expect(checkIn.statusCode).toBe(201);
    setNow('2026-03-04T18:00:00Z');
    const second = await doWorkoutFor(server.app, cookie, '2026-03-04', 3);

    const progress = await progressOf(cookie, '2026-03-05');
    expect(progress.since).toBe('2026-03-02');
    expect(progress.until).toBe('2026-03-05');
    const logged = [...first.sets, ...second.sets] as unknown as {
      exerciseId: string;
      reps: number;
      level: number;
    }[];
    for (const exercise of progress.exercises) {
      const ofExercise = (sets: typeof logged) =>
        sets.filter((set) => set.exerciseId === exercise.exerciseId);
      expect(exercise.points.map((point) => [point.workoutId, point.sets, point.reps, point.level])).toEqual(
        [first, second].map((workout) => {
          const sets = ofExercise(workout.sets as unknown as typeof logged);
          return [workout.workoutId, sets.length, sets.length * 10, sets[0]?.level];
        }),
      );
      expect(exercise.points.every((point) => point.loadStep === 0 && point.goodReps === point.reps)).toBe(
        true,
      );
    }
    expect(progress.exercises.map((exercise) => exercise.exerciseId)).toEqual([
      'squat',
      'hip-hinge',
      'split-squat',
    ]);
    expect(progress.weeklyVolume).toEqual([
      { weekStart: '2026-03-02', sets: logged.length, reps: logged.reduce((sum, set) => sum + set.reps, 0) },
    ]);
    expect(progress.pain).toEqual([
      { workoutId: first.workoutId, date: '2026-03-02', during: 1, nextMorning: 2 },
      { workoutId: second.workoutId, date: '2026-03-04', during: 3, nextMorning: null },
    ]);
    // Monday to Thursday of a three-day week: two workouts asked, two done.
    expect(progress.adherence).toEqual({
      weeks: [{ weekStart: '2026-03-02', done: 2, planned: 2 }],
      done: 2,
      planned: 2,
      share: 1,
    });
    expect(progress.redFlags).toEqual([]);
    expect(progress.plan).toMatchObject({ phaseNumber: 2, daysPerWeek: 3, isPaused: false });
    expect(progress.plan?.exercises.map((exercise) => exercise.exerciseId)).toEqual([
      'squat',
      'hip-hinge',
      'split-squat',
    ]);
    expect(progress.story).toEqual([
      'Since 2 March: squat still at a half squat with no weight; hip hinge still at a half hinge with no weight; split squat still at a quarter dip with no weight.',
      // The assessment's pain now is the first back pain score.
      'Your first back pain was 3/10; your next scores, a few weeks on, will show how it changes.',
      'You did 2 workouts: all your plan asked for.',
    ]);
  });

  it('lists a red flag raised, and asks for no workouts while the plan waits for a doctor', async () => {
    const { cookie } = await signUp(server.app, { email: 'flagged@example.org' });
    setNow('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, cookie, '2026-03-02');
    setNow('2026-03-02T18:00:00Z');
    await doWorkoutFor(server.app, cookie, '2026-03-02');
    setNow('2026-03-03T09:00:00Z');
    const answers = { ...noRedFlags(), 'fall-or-injury': true };
    const screen = await server.app.inject({
      method: 'POST',
      url: '/api/red-flag-screens',
      headers: { cookie },
      payload: { id: randomUUID(), answers, context: 'symptoms' },
    });
    expect(screen.statusCode, screen.body).toBe(201);

    const paused = await progressOf(cookie, '2026-03-15');
    expect(paused.redFlags).toEqual([
      {
        date: '2026-03-03',
        flags: ['Have you had a fall or hurt your back in an accident recently?'],
        signs: ['a recent fall or injury'],
        isUrgent: false,
      },
    ]);
    expect(paused.plan?.isPaused).toBe(true);
    // Monday and Tuesday (the day of the screen) of the first week were open; none of the second.
    expect(paused.adherence.weeks).toEqual([
      { weekStart: '2026-03-02', done: 1, planned: 1 },
      { weekStart: '2026-03-09', done: 0, planned: 0 },
    ]);
    expect(paused.story).toContain(
      'Your plan is paused for now, until you tell us a doctor has cleared you to exercise; the paused days do not count against you.',
    );

    setNow('2026-03-16T08:00:00Z');
    const cleared = await server.app.inject({
      method: 'POST',
      url: '/api/safety-hold/clearance',
      headers: { cookie },
      payload: { id: randomUUID(), assessedOn: '2026-03-13', today: '2026-03-16' },
    });
    expect(cleared.statusCode, cleared.body).toBe(201);
    const resumed = await progressOf(cookie, '2026-03-22');
    expect(resumed.plan?.isPaused).toBe(false);
    expect(resumed.adherence.weeks.map((week) => week.planned)).toEqual([1, 0, 3]);
    expect(resumed.story.at(-1)).toBe(
      'You did 1 workout of the 4 your plan asked for (25%), not counting the 12 days your plan was paused.',
    );
  });

  it("never shows another member's training", async () => {
    const owner = await signUp(server.app, { email: 'owner@example.org' });
    setNow('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, owner.cookie, '2026-03-02');
    setNow('2026-03-02T18:00:00Z');
    const { workoutId } = await doWorkoutFor(server.app, owner.cookie, '2026-03-02');
    const other = await signUp(server.app, { email: 'other@example.org' });
    await startPlanFor(server.app, other.cookie, '2026-03-02');

    const response = await server.app.inject({
      method: 'GET',
      url: '/api/progress?today=2026-03-03',
      headers: { cookie: other.cookie },
    });
    expect(response.body).not.toContain(workoutId);
    const progress = trainingProgressSchema.parse(response.json());
    expect(progress.exercises.every((exercise) => exercise.points.length === 0)).toBe(true);
    expect(progress.pain).toEqual([]);
    expect(progress.adherence.done).toBe(0);
  });

  it('gives a new member with nothing yet a valid, empty progress', async () => {
    const { cookie } = await signUp(server.app, { email: 'new@example.org' });
    expect(await progressOf(cookie, '2026-03-02')).toEqual({
      since: null,
      until: '2026-03-02',
      story: [
        'Your progress will appear here after your first workout; first answer the safety questions and the short assessment that sets up your plan.',
      ],
      exercises: [],
      weeklyVolume: [],
      pain: [],
      adherence: { weeks: [], done: 0, planned: 0, share: null },
      redFlags: [],
      plan: null,
      snapshot: null,
    });
  });

  it('refuses a caller who is not signed in', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/progress' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses a member who has not consented to storing health data', async () => {
    const { cookie } = await signUp(server.app, { email: 'no-consent@example.org', consent: false });
    const response = await server.app.inject({ method: 'GET', url: '/api/progress', headers: { cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ type: 'urn:backstrong:problem:consent-required' });
  });

  it('a plan stored starting in year 0, before dates were checked, is repaired and its progress is only its weeks', async () => {
    const { cookie, userId } = await signUp(server.app, { email: 'year-zero@example.org' });
    setNow('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, cookie, '2026-03-02');
    const db = server.database.db;
    const row = await db
      .selectFrom('plans')
      .select('plan')
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('plans')
      .set({ plan: JSON.stringify({ ...(row.plan as object), startedOn: '0000-01-01' }) })
      .where('user_id', '=', userId)
      .execute();
    // The migration's own code, as it runs at start-up on a database that holds such a plan.
    await repairTimeline(db as unknown as Kysely<unknown>);
    const started = performance.now();
    const progress = await progressOf(cookie, '2026-03-10');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(progress.since).toBe('2026-03-02');
    expect(progress.weeklyVolume.map((week) => week.weekStart)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('refuses a date that is not a date, as a problem', async () => {
    const { cookie } = await signUp(server.app, { email: 'bad-date@example.org' });
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/progress?today=yesterday',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('the progress of six months of generated history', () => {
  const until = new Date('2026-09-01T12:00:00Z');
  let progress: TrainingProgress;
  let userId: string;

  beforeAll(async () => {
    const member = await signUp(server.app, { email: 'demo-history@example.org' });
    userId = member.userId;
    await generateHistory(server.database.db, { userId, until, disability: 'oswestry' });
    progress = await progressOf(member.cookie, '2026-09-01');
  }, 120_000);

  it('covers about six months, week by week, with the missed fortnight as empty weeks', () => {
    expect(progress.since).not.toBeNull();
    expect(daysBetween(progress.since ?? '', progress.until)).toBeGreaterThanOrEqual(175);
    expect(progress.weeklyVolume.length).toBeGreaterThanOrEqual(26);
    expect(progress.weeklyVolume.length).toBeLessThanOrEqual(28);
    expect(progress.weeklyVolume.some((week) => week.sets === 0)).toBe(true);
    expect(progress.adherence.share).toBeGreaterThan(0.5);
    expect(progress.adherence.share).toBeLessThanOrEqual(1);
  });

  it('has points for every exercise in the plan, climbing in level or load', () => {
    expect(progress.plan?.exercises.length).toBeGreaterThan(0);
    for (const { exerciseId } of progress.plan?.exercises ?? []) {
      const exercise = progress.exercises.find((candidate) => candidate.exerciseId === exerciseId);
      expect(exercise?.points.length, exerciseId).toBeGreaterThan(0);
    }
    const squat = progress.exercises.find((exercise) => exercise.exerciseId === 'squat');
    const [first, latest] = [squat?.points[0], squat?.points.at(-1)];
    expect(
      (latest?.level ?? 0) > (first?.level ?? 0) || (latest?.loadStep ?? 0) > (first?.loadStep ?? 0),
    ).toBe(true);
  });

  it('tells the meaningful change the generated measures show', async () => {
    const measures = await measuresSummary(
      server.database.db,
      { id: userId, role: 'member' },
      userId,
      '2026-09-01',
      'oswestry',
    );
    const oswestry = measures.instruments.find((instrument) => instrument.instrumentId === 'oswestry');
    expect(oswestry?.change?.verdict).toBe('improved');
    const told = `Oswestry ${formatScore(oswestry?.baseline?.value ?? 0)} → ${formatScore(oswestry?.latest?.value ?? 0)}, a meaningful improvement`;
    expect(
      progress.story.some((sentence) => sentence.includes(told)),
      progress.story.join('\n'),
    ).toBe(true);
    expect(progress.story.length).toBeGreaterThanOrEqual(2);
    expect(progress.story.length).toBeLessThanOrEqual(5);
  });
});
