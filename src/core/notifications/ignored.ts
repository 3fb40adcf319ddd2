/**
 * Reminders the member ignored. A reminder is ignored when the member neither opened it nor did what it
 * asked before the next reminder was sent (or, for the latest, before now). After three in a row the
 * member is *quieted*: workout reminders come only every other training day, until they engage again
 * (open a reminder or do what it asked), which ends the streak at once.
 */
import { addDays } from '../engine/dates.ts';
import { isTrainingDay } from '../engine/schedule.ts';
import { isReminder, type SentNotification } from './kinds.ts';

export const IGNORED_IN_A_ROW_TO_QUIET = 3;

/** How many of the latest reminders, counting back from now, were ignored one after another. */
export function ignoredInARow(history: readonly SentNotification[], now: Date): number {
  const reminders = history
    .filter((sent) => isReminder(sent.kind) && sent.sentAt.getTime() <= now.getTime())
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  let count = 0;
  for (let index = reminders.length - 1; index >= 0; index -= 1) {
    const reminder = reminders[index] as SentNotification;
    const answerBy = reminders[index + 1]?.sentAt ?? now;
    const engaged = reminder.engagedAt !== null && reminder.engagedAt.getTime() <= answerBy.getTime();
    if (engaged) break;
    count += 1;
  }
  return count;
}

/**
 * The training day before this one: a day the schedule asked for a workout or one the member trained on.
 * Looks back a fortnight; within it, for 2–4 days a week, there always is one unless the plan is newer.
 */
export function previousTrainingDay(
  daysPerWeek: number,
  workoutDates: readonly string[],
  day: string,
): string | null {
  for (let back = 1; back <= 14; back += 1) {
    const date = addDays(day, -back);
    if (workoutDates.includes(date) || isTrainingDay(daysPerWeek, workoutDates, date)) return date;
  }
  return null;
}
