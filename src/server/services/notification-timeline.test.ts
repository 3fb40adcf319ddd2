import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationWeekReport } from '../../cli/notifications-week-report.ts';
import { defaultPreferences, planWeek } from '../../core/notifications/index.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { doWorkoutFor, startPlanFor } from '../testing/training-fixtures.ts';
import { loadNotificationTimeline, type NotificationTimeline } from './notification-timeline.ts';

/**
 * A member training three days a week from Monday 2 March 2026 (London, still GMT): workouts on Monday
 * at 07:00 and Wednesday at 19:00 (after that day's 18:00 reminder), morning check-ins answered after
 * both, then a safety hold from Thursday 10:00 until a doctor clears them on Saturday 12:00.
 */
const EMAIL = 'week-timeline@example.org';
const TIME_ZONE = 'Europe/London';
let server: TestServer;
let now = new Date('2026-03-02T06:00:00Z');
const setNow = (moment: string) => {
  now = new Date(moment);
};
let memberId: string;
let loaded: NotificationTimeline;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const member = await signUp(server.app, { email: EMAIL, name: 'Wren Week' });
  memberId = member.userId;
  const { cookie } = member;
  const post = async (url: string, payload: object) => {
    const response = await server.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  };
  await post('/api/red-flag-screens', { id: randomUUID(), answers: noRedFlags(), context: 'onboarding' });
  await startPlanFor(server.app, cookie, '2026-03-02', { daysPerWeek: 3 });
  setNow('2026-03-02T07:00:00Z');
  await doWorkoutFor(server.app, cookie, '2026-03-02');
  setNow('2026-03-03T12:30:00Z');
  await post('/api/check-ins', { id: randomUUID(), workoutOn: '2026-03-02', pain: 2 });
  setNow('2026-03-04T19:00:00Z');
  await doWorkoutFor(server.app, cookie, '2026-03-04');
  setNow('2026-03-05T09:30:00Z');
  await post('/api/check-ins', { id: randomUUID(), workoutOn: '2026-03-04', pain: 2 });
  setNow('2026-03-05T10:00:00Z');
  const flagged = { ...noRedFlags(), 'bladder-bowel': true };
  await post('/api/red-flag-screens', { id: randomUUID(), answers: flagged, context: 'symptoms' });
  setNow('2026-03-07T12:00:00Z');
  const cleared = await server.app.inject({
    method: 'POST',
    url: '/api/safety-hold/clearance',
    headers: { cookie },
    payload: { id: randomUUID(), assessedOn: '2026-03-07' },
  });
  if (cleared.statusCode !== 201) throw new Error(`clearance: ${cleared.statusCode} ${cleared.body}`);
  setNow('2026-03-10T12:00:00Z');
  const timeline = await loadNotificationTimeline(server.database.db, memberId, {
    firstDay: '2026-03-02',
    dayCount: 7,
    preferences: defaultPreferences(TIME_ZONE),
    disability: 'oswestry',
  });
  if (!timeline) throw new Error('the member has a plan');
  loaded = timeline;
});

afterAll(async () => {
  await server?.close();
});

describe('a member’s notification timeline, read from the database', () => {
  it('has the plan’s days, the workouts with their finish times and the answered check-ins', () => {
    expect(loaded.planStartedOn).toBe('2026-03-02');
    expect(loaded.timeline.daysPerWeek).toBe(3);
    expect(loaded.timeline.workouts).toEqual([
      { on: '2026-03-02', finishedAt: new Date('2026-03-02T07:00:00Z') },
      { on: '2026-03-04', finishedAt: new Date('2026-03-04T19:00:00Z') },
    ]);
    expect(loaded.timeline.checkIns).toEqual([
      { workoutOn: '2026-03-02', answeredAt: new Date('2026-03-03T12:30:00Z') },
      { workoutOn: '2026-03-04', answeredAt: new Date('2026-03-05T09:30:00Z') },
    ]);
  });

  it('has the safety hold from the flagged screen to the clearance', () => {
    expect(loaded.timeline.pauses).toContainEqual({
      from: new Date('2026-03-05T10:00:00Z'),
      to: new Date('2026-03-07T12:00:00Z'),
    });
  });

  it('has the first-week check-ups that became due in the week', () => {
    const causes = loaded.timeline.events.map((event) => `${event.candidate.kind}:${event.candidate.about}`);
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.every((cause) => cause.startsWith('check-up-due:'))).toBe(true);
  });
});

describe('the week the rules make of it', () => {
  const sentCauses = () => planWeek(loaded.timeline, '2026-03-02').sent.map((each) => each.cause);

  it('reminds on a training day whose workout is not done by the reminder time, and no later', () => {
    expect(sentCauses()).toContain('workout-reminder:2026-03-04');
    expect(sentCauses()).not.toContain('workout-reminder:2026-03-02');
    expect(sentCauses()).not.toContain('workout-reminder:2026-03-03');
  });

  it('sends nothing about training during the hold', () => {
    const { held } = planWeek(loaded.timeline, '2026-03-02');
    expect(held).toContainEqual(
      expect.objectContaining({ cause: 'workout-reminder:2026-03-06', reason: 'paused' }),
    );
    expect(sentCauses()).not.toContain('workout-reminder:2026-03-06');
  });

  it('sends a morning check-in the day after each workout', () => {
    expect(sentCauses()).toContain('morning-check-in:2026-03-02');
    expect(sentCauses()).toContain('morning-check-in:2026-03-04');
  });
});

describe('the printed week', () => {
  it('lists each sent notification with its day, time, kind, cause and sentence, then the held ones', async () => {
    const report = await notificationWeekReport(server.database.db, {
      email: EMAIL,
      firstDay: '2026-03-02',
      now,
      clinicTimeZone: TIME_ZONE,
      disability: 'oswestry',
    });
    if ('refusal' in report) throw new Error(report.refusal);
    const text = report.lines.join('\n');
    expect(report.lines[0]).toBe(`Notifications of Wren Week <${EMAIL}>`);
    expect(report.lines[1]).toBe('Mon 2026-03-02 to Sun 2026-03-08, in Europe/London');
    expect(text).toContain('Default preferences');
    expect(text).toMatch(
      /Wed 2026-03-04 +18:00 +workout reminder +workout-reminder:2026-03-04 +Today is a training day/,
    );
    expect(text).toMatch(
      /Tue 2026-03-03 +09:00 +morning check-in +morning-check-in:2026-03-02 +How is your back/,
    );
    expect(text).not.toMatch(/ +workout reminder +workout-reminder:2026-03-03/);
    expect(text).toMatch(/workout-reminder:2026-03-06 +The plan is paused or on a safety hold/);
  });

  it('refuses an email nobody has', async () => {
    const report = await notificationWeekReport(server.database.db, {
      email: 'nobody@example.org',
      now,
      clinicTimeZone: TIME_ZONE,
      disability: 'oswestry',
    });
    expect(report).toEqual({ refusal: 'No account has the email nobody@example.org.' });
  });
});
