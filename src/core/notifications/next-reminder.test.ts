import { describe, expect, it } from 'vitest';
import { defaultPreferences, type MemberNow } from './kinds.ts';
import { localTimeIn } from './local-time.ts';
import { nextReminderAt } from './next-reminder.ts';

/** With no workout yet every day is a training day, so each day of a clock change gets a reminder. */
function member(timeZone: string, reminderTime: string, overrides: Partial<MemberNow> = {}) {
  return {
    preferences: { ...defaultPreferences(timeZone), reminderTime },
    daysPerWeek: 3,
    workoutDates: [] as string[],
    isPaused: false,
    ...overrides,
  };
}

const next = (who: ReturnType<typeof member>, from: string) =>
  nextReminderAt(who, new Date(from))?.toISOString();

describe('the next workout reminder in the member’s time zone', () => {
  it('is 08:30 in London on both sides of the spring change (29 March 2026)', () => {
    const london = member('Europe/London', '08:30');
    expect(next(london, '2026-03-28T00:00:00Z')).toBe('2026-03-28T08:30:00.000Z');
    expect(next(london, '2026-03-29T00:00:00Z')).toBe('2026-03-29T07:30:00.000Z');
  });

  it('is 08:30 in London on both sides of the autumn change (25 October 2026)', () => {
    const london = member('Europe/London', '08:30');
    expect(next(london, '2026-10-24T00:00:00Z')).toBe('2026-10-24T07:30:00.000Z');
    expect(next(london, '2026-10-25T00:00:00Z')).toBe('2026-10-25T08:30:00.000Z');
  });

  it('is 08:30 in New York on both sides of the spring (8 March) and autumn (1 November) changes', () => {
    const newYork = member('America/New_York', '08:30');
    expect(next(newYork, '2026-03-07T05:00:00Z')).toBe('2026-03-07T13:30:00.000Z');
    expect(next(newYork, '2026-03-08T05:00:00Z')).toBe('2026-03-08T12:30:00.000Z');
    expect(next(newYork, '2026-10-31T04:00:00Z')).toBe('2026-10-31T12:30:00.000Z');
    expect(next(newYork, '2026-11-01T04:00:00Z')).toBe('2026-11-01T13:30:00.000Z');
    for (const from of ['2026-03-07T05:00:00Z', '2026-03-08T05:00:00Z', '2026-11-01T04:00:00Z']) {
      expect(localTimeIn(nextReminderAt(newYork, new Date(from)) as Date, 'America/New_York')).toBe('08:30');
    }
  });

  it('moves 02:30, which New York skips on 8 March 2026, an hour later to 03:30', () => {
    const newYork = member('America/New_York', '02:30');
    const due = nextReminderAt(newYork, new Date('2026-03-08T05:00:00Z')) as Date;
    expect(due.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(localTimeIn(due, 'America/New_York')).toBe('03:30');
  });

  it('keeps 02:30 in London on 29 March (its gap is 01:00–02:00) and moves 01:30 to 02:30', () => {
    expect(next(member('Europe/London', '02:30'), '2026-03-29T00:00:00Z')).toBe('2026-03-29T01:30:00.000Z');
    expect(next(member('Europe/London', '01:30'), '2026-03-29T00:00:00Z')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('sends a time the clocks repeat in autumn at its first occurrence, once', () => {
    const london = member('Europe/London', '01:30');
    expect(next(london, '2026-10-25T00:00:00Z')).toBe('2026-10-25T00:30:00.000Z');
    // Past the first 01:30, the second one the same night is not a second reminder: the next is tomorrow's.
    expect(next(london, '2026-10-25T00:31:00Z')).toBe('2026-10-26T01:30:00.000Z');
  });

  it('skips today once today’s time has passed or the workout is done, and rest days', () => {
    const london = member('Europe/London', '18:00', { workoutDates: ['2026-12-04'] });
    expect(next(london, '2026-12-04T10:00:00Z')).toBe('2026-12-06T18:00:00.000Z');
    expect(next(london, '2026-12-06T18:00:01Z')).toBe('2026-12-07T18:00:00.000Z');
  });

  it('has none while the plan is paused', () => {
    expect(
      nextReminderAt(member('Europe/London', '18:00', { isPaused: true }), new Date('2026-12-07T10:00:00Z')),
    ).toBeNull();
  });
});
