/**
 * The member's wall clock: what time an instant is where they live, and when their quiet hours end.
 * Local days come from `localDateIn` and local times become instants through `instantOfLocalTime`, so
 * daylight-saving changes are handled in one place for the whole core.
 */
import { localDateIn } from '../care/clinic-time.ts';
import { addDays } from '../engine/dates.ts';
import { instantOfLocalTime } from '../publication/release-schedule.ts';
import type { QuietHours } from './kinds.ts';

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local wall-clock time of an instant, HH:MM. */
export function localTimeIn(instant: Date, timeZone: string): string {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
}

/** Start included, end excluded; a start after the end wraps midnight; equal start and end is no quiet. */
export function isInQuietHours(instant: Date, quiet: QuietHours, timeZone: string): boolean {
  const now = minutesOf(localTimeIn(instant, timeZone));
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first end of quiet hours after the instant (their end today, or tomorrow's once today's has passed). */
export function quietHoursEndAfter(instant: Date, quiet: QuietHours, timeZone: string): Date {
  const today = localDateIn(instant, timeZone);
  const endToday = instantOfLocalTime(today, quiet.end, timeZone);
  if (endToday.getTime() > instant.getTime()) return endToday;
  return instantOfLocalTime(addDays(today, 1), quiet.end, timeZone);
}
