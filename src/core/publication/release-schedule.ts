import { isTimeZone, localDateIn } from '../care/clinic-time.ts';
import { addDays } from '../engine/dates.ts';

/**
 * When the publication releases: a weekday and a local time in the publication's time zone (by default
 * Sunday 07:00 in Europe/London). Editors schedule for a slot; the release job publishes what is due.
 * Local times are turned into instants by the platform's time-zone data, so daylight-saving weeks are
 * exact: 07:00 in London is 07:00 UTC in winter and 06:00 UTC in summer.
 */
export interface ReleaseSchedule {
  /** IANA time-zone name. */
  timeZone: string;
  weekday: Weekday;
  /** HH:MM, 24-hour, local. */
  time: string;
}

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DEFAULT_RELEASE_SCHEDULE: ReleaseSchedule = {
  timeZone: 'Europe/London',
  weekday: 'sunday',
  time: '07:00',
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isReleaseTime(value: string): boolean {
  return TIME.test(value);
}

export { isTimeZone };

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (London in summer: +60). */
function offsetMinutesAt(instant: Date, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const asIfUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asIfUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a local date and time names in the zone. A time that does not exist (the hour the clocks
 * skip in spring) is taken as the same wall time after the change; one that happens twice (the hour
 * repeated in autumn) as its first occurrence.
 */
export function instantOfLocalTime(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two guesses of the offset cover any zone: the offset just before and just after the wall time.
  const candidates = [-1, 1]
    .map((side) => offsetMinutesAt(new Date(wall + side * 12 * 3_600_000), timeZone))
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => wall - offsetMinutesAt(new Date(instant), timeZone) * 60_000 === instant)
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return new Date(candidates[0]);
  // In the gap: the offset before the change, applied to the wall time, lands after it.
  return new Date(wall - offsetMinutesAt(new Date(wall - 12 * 3_600_000), timeZone) * 60_000);
}

/** The first release slot at or after the instant. */
export function nextReleaseSlot(from: Date, schedule: ReleaseSchedule): Date {
  const today = localDateIn(from, schedule.timeZone);
  const weekdayToday = new Date(`${today}T12:00:00Z`).getUTCDay();
  const wanted = WEEKDAYS.indexOf(schedule.weekday);
  const ahead = (wanted - weekdayToday + 7) % 7;
  const slot = instantOfLocalTime(addDays(today, ahead), schedule.time, schedule.timeZone);
  if (slot.getTime() >= from.getTime()) return slot;
  return instantOfLocalTime(addDays(today, ahead + 7), schedule.time, schedule.timeZone);
}

/** The latest release slot at or before the instant. */
export function previousReleaseSlot(from: Date, schedule: ReleaseSchedule): Date {
  const next = nextReleaseSlot(from, schedule);
  if (next.getTime() === from.getTime()) return next;
  const date = localDateIn(next, schedule.timeZone);
  return instantOfLocalTime(addDays(date, -7), schedule.time, schedule.timeZone);
}
