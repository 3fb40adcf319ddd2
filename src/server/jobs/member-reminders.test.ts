import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReminder, localTimeIn, type NotificationKind } from '../../core/notifications/index.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { createLogger } from '../log.ts';
import { createMailer } from '../mail/mailer.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';
import { doWorkoutFor, startPlanFor } from '../testing/training-fixtures.ts';
import { startJobs } from './jobs.ts';
import {
  IN_APP_ONLY,
  MEMBER_REMINDERS,
  type MemberRemindersData,
  REMINDERS_SWEEP_CRON,
  type ReminderDeps,
  runMemberReminders,
  SWEEP_REMINDERS,
  scheduleWake,
  sweepMemberReminders,
} from './member-reminders.ts';
import { raiseAlertsFor } from './raise-alerts.ts';

/**
 * Every instant is in 2027, months after the real clock, so the Wakes these tests schedule never fire on
 * their own: each test runs them itself at the instant they are for, with the app's clock set there.
 */
let server: TestServer;
let now = new Date('2027-06-07T06:00:00Z');
const setNow = (instant: string | Date) => {
  now = new Date(instant);
};
let deps: ReminderDeps;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  deps = {
    db: server.database.db,
    boss: server.jobs.boss,
    delivery: IN_APP_ONLY,
    clinicTimeZone: 'Europe/London',
    disability: 'oswestry',
  };
});
afterAll(async () => {
  await server?.close();
});

interface Member {
  id: string;
  cookie: string;
}

async function post(cookie: string, url: string, payload: object) {
  const response = await server.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
}

/** A member training three days a week from `planOn`, with their own notification settings. */
async function memberWith(settings: { timeZone: string; reminderTime?: string; planOn: string }) {
  const email = `reminders-${randomUUID()}@example.org`;
  const { cookie, userId } = await signUp(server.app, { email, name: 'Robin Reminder' });
  await post(cookie, '/api/red-flag-screens', {
    id: randomUUID(),
    answers: noRedFlags(),
    context: 'onboarding',
  });
  await startPlanFor(server.app, cookie, settings.planOn, { daysPerWeek: 3 });
  const saved = await server.app.inject({
    method: 'PUT',
    url: '/api/me/notification-settings',
    headers: { cookie },
    payload: {
      timeZone: settings.timeZone,
      reminderTime: settings.reminderTime ?? '18:00',
      quietHours: { start: '21:00', end: '08:00' },
      weeklyCap: 5,
      off: ['publication'],
      byEmail: false,
    },
  });
  if (saved.statusCode !== 200) throw new Error(`settings: ${saved.statusCode} ${saved.body}`);
  return { id: userId, cookie } satisfies Member;
}

/** The instant the member's waiting Wake is for; null when none waits. */
async function wakeOf(memberId: string): Promise<string | null> {
  const jobs = await server.jobs.boss.findJobs<MemberRemindersData>(MEMBER_REMINDERS, {
    key: memberId,
    queued: true,
  });
  expect(jobs.length).toBeLessThanOrEqual(1);
  return jobs[0]?.data.wakeAt ?? null;
}

/** Runs the member's Wake at the instant it is for, as the worker would, and returns the next one. */
async function runWake(memberId: string): Promise<string | null> {
  const wake = await wakeOf(memberId);
  if (!wake) throw new Error('no Wake is waiting');
  setNow(wake);
  await runMemberReminders(deps, memberId, now);
  return wakeOf(memberId);
}

function sentTo(userId: string) {
  return server.database.db
    .selectFrom('notifications')
    .select(['kind', 'cause', 'sent_at', 'title', 'body', 'path'])
    .where('user_id', '=', userId)
    .orderBy('sent_at')
    .orderBy('cause')
    .execute();
}

const causesOf = async (userId: string) => (await sentTo(userId)).map((row) => row.cause);

