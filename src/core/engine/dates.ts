/**
 * Calendar days as `YYYY-MM-DD` strings. The engine never reads a clock: the caller passes "today" in.
 * Arithmetic goes through UTC midnight, so it is the same in every time zone and across daylight saving.
 *
 * Every function here is total over the days a four-digit year can write, 0001-01-01 to 9999-12-31: a
 * string that is not such a day, or a sum that would leave the range, throws a RangeError at once. Without
 * that, JavaScript writes year 0 minus a day as "-000001-12-31", which no longer reads back as the same
 * day, and a loop stepping through days never reaches its end.
 */

const DAY_MS = 86_400_000;

export const EARLIEST_DATE = '0001-01-01';
export const LATEST_DATE = '9999-12-31';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function outOfRange(what: string): RangeError {
  return new RangeError(
    `expected a day from ${EARLIEST_DATE} to ${LATEST_DATE} like 2026-01-31, got "${what}"`,
  );
}

/** UTC midnight of a day, built field by field: `Date.UTC` would read years 0–99 as 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  return moment.getTime();
}

/**
 * The day's number: whole days since 1970-01-01 (negative before). Accepts a date-time too and takes its
 * day, so "2026-01-31T18:00:00Z" counts as 2026-01-31.
 */
export function ordinalOf(date: string): number {
  const match = DATE_PATTERN.exec(date.slice(0, 10));
  if (!match || (date.length > 10 && date[10] !== 'T')) throw outOfRange(date);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = utcMidnight(year, month, day);
  const back = new Date(ms);
  // 2026-02-30 would roll over into March: only a day on the calendar reads back as itself.
  const isOnCalendar =
    year >= 1 &&
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day;
  if (!isOnCalendar) throw outOfRange(date);
  return ms / DAY_MS;
}

const FIRST_DAY = utcMidnight(1, 1, 1) / DAY_MS;
const LAST_DAY = utcMidnight(9999, 12, 31) / DAY_MS;

/** The day with that number, written `YYYY-MM-DD`; the inverse of `ordinalOf`. */
export function nthDay(day: number): string {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) throw outOfRange(`day number ${day}`);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return nthDay(ordinalOf(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return ordinalOf(to) - ordinalOf(from);
}

/** 0 for Sunday to 6 for Saturday, as JavaScript counts. */
export function weekdayOf(date: string): number {
  return new Date(ordinalOf(date) * DAY_MS).getUTCDay();
}

/** The calendar day of a date or date-time string ("2026-01-31T18:00:00Z" → "2026-01-31"). */
export function dayOf(moment: string): string {
  return moment.slice(0, 10);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "3 March", or "3 March 2026" when the year must be said. */
export function dateInWords(date: string, withYear: boolean): string {
  const [year, month, day] = date.split('-').map(Number);
  const words = `${day} ${MONTHS[(month ?? 1) - 1]}`;
  return withYear ? `${words} ${year}` : words;
}
