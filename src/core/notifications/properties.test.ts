/**
 * The rules played over generated members and weeks: whatever the plan, the workouts done, the pauses,
 * the quiet hours, the time zone and the notifications that come due, what is sent never breaks a rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import { instantOfLocalTime } from '../publication/release-schedule.ts';
import { type Candidate, isReminder, NOTIFICATION_KINDS } from './kinds.ts';
import { isInQuietHours } from './local-time.ts';
import { type MemberTimeline, type PlannedNotification, planDays } from './plan-week.ts';

const TIME_ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'UTC',
];
const DAYS = 21;
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

/** Instants within the generated days, by hours after the first local midnight. */
const hoursIn = fc.integer({ min: 0, max: DAYS * 24 - 1 });

const timelineArbitrary = fc
  .record({
    // 2025–2027: many weeks cross a daylight-saving change in the zones that have one.
    firstDay: fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays('2025-01-01', offset)),
    timeZone: fc.constantFrom(...TIME_ZONES),
    daysPerWeek: fc.integer({ min: 2, max: 4 }),
    reminderTime: clockTime,
    quietHours: fc.record({ start: clockTime, end: clockTime }),
    weeklyCap: fc.integer({ min: 1, max: 7 }),
    off: fc.subarray([...NOTIFICATION_KINDS], { maxLength: 2 }),
    workoutDays: fc.array(fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 6, max: 22 })), {
      maxLength: 12,
    }),
    answerHours: fc.array(fc.option(fc.integer({ min: 1, max: 30 })), { minLength: 12, maxLength: 12 }),
    pauses: fc.array(fc.tuple(hoursIn, fc.option(fc.integer({ min: 1, max: 7 * 24 }))), { maxLength: 2 }),
    events: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'check-up-due',
          'publication',
          'coach-message',
          'safety',
          'critical-alert' as const,
        ),
        about: fc.constantFrom('a', 'b', 'c', 'd'),
        dueHour: hoursIn,
        handledAfter: fc.option(fc.integer({ min: 0, max: 48 })),
      }),
      { maxLength: 15 },
    ),
  })
  .map((drawn): { firstDay: string; timeline: MemberTimeline } => {
    const { timeZone, firstDay } = drawn;
    const start = instantOfLocalTime(firstDay, '00:00', timeZone).getTime();
    const instant = (hours: number) => new Date(start + hours * HOUR);
    const byDay = new Map(drawn.workoutDays.map(([day, hour]) => [day, hour]));
    const workouts = [...byDay.entries()].map(([day, hour]) => {
      const on = addDays(firstDay, day);
      return { on, finishedAt: instantOfLocalTime(on, `${String(hour).padStart(2, '0')}:00`, timeZone) };
    });
    const checkIns = workouts.flatMap((workout, index) => {
      const after = drawn.answerHours[index];
      return after
        ? [{ workoutOn: workout.on, answeredAt: new Date(workout.finishedAt.getTime() + after * HOUR) }]
        : [];
    });
    const events = drawn.events.map((event) => {
      const candidate: Candidate = { kind: event.kind, about: event.about, dueAt: instant(event.dueHour) };
      const handledAt =
        event.handledAfter === null ? null : new Date(candidate.dueAt.getTime() + event.handledAfter * HOUR);
      return { candidate, handledAt };
    });
    const timeline: MemberTimeline = {
      preferences: {
        timeZone,
        reminderTime: drawn.reminderTime,
        quietHours: drawn.quietHours,
        weeklyCap: drawn.weeklyCap,
        off: drawn.off,
      },
      planMadeAt: new Date(0),
      daysPerWeek: drawn.daysPerWeek,
      workouts,
      checkIns,
      pauses: drawn.pauses.map(([from, length]) => ({
        from: instant(from),
        to: length === null ? null : instant(from + length),
      })),
      events,
    };
    return { firstDay, timeline };
  });

const RUNS = { numRuns: 150 };

function played(firstDay: string, timeline: MemberTimeline): PlannedNotification[] {
  return planDays(timeline, firstDay, DAYS).sent;
}

describe('over three generated weeks of a member', () => {
  it('nothing but safety messages and critical alerts is sent in quiet hours', () => {
    fc.assert(
      fc.property(timelineArbitrary, ({ firstDay, timeline }) => {
        const { quietHours, timeZone } = timeline.preferences;
        for (const each of played(firstDay, timeline)) {
          // Written out, not read from the rules, so a change to the rules cannot weaken the test.
          if (each.kind === 'safety' || each.kind === 'critical-alert') continue;
          expect(isInQuietHours(each.at, quietHours, timeZone), `${each.cause} at ${each.localTime}`).toBe(
            false,
          );
        }
      }),
      RUNS,
    );
  });

  it('no rolling seven days holds more reminders than the weekly cap', () => {
    fc.assert(
      fc.property(timelineArbitrary, ({ firstDay, timeline }) => {
        const reminders = played(firstDay, timeline).filter((each) => isReminder(each.kind));
        for (const each of reminders) {
          const inWeek = reminders.filter(
            (other) =>
              other.at.getTime() <= each.at.getTime() && other.at.getTime() > each.at.getTime() - WEEK,
          );
          expect(inWeek.length).toBeLessThanOrEqual(timeline.preferences.weeklyCap);
        }
      }),
      RUNS,
    );
  });

  it('no workout reminder comes once its workout is done, after its day, or during a pause', () => {
    fc.assert(
      fc.property(timelineArbitrary, ({ firstDay, timeline }) => {
        for (const each of played(firstDay, timeline)) {
          if (each.kind !== 'workout-reminder') continue;
          const day = each.cause.slice('workout-reminder:'.length);
          const done = timeline.workouts.some(
            (workout) => workout.on === day && workout.finishedAt.getTime() <= each.at.getTime(),
          );
          expect(done).toBe(false);
          expect(each.localDate).toBe(day);
          const paused = timeline.pauses.some(
            (pause) =>
              pause.from.getTime() <= each.at.getTime() &&
              (pause.to === null || each.at.getTime() < pause.to.getTime()),
          );
          expect(paused).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('no cause is sent twice, and no kind the member turned off is sent at all (safety cannot be)', () => {
    fc.assert(
      fc.property(timelineArbitrary, ({ firstDay, timeline }) => {
        const sent = played(firstDay, timeline);
        expect(new Set(sent.map((each) => each.cause)).size).toBe(sent.length);
        // Spelled out here, not read from the rules under test: safety and critical alerts are never off.
        const mayBeOff = (kind: string) => kind !== 'safety' && kind !== 'critical-alert';
        for (const each of sent.filter((one) => mayBeOff(one.kind))) {
          expect(timeline.preferences.off).not.toContain(each.kind);
        }
      }),
      RUNS,
    );
  });

  it('a second three weeks that starts from the first’s history sends none of its causes again', () => {
    fc.assert(
      fc.property(timelineArbitrary, ({ firstDay, timeline }) => {
        const first = planDays(timeline, firstDay, DAYS);
        const earlier = first.sent.map((each) => ({
          kind: each.kind,
          cause: each.cause,
          sentAt: each.at,
          engagedAt: null,
        }));
        const again = planDays(timeline, firstDay, DAYS, earlier);
        expect(again.sent.filter((each) => first.sent.some((other) => other.cause === each.cause))).toEqual(
          [],
        );
      }),
      { numRuns: 50 },
    );
  });
});