describe('a member’s Wake', () => {
  it('reminds once at their time on a training day, and not once the day’s workout is done', async () => {
    setNow('2027-06-07T06:00:00Z');
    const member = await memberWith({ timeZone: 'Europe/London', planOn: '2027-06-07' });
    expect(await wakeOf(member.id)).toBe('2027-06-07T17:00:00.000Z');
    await runWake(member.id);
    expect(await sentTo(member.id)).toEqual([
      expect.objectContaining({
        kind: 'workout-reminder',
        cause: 'workout-reminder:2027-06-07',
        title: 'Time for today’s workout',
        path: '/today',
      }),
    ]);

    // Run twice (a retried job, a second instance): sent once.
    await runMemberReminders(deps, member.id, now);
    expect(await causesOf(member.id)).toEqual(['workout-reminder:2027-06-07']);

    setNow('2027-06-08T10:00:00Z');
    await doWorkoutFor(server.app, member.cookie, '2027-06-08');
    // Finishing the workout woke the member at once (the first check-up has been due since the morning),
    // as the worker does when a Wake is due now; then the Wake is the next morning's check-in, 09:00.
    await runMemberReminders(deps, member.id, now);
    expect(await causesOf(member.id)).toContainEqual(expect.stringMatching(/^check-up-due:/));
    expect(await wakeOf(member.id)).toBe('2027-06-09T08:00:00.000Z');
    setNow('2027-06-08T17:00:00Z');
    await runMemberReminders(deps, member.id, now);
    expect(await causesOf(member.id)).not.toContain('workout-reminder:2027-06-08');
    await runWake(member.id);
    const sent = await sentTo(member.id);
    expect(sent.at(-1)).toMatchObject({ kind: 'morning-check-in', cause: 'morning-check-in:2027-06-08' });
    expect(sent.at(-1)?.body).toMatch(/^How is your back this morning, after Tuesday’s workout\?/);
  }, 60_000);

  it('holds a reminder due in quiet hours; at their end only the latest of each kind arrives', async () => {
    setNow('2027-06-14T06:00:00Z');
    const member = await memberWith({
      timeZone: 'Europe/London',
      reminderTime: '22:00',
      planOn: '2027-06-14',
    });
    // The reminder falls in quiet hours (from 21:00), so the Wake is for their end, 08:00.
    expect(await wakeOf(member.id)).toBe('2027-06-15T07:00:00.000Z');
    const coach = await signUp(server.app, { email: `coach-${randomUUID()}@example.org`, name: 'Sam' });
    await server.database.db
      .updateTable('users')
      .set({ role: 'coach' })
      .where('id', '=', coach.userId)
      .execute();
    await giveCoach(server.database.db, { memberId: member.id, coachId: coach.userId, at: now });

    // A run at 22:00 in London (a sweep, a retry) holds the reminder; the Wake stays at 08:00.
    setNow('2027-06-14T21:00:00Z');
    await runMemberReminders(deps, member.id, now);
    expect(await wakeOf(member.id)).toBe('2027-06-15T07:00:00.000Z');
    expect(await sentTo(member.id)).toEqual([]);

    // Two messages from the coach at night wait for 08:00 too.
    for (const [at, body] of [
      ['2027-06-14T22:30:00Z', 'Lovely work this week.'],
      ['2027-06-14T23:00:00Z', 'Shall we try the longer walk?'],
    ] as const) {
      setNow(at);
      const written = await server.app.inject({
        method: 'POST',
        url: `/api/coach/members/${member.id}/messages`,
        headers: { cookie: coach.cookie },
        payload: { id: randomUUID(), body },
      });
      expect(written.statusCode, written.body).toBe(201);
      expect(await wakeOf(member.id)).toBe('2027-06-15T07:00:00.000Z');
    }
    expect(await sentTo(member.id)).toEqual([]);

    await runWake(member.id);
    const sent = await sentTo(member.id);
    // The reminder's day is over by morning, and one message notification stands for both.
    const messages = sent.filter((row) => row.kind === 'coach-message');
    expect(sent.filter((row) => row.kind === 'workout-reminder')).toEqual([]);
    expect(messages.map((row) => localTimeIn(new Date(row.sent_at), 'Europe/London'))).toEqual(['08:00']);
    expect(messages[0]).toMatchObject({ title: 'Your coach wrote to you', path: '/messages' });
    expect(messages[0]?.body).not.toContain('longer walk');
  }, 60_000);

  it('tells a member without a plan yet of their coach’s message', async () => {
    setNow('2027-06-16T10:00:00Z');
    const member = await signUp(server.app, { email: `no-plan-${randomUUID()}@example.org` });
    const coach = await signUp(server.app, { email: `coach-${randomUUID()}@example.org`, name: 'Sam' });
    await server.database.db
      .updateTable('users')
      .set({ role: 'coach' })
      .where('id', '=', coach.userId)
      .execute();
    await giveCoach(server.database.db, { memberId: member.userId, coachId: coach.userId, at: now });
    const written = await server.app.inject({
      method: 'POST',
      url: `/api/coach/members/${member.userId}/messages`,
      headers: { cookie: coach.cookie },
      payload: { id: randomUUID(), body: 'Welcome! Start your plan when you are ready.' },
    });
    expect(written.statusCode, written.body).toBe(201);
    await runMemberReminders(deps, member.userId, now);
    expect((await sentTo(member.userId)).map((row) => row.kind)).toEqual(['coach-message']);
  }, 60_000);

  it('sends no “time to train” during a safety hold', async () => {
    setNow('2027-06-21T06:00:00Z');
    const member = await memberWith({ timeZone: 'Europe/London', planOn: '2027-06-21' });
    setNow('2027-06-21T10:00:00Z');
    const flagged = { ...noRedFlags(), 'bladder-bowel': true };
    await post(member.cookie, '/api/red-flag-screens', {
      id: randomUUID(),
      answers: flagged,
      context: 'symptoms',
    });
    setNow('2027-06-21T17:00:00Z');
    await runMemberReminders(deps, member.id, now);
    setNow('2027-06-22T17:00:00Z');
    await runMemberReminders(deps, member.id, now);
    expect((await sentTo(member.id)).filter((row) => row.kind === 'workout-reminder')).toEqual([]);
    expect(await wakeOf(member.id)).toBeNull();
  }, 60_000);

  it('keeps the weekly cap over a week of Wakes', async () => {
    setNow('2027-07-05T06:00:00Z');
    // No workout is ever done, so every day is a training day with a reminder due: seven in the week.
    const member = await memberWith({ timeZone: 'Europe/London', planOn: '2027-07-05' });
    const end = new Date('2027-07-12T00:00:00Z').getTime();
    for (let runs = 0; runs < 30; runs += 1) {
      const wake = await wakeOf(member.id);
      if (!wake || new Date(wake).getTime() >= end) break;
      await runWake(member.id);
      // The member opens each one, so the ignored-reminders rule never thins them: only the cap does.
      await server.database.db
        .updateTable('notifications')
        .set({ read_at: now })
        .where('user_id', '=', member.id)
        .where('read_at', 'is', null)
        .execute();
    }
    // Seven workout reminders fell due; with the first week's check-up, the cap of five keeps the rest.
    const reminders = (await sentTo(member.id)).filter((row) => isReminder(row.kind as NotificationKind));
    expect(reminders).toHaveLength(5);
    expect(reminders.map((row) => row.cause)).toContain('workout-reminder:2027-07-05');
    expect(reminders.map((row) => row.cause)).not.toContain('workout-reminder:2027-07-11');
  }, 120_000);
});

