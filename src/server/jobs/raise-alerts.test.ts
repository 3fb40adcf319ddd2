import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT } from '../../core/consent.ts';
import { addDays } from '../../core/engine/index.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Executor } from '../db/executor.ts';
import { createTestDatabase, insertAccount } from '../db/test-database.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';
import { RAISE_ALERTS, RAISE_DELAY_SECONDS, raiseAlertsFor, SWEEP_ALERTS } from './raise-alerts.ts';

/** A workout on this day with one squat set at this pain: the set that ends a workout at 8 or more. */
async function workoutWithPain(db: Executor, memberId: string, date: string, pain: number): Promise<string> {
  const id = randomUUID();
  const at = new Date(`${date}T08:00:00Z`);
  await db
    .insertInto('workouts')
    .values({
      id,
      user_id: memberId,
      date,
      status: 'finished',
      pain_before: 2,
      prescription: '[]',
      effort: null,
      new_symptoms: false,
      started_at: at,
      finished_at: at,
    })
    .execute();
  await db
    .insertInto('set_logs')
    .values({
      id: randomUUID(),
      user_id: memberId,
      workout_id: id,
      exercise_id: 'squat',
      reps: 10,
      good_reps: null,
      level: 2,
      load: JSON.stringify({ kind: 'bodyweight' }),
      pain,
      faults: '[]',
      logged_at: at,
    })
    .execute();
  return id;
}

function alertsOf(db: Executor, memberId: string) {
  return db
    .selectFrom('coach_alerts')
    .select(['cause', 'severity', 'reason', 'resolved_at'])
    .where('member_id', '=', memberId)
    .orderBy('raised_at')
    .orderBy('cause')
    .execute();
}

/** The member's alerts once the job has raised any (up to 15 s), for tests that queue it and wait. */
async function firstAlertsOf(db: Executor, memberId: string) {
  const deadline = Date.now() + 15_000;
  let alerts = await alertsOf(db, memberId);
  while (alerts.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    alerts = await alertsOf(db, memberId);
  }
  return alerts;
}

describe('raiseAlertsFor', () => {
  let handle: DatabaseHandle;
  let coach: string;
  const now = new Date('2026-03-05T12:00:00Z');

  beforeAll(async () => {
    handle = await createTestDatabase();
    coach = await insertAccount(handle.db, { role: 'coach' });
  });
  afterAll(() => handle.close());

  it('run twice makes one alert', async () => {
    const member = await insertAccount(handle.db);
    await giveCoach(handle.db, { memberId: member, coachId: coach, at: now });
    const workoutId = await workoutWithPain(handle.db, member, '2026-03-03', 8);
    expect(await raiseAlertsFor(handle.db, member, now)).toBe(1);
    expect(await raiseAlertsFor(handle.db, member, now)).toBe(0);
    expect(await alertsOf(handle.db, member)).toEqual([
      {
        cause: `workout:${workoutId}:critical`,
        severity: 'critical',
        reason: 'Pain 8/10 during a squat set on Tue 3 Mar — the workout ended.',
        resolved_at: null,
      },
    ]);
  });

  it('a resolved cause stays resolved; the same thing again on another day is a new episode and a new alert', async () => {
    const member = await insertAccount(handle.db);
    await giveCoach(handle.db, { memberId: member, coachId: coach, at: now });
    await workoutWithPain(handle.db, member, '2026-03-02', 8);
    await raiseAlertsFor(handle.db, member, now);
    await handle.db
      .updateTable('coach_alerts')
      .set({ resolved_at: now, resolved_by: coach, resolution_note: 'Called: a heavy day moving house.' })
      .where('member_id', '=', member)
      .execute();
    expect(await raiseAlertsFor(handle.db, member, now)).toBe(0);

    const later = new Date('2026-03-06T12:00:00Z');
    await workoutWithPain(handle.db, member, '2026-03-06', 9);
    expect(await raiseAlertsFor(handle.db, member, later)).toBe(1);
    const alerts = await alertsOf(handle.db, member);
    expect(alerts.map((alert) => [alert.severity, alert.resolved_at === null])).toEqual([
      ['critical', false],
      ['critical', true],
    ]);
  });

  it('does nothing for a member without a coach, or who does not share with theirs', async () => {
    const alone = await insertAccount(handle.db);
    await workoutWithPain(handle.db, alone, '2026-03-04', 9);
    const notSharing = await insertAccount(handle.db);
    await giveCoach(handle.db, { memberId: notSharing, coachId: coach, at: now, sharing: false });
    await workoutWithPain(handle.db, notSharing, '2026-03-04', 9);
    expect(await raiseAlertsFor(handle.db, alone, now)).toBe(0);
    expect(await raiseAlertsFor(handle.db, notSharing, now)).toBe(0);
    expect(await alertsOf(handle.db, notSharing)).toEqual([]);
  });
});

