/**
 * When the next workout reminder is due: the member's reminder time, on their next training day, in their
 * time zone. Through `instantOfLocalTime`, a reminder time the clocks skip in spring (02:30 in New York on
 * the second Sunday of March) is due at the same wall time after the change, an hour later (03:30): late
 * rather than never. A time the clocks repeat in autumn (01:30 in London on the last Sunday of October) is
 * due at its first occurrence only, so it is due once.
 */
import { localDateIn } from '../care/clinic-time.ts';
import { addDays } from '../engine/dates.ts';
import { nextTrainingDate } from '../engine/schedule.ts';
import { instantOfLocalTime } from '../publication/release-schedule.ts';
import type { MemberNow, NotificationPreferences } from './kinds.ts';

/** The instant a day's workout reminder is due. */
export function reminderDueAt(day: string, preferences: NotificationPreferences): Date {
  return instantOfLocalTime(day, preferences.reminderTime, preferences.timeZone);
}

/**
 * The first workout reminder due at or after `from`, or null while paused (none until the member
 * resumes). Training days after today assume no workout in between, as the schedule does.
 */
export function nextReminderAt(
  member: Pick<MemberNow, 'daysPerWeek' | 'workoutDates' | 'isPaused' | 'preferences'>,
  from: Date,
): Date | null {
  if (member.isPaused) return null;
  const today = localDateIn(from, member.preferences.timeZone);
  const first = nextTrainingDate(member.daysPerWeek, member.workoutDates, today);
  const dueFirst = reminderDueAt(first, member.preferences);
  if (dueFirst.getTime() >= from.getTime()) return dueFirst;
  const second = nextTrainingDate(member.daysPerWeek, member.workoutDates, addDays(first, 1));
  return reminderDueAt(second, member.preferences);
}
