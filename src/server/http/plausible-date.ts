import { Refusal } from '../services/errors.ts';
import { serverToday } from './training-schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A member's date must be near the server's: a day ahead (time zones) or up to 30 days back (entered
 * later, or sent from the offline store).
 */
export function assertPlausibleDate(date: string, now: Date, what: string): void {
  const day = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${serverToday(now)}T00:00:00Z`);
  if (day > today + DAY_MS || day < today - 30 * DAY_MS) {
    throw new Refusal(
      'invalid',
      'implausible-date',
      'Date out of range',
      `${date} is too far from today for ${what}.`,
    );
  }
}
