import { describe, expect, it } from 'vitest';
import { defaultPreferences } from './kinds.ts';
import { type MemberTimeline, planWeek } from './plan-week.ts';

const at = (iso: string) => new Date(iso);

/** Three days a week at 08:30 in London, starting Monday 7 December 2026. */
const timeline: MemberTimeline = {
  preferences: { ...defaultPreferences('Europe/London'), reminderTime: '08:30' },
  planMadeAt: at('2026-12-01T10:00:00Z'),
  daysPerWeek: 3,
  workouts: [
    { on: '2026-12-07', finishedAt: at('2026-12-07T12:00:00Z') },
    { on: '2026-12-09', finishedAt: at('2026-12-09T12:00:00Z') },
  ],
  checkIns: [{ workoutOn: '2026-12-07', answeredAt: at('2026-12-08T09:10:00Z') }],
  pauses: [],
  events: [
    { candidate: { kind: 'coach-message', about: 'm1', dueAt: at('2026-12-08T22:15:00Z') }, handledAt: null },
    { candidate: { kind: 'safety', about: 's1', dueAt: at('2026-12-10T23:00:00Z') }, handledAt: null },
  ],
};

describe('a week of one member’s notifications', () => {
  it('lists what is sent with its local time; the late-night coach message waits for 08:00', () => {
    const week = planWeek(timeline, '2026-12-07');
    expect(week.sent.map((each) => `${each.localDate} ${each.localTime} ${each.cause}`)).toEqual([
      '2026-12-07 08:30 workout-reminder:2026-12-07',
      '2026-12-08 09:00 morning-check-in:2026-12-07',
      '2026-12-09 08:00 coach-message:m1',
      '2026-12-09 08:30 workout-reminder:2026-12-09',
      '2026-12-10 09:00 morning-check-in:2026-12-09',
      '2026-12-10 23:00 safety:s1',
      '2026-12-11 08:30 workout-reminder:2026-12-11',
    ]);
  });

  it('says why each other one was held: rest days, and the weekly cap of five reminders', () => {
    const week = planWeek(timeline, '2026-12-07');
    expect(week.held.map((each) => `${each.cause} ${each.reason}`)).toEqual([
      'workout-reminder:2026-12-08 not-training-day',
      'workout-reminder:2026-12-10 not-training-day',
      'workout-reminder:2026-12-12 weekly-cap',
      'workout-reminder:2026-12-13 weekly-cap',
    ]);
  });

  it('sends no workout reminder from a pause until the member resumes', () => {
    const paused = {
      ...timeline,
      pauses: [{ from: at('2026-12-10T12:00:00Z'), to: at('2026-12-12T12:00:00Z') }],
    };
    const reminders = planWeek(paused, '2026-12-07')
      .sent.filter((each) => each.kind === 'workout-reminder')
      .map((each) => each.localDate);
    expect(reminders).toEqual(['2026-12-07', '2026-12-09', '2026-12-13']);
  });

  it('sends no reminder for a time that had passed when the member made their plan', () => {
    const madeThatEvening = { ...timeline, planMadeAt: at('2026-12-07T18:40:00Z') };
    const week = planWeek(madeThatEvening, '2026-12-07');
    const reminders = week.sent.filter((each) => each.kind === 'workout-reminder');
    expect(reminders.map((each) => each.localDate)).toEqual(['2026-12-09', '2026-12-11', '2026-12-12']);
    expect(week.held.map((each) => each.cause)).not.toContain('workout-reminder:2026-12-07');
  });

  it('still reminds on the day the plan was made when its time is still to come', () => {
    const madeThatMorning = { ...timeline, planMadeAt: at('2026-12-07T07:15:00Z') };
    const reminders = planWeek(madeThatMorning, '2026-12-07').sent.filter(
      (each) => each.kind === 'workout-reminder',
    );
    expect(reminders[0]?.localDate).toBe('2026-12-07');
  });
});