describe('the raise-alerts job', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('queued twice for one member (a burst of writes) raises the alert once', async () => {
    const { db } = server.database;
    const member = await insertAccount(db);
    const coach = await insertAccount(db, { role: 'coach' });
    await giveCoach(db, { memberId: member, coachId: coach });
    await workoutWithPain(db, member, new Date().toISOString().slice(0, 10), 8);
    await server.jobs.alerts.soon(member);
    await server.jobs.alerts.soon(member);
    const alerts = await firstAlertsOf(db, member);
    expect(alerts.map((alert) => alert.severity)).toEqual(['critical']);
    const jobs = await server.jobs.boss.findJobs(RAISE_ALERTS, { data: { memberId: member } });
    expect(jobs.length).toBeLessThanOrEqual(1);
  }, 30_000);

  it('queues again for a change that comes once the queued raise may have started', async () => {
    const { db } = server.database;
    const member = await insertAccount(db);
    const coach = await insertAccount(db, { role: 'coach' });
    await giveCoach(db, { memberId: member, coachId: coach });
    await server.jobs.alerts.soon(member);
    await server.jobs.alerts.soon(member);
    const queued = () => server.jobs.boss.findJobs(RAISE_ALERTS, { data: { memberId: member } });
    expect(await queued()).toHaveLength(1);
    // Past the time a queued raise surely still waits, a severe-pain workout must be raised by a job of its own.
    await new Promise((resolve) => setTimeout(resolve, RAISE_DELAY_SECONDS * 1000));
    await workoutWithPain(db, member, new Date().toISOString().slice(0, 10), 8);
    await server.jobs.alerts.soon(member);
    const alerts = await firstAlertsOf(db, member);
    expect(alerts.map((alert) => alert.severity)).toEqual(['critical']);
  }, 30_000);

  it('runs after a member logs a set over HTTP: pain 8 raises a critical alert for their coach', async () => {
    const { db } = server.database;
    const today = new Date().toISOString().slice(0, 10);
    const { cookie, userId } = await signUp(server.app, { email: 'sets-a-set@example.org' });
    const coach = await insertAccount(db, { role: 'coach' });
    await giveCoach(db, { memberId: userId, coachId: coach });
    await startPlanFor(server.app, cookie, today);
    const workoutId = randomUUID();
    const started = await server.app.inject({
      method: 'POST',
      url: '/api/workouts',
      headers: { cookie },
      payload: { id: workoutId, date: today, painBefore: 2 },
    });
    const [first] = started.json().prescription as { exerciseId: string; level: number; load: object }[];
    const logged = await server.app.inject({
      method: 'PUT',
      url: `/api/workouts/${workoutId}/sets/${randomUUID()}`,
      headers: { cookie },
      payload: {
        exerciseId: first?.exerciseId,
        reps: 4,
        level: first?.level,
        load: first?.load,
        pain: 8,
        faults: [],
      },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const deadline = Date.now() + 15_000;
    let alerts = await alertsOf(db, userId);
    while (alerts.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      alerts = await alertsOf(db, userId);
    }
    expect(alerts.map((alert) => [alert.severity, alert.cause])).toEqual([
      ['critical', `workout:${workoutId}:critical`],
    ]);
    expect(alerts[0]?.reason).toMatch(
      /^Pain 8\/10 during a .+ set on .+ — the workout ended and the plan paused\.$/,
    );
  }, 30_000);

  it('runs when a member starts sharing with their coach: the coach hears about the last fortnight at once', async () => {
    const { db } = server.database;
    const { cookie, userId } = await signUp(server.app, { email: 'starts-sharing@example.org' });
    const coach = await insertAccount(db, { role: 'coach' });
    await giveCoach(db, { memberId: userId, coachId: coach, sharing: false });
    await workoutWithPain(db, userId, new Date().toISOString().slice(0, 10), 9);
    const shared = await server.app.inject({
      method: 'PUT',
      url: '/api/me/coach-sharing',
      headers: { cookie },
      payload: { version: COACH_SHARING_CONSENT.version },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const deadline = Date.now() + 15_000;
    let alerts = await alertsOf(db, userId);
    while (alerts.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      alerts = await alertsOf(db, userId);
    }
    expect(alerts.map((alert) => alert.severity)).toEqual(['critical']);
  }, 30_000);

  it('is scheduled daily; a sweep raises the causes time brings: a plan started 16 days ago and never trained', async () => {
    const { db } = server.database;
    const schedules = await server.jobs.boss.getSchedules();
    expect(schedules.map((schedule) => schedule.name)).toContain(SWEEP_ALERTS);
    const today = new Date().toISOString().slice(0, 10);
    const startedOn = addDays(today, -16);
    const { cookie, userId } = await signUp(server.app, { email: 'never-trained@example.org' });
    await startPlanFor(server.app, cookie, startedOn);
    const coach = await insertAccount(db, { role: 'coach' });
    await giveCoach(db, { memberId: userId, coachId: coach });
    await server.jobs.boss.send(SWEEP_ALERTS, {});
    const deadline = Date.now() + 20_000;
    let alerts = await alertsOf(db, userId);
    while (alerts.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      alerts = await alertsOf(db, userId);
    }
    expect(alerts.map((alert) => alert.cause).sort()).toEqual([
      `missed-training:since:${startedOn}`,
      `stalled:since:${startedOn}`,
    ]);
  }, 40_000);
});

it('reads "today" from the app’s clock, as the routes do', async () => {
  const clocked = await startTestServer({ clock: () => new Date('2026-03-05T12:00:00Z') });
  try {
    const { db } = clocked.database;
    const member = await insertAccount(db);
    const coach = await insertAccount(db, { role: 'coach' });
    await giveCoach(db, { memberId: member, coachId: coach });
    // Two days before the app's today, whatever the system's: inside the fortnight only by the app's clock.
    await workoutWithPain(db, member, '2026-03-03', 8);
    await clocked.jobs.alerts.soon(member);
    const alerts = await firstAlertsOf(db, member);
    expect(alerts.map((alert) => alert.severity)).toEqual(['critical']);
  } finally {
    await clocked.close();
  }
}, 30_000);
