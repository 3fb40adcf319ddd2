import { instantOfLocalTime } from '../../../core/publication/release-schedule.ts';

/** An instant as the publication's local date and time, for a datetime-local field ("2026-12-06T07:00"). */
export function toLocalInput(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A datetime-local field's value, read in the publication's time zone, as an instant (ISO); undefined if empty. */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match) return undefined;
  return instantOfLocalTime(match[1] as string, match[2] as string, timeZone).toISOString();
}

/** "Sun 6 Dec 2026, 07:00 (Europe/London)". */
export function formatPublicationTime(iso: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return `${text} (${timeZone})`;
}
