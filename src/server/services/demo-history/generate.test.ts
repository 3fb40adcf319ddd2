import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseId } from '../../../core/catalogue/types.ts';
import { addDays, afterSet, daysBetween } from '../../../core/engine/index.ts';
import { NO_OUTGOING_MAIL } from '../../mail/outgoing-mail.ts';
import { signUp, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { measuresSummary } from '../measure-views.ts';
import { generateHistory, type HistorySummary } from './generate.ts';
import { STORY } from './member-model.ts';

/**
 * Six months of a generated member, checked against the engine's own records: the sets follow what was
 * prescribed, decisions explain every change, the measures improve as the story says, and nothing is
 * made up after "now".
 */
let server: TestServer;
let userId: string;
let summary: HistorySummary;
let elapsedMs: number;
const until = new Date('2026-09-01T12:00:00Z');

beforeAll(async () => {
  server = await startTestServer();
  ({ userId } = await signUp(server.app, { email: 'history@example.org' }));
  const started = performance.now();
  summary = await generateHistory(server.database.db, { userId, until, disability: 'oswestry' });
  elapsedMs = performance.now() - started;
}, 120_000);
afterAll(() => server.close());

const db = () => server.database.db;

describe('generated history', () => {
  it('covers about six months up to now, and is quick enough to make at first boot', async () => {
    expect(summary.startedOn).toBe('2026-03-03');
    expect(summary.lastDay).toBe('2026-09-01');
    expect(elapsedMs).toBeLessThan(15_000);
    const account = await db()
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(account.created_at.toISOString()).toBe('2026-03-03T07:55:00.000Z');
    const moments = [
      ...(await db()
        .selectFrom('set_logs')
        .select('logged_at as at')
        .where('user_id', '=', userId)
        .execute()),
      ...(await db()
        .selectFrom('check_ins')
        .select('checked_in_at as at')
        .where('user_id', '=', userId)
        .execute()),
      ...(await db()
        .selectFrom('measures')
        .select('recorded_at as at')
        .where('user_id', '=', userId)
        .execute()),
    ];
    expect(moments.every(({ at }) => new Date(at) <= until)).toBe(true);
  });

  it('stores what the summary says, through the services: every workout finished with its decisions', async () => {
    const workouts = await db().selectFrom('workouts').selectAll().where('user_id', '=', userId).execute();
    const sets = await db().selectFrom('set_logs').selectAll().where('user_id', '=', userId).execute();
    const checkIns = await db().selectFrom('check_ins').selectAll().where('user_id', '=', userId).execute();
    const measures = await db().selectFrom('measures').selectAll().where('user_id', '=', userId).execute();
    expect([workouts.length, sets.length, checkIns.length, measures.length]).toEqual([
      summary.workouts,
      summary.sets,
      summary.checkIns,
      summary.measures,
    ]);
    expect(summary.workouts).toBeGreaterThan(40);
    expect(workouts.every((workout) => workout.status === 'finished')).toBe(true);
    const decisions = await db()
      .selectFrom('decisions')
      .select(['source_id', 'sentence'])
      .where('user_id', '=', userId)
      .execute();
    for (const workout of workouts) {
      expect(decisions.some((decision) => decision.source_id === workout.id)).toBe(true);
    }
    expect(decisions.every((decision) => decision.sentence.length > 0)).toBe(true);
  });

  it('logs exactly what the engine prescribed, with reps and pain from a person (not all perfect)', async () => {
    const workouts = await db().selectFrom('workouts').selectAll().where('user_id', '=', userId).execute();
    const sets = await db().selectFrom('set_logs').selectAll().where('user_id', '=', userId).execute();
    for (const workout of workouts) {
      const prescription = workout.prescription as {
        exerciseId: string;
        level: number;
        load: unknown;
        sets: number;
      }[];
      for (const item of prescription) {
        const logged = sets.filter(
          (set) => set.workout_id === workout.id && set.exercise_id === item.exerciseId,
        );
        // A member who heeds the pain rule does fewer: an exercise it stopped, or after a set that ended it.
        const workoutSets = sets.filter((set) => set.workout_id === workout.id);
        const whatNext = (set: (typeof sets)[number]) =>
          afterSet({ ...set, exerciseId: set.exercise_id as ExerciseId }, workout.pain_before, '').kind;
        const isCutShort =
          workoutSets.some((set) => whatNext(set) === 'end-workout') ||
          logged.some((set) => whatNext(set) === 'stop-exercise');
        if (isCutShort) expect(logged.length).toBeLessThanOrEqual(item.sets);
        else expect(logged).toHaveLength(item.sets);
        expect(
          logged.every(
            (set) => set.level === item.level && JSON.stringify(set.load) === JSON.stringify(item.load),
          ),
        ).toBe(true);
      }
    }
    expect(sets.some((set) => set.reps < 10)).toBe(true);
    expect(sets.some((set) => (set.faults as string[]).length > 0)).toBe(true);
    expect(new Set(sets.map((set) => set.pain)).size).toBeGreaterThan(3);
  });

  it('tells the story: a missed fortnight, a flare-up with higher pain, and the engine answering both', async () => {
    const dates = (
      await db().selectFrom('workouts').select('date').where('user_id', '=', userId).orderBy('date').execute()
    ).map((row) => row.date);
    const longestGap = Math.max(
      ...dates.slice(1).map((date, index) => daysBetween(dates[index] ?? date, date)),
    );
    expect(longestGap).toBeGreaterThanOrEqual(STORY.missedFortnight[1] - STORY.missedFortnight[0]);
    const [flareFrom, flareTo] = STORY.flareUp.map((day) => addDays(summary.startedOn, day));
    const flareSets = await db()
      .selectFrom('set_logs')
      .innerJoin('workouts', 'workouts.id', 'set_logs.workout_id')
      .select('set_logs.pain')
      .where('set_logs.user_id', '=', userId)
      .where('workouts.date', '>=', flareFrom ?? '')
      .where('workouts.date', '<=', flareTo ?? '')
      .execute();
    expect(Math.max(...flareSets.map((set) => set.pain))).toBeGreaterThanOrEqual(5);
    const rules = new Set(
      (await db().selectFrom('decisions').select('rule_id').where('user_id', '=', userId).execute()).map(
        (row) => row.rule_id,
      ),
    );
    for (const rule of [
      'technique-established',
      'add-a-set',
      'load-step',
      'range-step',
      'pain-hold',
      'gap-one-set-lower',
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });

  it('takes the measures on schedule, and they improve as published thresholds count it', async () => {
    const progress = await measuresSummary(
      db(),
      { id: userId, role: 'member' },
      userId,
      summary.lastDay,
      'oswestry',
    );
    const of = (id: string) => progress.instruments.find((entry) => entry.instrumentId === id);
    expect(of('oswestry')).toMatchObject({ baseline: { value: 38 }, change: { verdict: 'improved' } });
    expect(of('oswestry')?.latest?.value).toBeGreaterThanOrEqual(20);
    expect(of('oswestry')?.latest?.value).toBeLessThan(30);
    expect(of('pain')).toMatchObject({ baseline: { value: 6 }, change: { verdict: 'improved' } });
    expect([2, 3]).toContain(of('pain')?.latest?.value);
    expect(of('pain')?.count).toBeGreaterThanOrEqual(20);
    expect(of('chair-stand')?.baseline?.value).toBe(9);
    expect(of('chair-stand')?.latest?.value).toBeGreaterThanOrEqual(13);
    expect(of('hoos-12')?.latest?.value ?? 0).toBeGreaterThan((of('hoos-12')?.baseline?.value ?? 100) + 15);
    for (const id of ['oswestry', 'start-back', 'chair-stand', 'hoos-12']) {
      expect(of(id)?.count).toBeGreaterThanOrEqual(6);
      expect(of(id)?.count).toBeLessThanOrEqual(8);
    }
    const startBack = await db()
      .selectFrom('measures')
      .select('score')
      .where('user_id', '=', userId)
      .where('instrument_id', '=', 'start-back')
      .orderBy('taken_on')
      .execute();
    expect((startBack[0]?.score as { risk?: string } | undefined)?.risk).toBe('medium');
    expect(progress.startBack?.risk).toBe('low');
  });

  it('gives the same person for the same seed', async () => {
    const { userId: twin } = await signUp(server.app, { email: 'twin@example.org' });
    await generateHistory(db(), { userId: twin, until, disability: 'oswestry', days: 60 });
    const { userId: again } = await signUp(server.app, { email: 'again@example.org' });
    await generateHistory(db(), { userId: again, until, disability: 'oswestry', days: 60 });
    const trace = async (id: string) =>
      (
        await db()
          .selectFrom('set_logs')
          .select(['exercise_id', 'reps', 'pain', 'level', 'logged_at'])
          .where('user_id', '=', id)
          .orderBy('logged_at')
          .orderBy('exercise_id')
          .execute()
      ).map((set) => [set.exercise_id, set.reps, set.pain, set.level, new Date(set.logged_at).toISOString()]);
    expect(await trace(again)).toEqual(await trace(twin));
  }, 60_000);
});

describe('a new member with history (npm run db:seed-history)', () => {
  it('creates a consenting account with generated history, and refuses an email already taken', async () => {
    const { createAuth } = await import('../../auth/auth.ts');
    const { createMemberWithHistory } = await import('./new-member.ts');
    const auth = createAuth({
      db: db(),
      publicUrl: 'http://localhost:3000',
      secret: 'test-secret-that-is-long-enough-0123456789',
      mail: NO_OUTGOING_MAIL,
      clock: () => new Date(),
    });
    const input = { email: 'Sample@Example.org', disability: 'oswestry' as const, now: until, days: 30 };
    const created = await createMemberWithHistory({ db: db(), auth }, input);
    expect(created.summary.workouts).toBeGreaterThan(5);
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'sample@example.org', password: created.password },
    });
    expect(signIn.statusCode).toBe(200);
    await expect(createMemberWithHistory({ db: db(), auth }, input)).rejects.toThrow(
      'already has an account',
    );
  }, 60_000);
});
