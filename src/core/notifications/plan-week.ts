/**
 * A member's notifications over some days, as they would be sent: the rules played forward over what the
 * member does (workouts, check-ins, pauses) and what happens to them (check-ups due, episodes, messages).
 * For a command that prints one member's week, and for the property tests, which check every rule on it.
 */
import { localDateIn } from '../care/clinic-time.ts';
import { addDays } from '../engine/dates.ts';
import { instantOfLocalTime } from '../publication/release-schedule.ts';
import { decideBatch } from './batch.ts';
import {
  type Candidate,
  causeOf,
  type MemberNow,
  MORNING_CHECK_IN_TIME,
  type NotificationKind,
  type NotificationPreferences,
  type SentNotification,
} from './kinds.ts';
import { localTimeIn, quietHoursEndAfter } from './local-time.ts';
import { reminderDueAt } from './next-reminder.ts';
import { type HoldReason, isWaiting } from './reasons.ts';

export interface MemberTimeline {
  preferences: NotificationPreferences;
  /**
   * When the member made their plan. A workout reminder whose time had passed by then is never sent: the
   * member has only just made the plan, in the app, and a "your workout today" a moment later would nag.
   */
  planMadeAt: Date;
  daysPerWeek: number;
  workouts: readonly { on: string; finishedAt: Date }[];
  checkIns: readonly { workoutOn: string; answeredAt: Date }[];
  /** Pain pauses and safety holds; `to` is when the member resumed, null while it lasts. */
  pauses: readonly { from: Date; to: Date | null }[];
  /** Other notifications that become due, with when the member opened each or dealt with its matter. */
  events: readonly { candidate: Candidate; handledAt: Date | null }[];
}

export interface PlannedNotification {
  kind: NotificationKind;
  cause: string;
  at: Date;
  localDate: string;
  localTime: string;
}

export interface HeldNotification {
  cause: string;
  at: Date;
  reason: HoldReason;
}

export function memberAt(timeline: MemberTimeline, now: Date): MemberNow {
  const isPast = (instant: Date) => instant.getTime() <= now.getTime();
  return {
    preferences: timeline.preferences,
    daysPerWeek: timeline.daysPerWeek,
    workoutDates: timeline.workouts
      .filter((workout) => isPast(workout.finishedAt))
      .map((workout) => workout.on),
    answeredCheckIns: timeline.checkIns
      .filter((each) => isPast(each.answeredAt))
      .map((each) => each.workoutOn),
    isPaused: timeline.pauses.some(
      (pause) => isPast(pause.from) && (pause.to === null || now.getTime() < pause.to.getTime()),
    ),
    handledCauses: timeline.events
      .filter((event) => event.handledAt !== null && isPast(event.handledAt))
      .map((event) => causeOf(event.candidate)),
  };
}

/**
 * Every candidate due in the days: a workout reminder each day (the rules keep the training days), the
 * morning check-in after each workout, and the timeline's other events. The reminder jobs and the week's
 * report both build what may be sent with this, so the report prints what the jobs would send.
 */
export function candidatesOf(timeline: MemberTimeline, days: readonly string[]): Candidate[] {
  const { preferences } = timeline;
  const firstInstant = instantOfLocalTime(days[0] as string, '00:00', preferences.timeZone);
  const afterLast = instantOfLocalTime(
    addDays(days[days.length - 1] as string, 1),
    '00:00',
    preferences.timeZone,
  );
  const inDays = (candidate: Candidate) =>
    candidate.dueAt.getTime() >= firstInstant.getTime() && candidate.dueAt.getTime() < afterLast.getTime();
  const reminders = days
    .map((day) => ({ kind: 'workout-reminder' as const, about: day, dueAt: reminderDueAt(day, preferences) }))
    .filter((reminder) => reminder.dueAt.getTime() >= timeline.planMadeAt.getTime());
  const checkIns = timeline.workouts.map((workout) => ({
    kind: 'morning-check-in' as const,
    about: workout.on,
    dueAt: instantOfLocalTime(addDays(workout.on, 1), MORNING_CHECK_IN_TIME, preferences.timeZone),
  }));
  return [...reminders, ...checkIns, ...timeline.events.map((event) => event.candidate)].filter(inDays);
}

/** When the member engaged with a sent notification: did the workout, answered, or opened it. */
function engagedAt(timeline: MemberTimeline, candidate: Candidate, sentAt: Date): Date | null {
  const after = (instant: Date | null | undefined) =>
    instant && instant.getTime() >= sentAt.getTime() ? instant : null;
  if (candidate.kind === 'workout-reminder') {
    return after(timeline.workouts.find((workout) => workout.on === candidate.about)?.finishedAt);
  }
  if (candidate.kind === 'morning-check-in') {
    return after(timeline.checkIns.find((each) => each.workoutOn === candidate.about)?.answeredAt);
  }
  const cause = causeOf(candidate);
  return after(timeline.events.find((event) => causeOf(event.candidate) === cause)?.handledAt);
}

export function planDays(
  timeline: MemberTimeline,
  firstDay: string,
  dayCount: number,
  earlier: readonly SentNotification[] = [],
): { sent: PlannedNotification[]; held: HeldNotification[] } {
  const { timeZone, quietHours } = timeline.preferences;
  const days = Array.from({ length: dayCount }, (_, index) => addDays(firstDay, index));
  let pending = candidatesOf(timeline, days);
  const ticks = [
    ...new Set(
      pending.flatMap((candidate) => [
        candidate.dueAt.getTime(),
        quietHoursEndAfter(candidate.dueAt, quietHours, timeZone).getTime(),
      ]),
    ),
  ].sort((a, b) => a - b);

  const history = [...earlier];
  const sent: PlannedNotification[] = [];
  const held: HeldNotification[] = [];
  for (const tick of ticks) {
    const now = new Date(tick);
    const due = pending.filter((candidate) => candidate.dueAt.getTime() <= tick);
    const verdicts = decideBatch(due, history, memberAt(timeline, now), now);
    const waiting = new Set<Candidate>();
    for (const { candidate, cause, verdict } of verdicts) {
      if (verdict.send) {
        history.push({
          kind: candidate.kind,
          cause,
          sentAt: now,
          engagedAt: engagedAt(timeline, candidate, now),
        });
        sent.push({
          kind: candidate.kind,
          cause,
          at: now,
          localDate: localDateIn(now, timeZone),
          localTime: localTimeIn(now, timeZone),
        });
      } else if (isWaiting(verdict.reason)) waiting.add(candidate);
      else held.push({ cause, at: now, reason: verdict.reason });
    }
    pending = pending.filter((candidate) => candidate.dueAt.getTime() > tick || waiting.has(candidate));
  }
  return { sent, held };
}

/** A week of one member's notifications from `firstDay`. */
export function planWeek(
  timeline: MemberTimeline,
  firstDay: string,
  earlier: readonly SentNotification[] = [],
): { sent: PlannedNotification[]; held: HeldNotification[] } {
  return planDays(timeline, firstDay, 7, earlier);
}
