import { addDays } from '../engine/dates.ts';

/**
 * The clinic's calendar: which local day and month an instant falls on in the clinic's time zone (an IANA
 * name such as Europe/London), worked out by the platform's time-zone data so daylight-saving changes are
 * exact. Months are written YYYY-MM and days YYYY-MM-DD, as everywhere else.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the platform knows this IANA time-zone name. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in the time zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar month (YYYY-MM) of an instant in the time zone. */
export function localMonthIn(instant: Date, timeZone: string): string {
  return localDateIn(instant, timeZone).slice(0, 7);
}

/** The month (YYYY-MM) `count` months after this one (before, when negative). */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last calendar day of a month. */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/**
 * The day a month's summary is taken on: today while the month is still going, otherwise its last day
 * (a past month's summary does not change as time goes on).
 */
export function summaryDayOf(month: string, today: string): string {
  const last = lastDayOfMonth(month);
  return today < last ? today : last;
}

/**
 * A span of instants that surely holds every instant of the month in any time zone (zones lie within 14
 * hours of UTC): what to ask the database for before `localMonthIn` keeps the month's own.
 */
export function instantsAroundMonth(month: string): { from: Date; to: Date } {
  const day = 24 * 60 * 60 * 1000;
  return {
    from: new Date(Date.parse(`${month}-01T00:00:00Z`) - day),
    to: new Date(Date.parse(`${addMonths(month, 1)}-01T00:00:00Z`) + day),
  };
}
