/**
 * Calendar weeks (Monday to Sunday) and dates in words, for charts by week and for the story. Dates are
 * `YYYY-MM-DD` strings, computed through UTC midnight like the engine's, so every time zone agrees.
 */
import { addDays, daysBetween, weekdayOf } from '../engine/dates.ts';

export { dateInWords } from '../engine/dates.ts';

/** The Monday of the week the date falls in. */
export function weekStartOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** Every Monday from the week of `from` to the week of `to`, both included; empty when `to` is earlier. */
export function mondaysBetween(from: string, to: string): string[] {
  const first = weekStartOf(from);
  const last = weekStartOf(to);
  // Counted first, then stepped: a loop that steps until it passes `last` would step past 9999-12-31.
  const weeks = Math.floor(daysBetween(first, last) / 7) + 1;
  return Array.from({ length: Math.max(0, weeks) }, (_, week) => addDays(first, 7 * week));
}

/** Whether two dates fall in different years, so a date in words needs its year to be unambiguous. */
export function crossesYear(from: string, to: string): boolean {
  return from.slice(0, 4) !== to.slice(0, 4);
}

export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}