describe('a Wake across daylight-saving changes', () => {
  const cases = [
    {
      zone: 'Europe/London',
      planOn: '2027-10-29',
      first: '2027-10-30T17:00:00Z',
      next: '2027-10-31T18:00:00.000Z',
    },
    {
      zone: 'Europe/London',
      planOn: '2027-03-26',
      first: '2027-03-27T18:00:00Z',
      next: '2027-03-28T17:00:00.000Z',
    },
    {
      zone: 'America/New_York',
      planOn: '2027-11-05',
      first: '2027-11-06T22:00:00Z',
      next: '2027-11-07T23:00:00.000Z',
    },
    {
      zone: 'America/New_York',
      planOn: '2027-03-12',
      first: '2027-03-13T23:00:00Z',
      next: '2027-03-14T22:00:00.000Z',
    },
  ];
  for (const { zone, planOn, first, next } of cases) {
    it(`comes at 18:00 in ${zone} on both sides of the change after ${first.slice(0, 10)}`, async () => {
      setNow(`${planOn}T12:00:00Z`);
      const member = await memberWith({ timeZone: zone, planOn });
      setNow(first);
      await runMemberReminders(deps, member.id, now);
      expect(await wakeOf(member.id)).toBe(next);
      await runWake(member.id);
      const last = (await sentTo(member.id)).at(-1);
      expect(last?.cause).toBe(`workout-reminder:${next.slice(0, 10)}`);
      expect(localTimeIn(new Date(last?.sent_at as Date), zone)).toBe('18:00');
    }, 60_000);
  }
});

