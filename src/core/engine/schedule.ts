/**
 * Which days are training days: 2–4 a week, never two days running, so the tissues get a day to recover.
 * Only the dates of past workouts and today are needed, so browser and server agree on the calendar.
 */
import { addDays, daysBetween } from './dates.ts';

/** Rest days spread the week evenly: twice a week means every third or fourth day, not Monday and Tuesday. */
export function minimumDaysBetween(daysPerWeek: number): number {
  return Math.max(2, Math.floor(7 / daysPerWeek));
}

export function isTrainingDay(daysPerWeek: number, workoutDates: readonly string[], today: string): boolean {
  const past = workoutDates.filter((date) => daysBetween(date, today) >= 0);
  if (past.some((date) => date === today)) return false;
  const daysSinceLast = Math.min(...past.map((date) => daysBetween(date, today)));
  if (daysSinceLast < minimumDaysBetween(daysPerWeek)) return false;
  // A rolling week, not a calendar week, so Sunday and Monday never both count as "this week's" days.
  const inLastWeek = past.filter((date) => daysBetween(date, today) < 7).length;
  return inLastWeek < daysPerWeek;
}

/** Today if it is a training day, or else the first one after it. */
export function nextTrainingDate(
  daysPerWeek: number,
  workoutDates: readonly string[],
  today: string,
): string {
  for (let offset = 0; offset < 14; offset += 1) {
    const date = addDays(today, offset);
    if (isTrainingDay(daysPerWeek, workoutDates, date)) return date;
  }
  // Unreachable for 2–4 days a week: within a fortnight some day is always free.
  return addDays(today, 14);
}
