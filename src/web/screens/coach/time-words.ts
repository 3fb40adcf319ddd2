import type { CoachActionView } from '../../../contract/coach-time.ts';

/** What each kind of coach action is called on screen. */
export const ACTION_WORDS: Record<CoachActionView['kind'], string> = {
  review: 'Review',
  call: 'Call',
  message: 'Message',
  'plan-change': 'Plan change',
  alert: 'Alert resolved',
};

export function minutesWords(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "9 March 2026, 14:30" in the coach's own language settings. */
export function formatMoment(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "March 2026" for a YYYY-MM month. */
export function formatMonth(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** The value a datetime-local box shows for an instant, in the coach's own time zone. */
export function localDateTimeValue(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