describe('a critical alert', () => {
  it('notifies the member’s coach once, through their quiet hours', async () => {
    setNow('2027-09-06T06:00:00Z');
    const member = await memberWith({ timeZone: 'Europe/London', planOn: '2027-09-06' });
    const coach = await signUp(server.app, { email: `coach-${randomUUID()}@example.org`, name: 'Sam' });
    const { db } = server.database;
    await db.updateTable('users').set({ role: 'coach' }).where('id', '=', coach.userId).execute();
    await giveCoach(db, { memberId: member.id, coachId: coach.userId, at: now });
    setNow('2027-09-06T22:00:00Z');
    const workoutId = randomUUID();
    await db
      .insertInto('workouts')
      .values({
        id: workoutId,
        user_id: member.id,
        date: '2027-09-06',
        status: 'finished',
        pain_before: 2,
        prescription: '[]',
        effort: null,
        new_symptoms: false,
        started_at: now,
        finished_at: now,
      })
      .execute();
    await db
      .insertInto('set_logs')
      .values({
        id: randomUUID(),
        user_id: member.id,
        workout_id: workoutId,
        exercise_id: 'squat',
        reps: 10,
        good_reps: null,
        level: 2,
        load: JSON.stringify({ kind: 'bodyweight' }),
        pain: 8,
        faults: '[]',
        logged_at: now,
      })
      .execute();
    setNow('2027-09-06T22:05:00Z');
    const notifications = {
      delivery: IN_APP_ONLY,
      clinicTimeZone: 'Europe/London',
      disability: 'oswestry',
    } as const;
    expect(await raiseAlertsFor(db, member.id, now, notifications)).toBe(1);
    expect(await raiseAlertsFor(db, member.id, now, notifications)).toBe(0);
    const sent = await sentTo(coach.userId);
    expect(sent).toEqual([
      expect.objectContaining({
        kind: 'critical-alert',
        title: 'A member may need you today',
        path: '/coach/alerts',
      }),
    ]);
    expect(sent[0]?.body).toMatch(/^Robin Reminder: Pain 8\/10 during a squat set/);
    expect(await sentTo(member.id)).toEqual([]);
  }, 60_000);
});

describe('the daily sweep', () => {
  it('is scheduled, and gives back a Wake that was lost', async () => {
    setNow('2027-08-09T06:00:00Z');
    const member = await memberWith({ timeZone: 'Europe/London', planOn: '2027-08-09' });
    await scheduleWake(deps, member.id, null, now);
    expect(await wakeOf(member.id)).toBeNull();
    await sweepMemberReminders(deps, () => now);
    expect(await wakeOf(member.id)).toBe('2027-08-09T17:00:00.000Z');
    const schedules = await server.jobs.boss.getSchedules();
    expect(schedules).toContainEqual(
      expect.objectContaining({ name: SWEEP_REMINDERS, cron: REMINDERS_SWEEP_CRON, timezone: 'UTC' }),
    );
  }, 60_000);
});

describe('a Wake and a restart', () => {
  it('is still waiting, for the same instant, after the jobs stop and start again', async () => {
    setNow('2027-08-02T06:00:00Z');
    const member = await memberWith({ timeZone: 'Europe/London', planOn: '2027-08-02' });
    expect(await wakeOf(member.id)).toBe('2027-08-02T17:00:00.000Z');
    await server.jobs.stop();
    const again = await startJobs({
      database: server.database,
      mailer: createMailer({
        smtpUrl: undefined,
        from: 'x@example.org',
        outboxDir: server.dataDir,
        logger: { info() {} },
      }),
      logger: createLogger('silent'),
      clock: () => now,
      publicUrl: TEST_PUBLIC_URL,
      timing: { pollingIntervalSeconds: 0.5 },
      notifications: {
        push: undefined,
        delivery: IN_APP_ONLY,
        clinicTimeZone: 'Europe/London',
        disability: 'oswestry',
      },
    });
    try {
      const jobs = await again.boss.findJobs<MemberRemindersData>(MEMBER_REMINDERS, {
        key: member.id,
        queued: true,
      });
      expect(jobs.map((job) => job.data.wakeAt)).toEqual(['2027-08-02T17:00:00.000Z']);
      setNow('2027-08-02T17:00:00Z');
      await runMemberReminders({ ...deps, boss: again.boss }, member.id, now);
      expect(await causesOf(member.id)).toEqual(['workout-reminder:2027-08-02']);
    } finally {
      await again.stop();
    }
  }, 60_000);
});
