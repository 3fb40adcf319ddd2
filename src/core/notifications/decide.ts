/**
 * Whether to send one notification now. The rules run in a fixed order and the first that holds it back
 * gives the reason, so a log line always names one cause; see `HOLD_REASONS` for each in words.
 */
import { localDateIn } from '../care/clinic-time.ts';
import { isTrainingDay } from '../engine/schedule.ts';
import { IGNORED_IN_A_ROW_TO_QUIET, ignoredInARow, previousTrainingDay } from './ignored.ts';
import {
  type Candidate,
  canBeTurnedOff,
  causeOf,
  goesThroughQuietHours,
  isReminder,
  type MemberNow,
  type SentNotification,
} from './kinds.ts';
import { isInQuietHours } from './local-time.ts';
import type { HoldReason, Verdict } from './reasons.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function hold(reason: HoldReason): Verdict {
  return { send: false, reason };
}

/** Whether what the notification is about still needs it: none of this waits on quiet hours or the cap. */
function whyNoLongerNeeded(candidate: Candidate, member: MemberNow, now: Date): HoldReason | null {
  if (member.handledCauses.includes(causeOf(candidate))) return 'handled';
  if (candidate.kind === 'morning-check-in' && member.answeredCheckIns.includes(candidate.about)) {
    return 'check-in-answered';
  }
  if (candidate.kind !== 'workout-reminder') return null;
  const day = candidate.about;
  if (member.isPaused) return 'paused';
  if (member.workoutDates.includes(day)) return 'workout-done';
  if (localDateIn(now, member.preferences.timeZone) > day) return 'day-over';
  if (!isTrainingDay(member.daysPerWeek, member.workoutDates, day)) return 'not-training-day';
  return null;
}

/** Reminders sent in the rolling seven days that end now. */
export function remindersInLastWeek(history: readonly SentNotification[], now: Date): number {
  const since = now.getTime() - WEEK_MS;
  return history.filter(
    (sent) =>
      isReminder(sent.kind) && sent.sentAt.getTime() > since && sent.sentAt.getTime() <= now.getTime(),
  ).length;
}

/** Quieted members get a workout reminder only when the previous training day had none. */
function isQuietedDay(
  candidate: Candidate,
  history: readonly SentNotification[],
  member: MemberNow,
  now: Date,
) {
  if (candidate.kind !== 'workout-reminder') return false;
  if (ignoredInARow(history, now) < IGNORED_IN_A_ROW_TO_QUIET) return false;
  const before = previousTrainingDay(member.daysPerWeek, member.workoutDates, candidate.about);
  if (before === null) return false;
  const cause = causeOf({ kind: 'workout-reminder', about: before });
  return history.some((sent) => sent.cause === cause);
}

export function decide(
  candidate: Candidate,
  history: readonly SentNotification[],
  member: MemberNow,
  now: Date,
): Verdict {
  const { preferences } = member;
  if (candidate.dueAt.getTime() > now.getTime()) return hold('not-yet-due');
  const cause = causeOf(candidate);
  if (history.some((sent) => sent.cause === cause)) return hold('already-sent');
  if (preferences.off.includes(candidate.kind) && canBeTurnedOff(candidate.kind)) return hold('turned-off');
  const noLongerNeeded = whyNoLongerNeeded(candidate, member, now);
  if (noLongerNeeded) return hold(noLongerNeeded);
  if (
    !goesThroughQuietHours(candidate.kind) &&
    isInQuietHours(now, preferences.quietHours, preferences.timeZone)
  ) {
    return hold('quiet-hours');
  }
  if (isReminder(candidate.kind) && remindersInLastWeek(history, now) >= preferences.weeklyCap) {
    return hold('weekly-cap');
  }
  if (isQuietedDay(candidate, history, member, now)) return hold('quieted');
  return { send: true };
}
