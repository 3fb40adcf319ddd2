import { z } from 'zod';
import { addDays } from '../core/engine/index.ts';

/** The server's (UTC) calendar day. */
export function serverToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * How far a member's date may be from the server's (UTC) day: a day ahead, for a member east of UTC whose
 * tomorrow has begun, and 30 days back, for a check-up entered later or a workout kept in the phone's
 * outbox while offline.
 */
export const PLAUSIBLE_DAYS = { ahead: 1, back: 30 } as const;

export function plausibleWindow(now: Date): { earliest: string; latest: string } {
  const today = serverToday(now);
  return { earliest: addDays(today, -PLAUSIBLE_DAYS.back), latest: addDays(today, PLAUSIBLE_DAYS.ahead) };
}

/**
 * The one schema for every date a member sends (their today, a workout's day, a check-in's, a measure's, a
 * snooze's): a day on the calendar, within the plausible window around the server's day when the request
 * arrives. Refused dates come back as a 400 problem whose `errors` name the field and the days allowed,
 * so no date a client picks can make the server walk through centuries of calendar. A factory, because
 * the window moves with the server's clock.
 */
export function memberDateSchema(clock: () => Date) {
  // The window lies well inside the days the core's date code takes, so it alone says what is allowed.
  return z.iso.date({ error: 'expected a date like 2026-01-31' }).check((context) => {
    // Only a well-formed date is compared: the format's own message already says what is wrong.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(context.value)) return;
    const { earliest, latest } = plausibleWindow(clock());
    if (context.value < earliest || context.value > latest) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: `expected a date from ${earliest} to ${latest} (at most ${PLAUSIBLE_DAYS.back} days back, ${PLAUSIBLE_DAYS.ahead} day ahead)`,
      });
    }
  });
}

export type MemberDateSchema = ReturnType<typeof memberDateSchema>;

/** The member's own calendar day, optional (it then defaults to the server's), as a query or body field. */
export function memberTodaySchema(memberDate: MemberDateSchema) {
  return memberDate
    .optional()
    .describe("The member's local date (YYYY-MM-DD); defaults to the server's date");
}

/** The member's own calendar day; the server's (UTC) day when the client does not say. */
export function todayQuerySchema(memberDate: MemberDateSchema) {
  return z.object({ today: memberTodaySchema(memberDate) });
}
