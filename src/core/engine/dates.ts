/**
 * Calendar days as `YYYY-MM-DD` strings. The engine never reads a clock: the caller passes "today" in.
 * Arithmetic goes through UTC midnight, so it is the same in every time zone and across daylight saving.
 */

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`expected a date like 2026-01-31, got "${date}"`);
  return ms;
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The calendar day of a date or date-time string ("2026-01-31T18:00:00Z" → "2026-01-31"). */
export function dayOf(moment: string): string {
  return moment.slice(0, 10);
}
