/**
 * One member's notifications over a week, as the rules would send them, as lines for a terminal: a
 * heading (member, week, time zone, the preferences used), the notifications sent, then those held and
 * why. The member's stored settings are used (the defaults in the clinic's time zone until they choose), and
the candidates and wording are the reminder jobs' own, so the week printed is the week the jobs send.
 */
import { localDateIn } from '../core/care/clinic-time.ts';
import { addDays } from '../core/engine/dates.ts';
import {
  contentOf,
  HOLD_REASONS,
  localTimeIn,
  type NotificationKind,
  type NotificationPreferences,
  planDays,
} from '../core/notifications/index.ts';
import type { DisabilityInstrument } from '../core/outcomes/index.ts';
import type { Executor } from '../server/db/executor.ts';
import { findUserByEmail } from '../server/db/repositories/users.ts';
import { loadNotificationSettings } from '../server/services/notification-settings.ts';
import { loadNotificationTimeline } from '../server/services/notification-timeline.ts';

export const WEEK_DAYS = 7;

const KIND_WORDS: Record<NotificationKind, string> = {
  'workout-reminder': 'workout reminder',
  'check-up-due': 'check-up due',
  'morning-check-in': 'morning check-in',
  publication: 'publication',
  'coach-message': 'coach message',
  safety: 'safety',
  'critical-alert': 'critical alert',
};

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Mon 2026-03-02". */
function dayWords(day: string): string {
  return `${WEEKDAY_NAMES[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${day}`;
}

/** The Monday of the last whole Monday-to-Sunday week before `today`. */
export function lastCompleteWeekBefore(today: string): string {
  const sinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -sinceMonday - WEEK_DAYS);
}

/** What the member would read: the jobs' own wording, from the cause (`kind:about`). */
function sentenceOf(kind: NotificationKind, cause: string, at: Date, titles: ReadonlyMap<string, string>) {
  return contentOf({ kind, about: cause.slice(kind.length + 1), dueAt: at }, { titles }).body;
}

function table(rows: readonly string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd(),
  );
}

function preferencesWords(preferences: NotificationPreferences, isChosen: boolean): string {
  const off = preferences.off.map((kind) => KIND_WORDS[kind]).join(', ') || 'nothing';
  return (
    `${isChosen ? 'The member’s preferences' : 'Default preferences (the member has not chosen yet)'}: workout reminders at ${preferences.reminderTime}, ` +
    `quiet hours ${preferences.quietHours.start}–${preferences.quietHours.end}, at most ${preferences.weeklyCap} ` +
    `reminders in any seven days; turned off: ${off}${isChosen ? '' : ' (the publication is opt-in, so off by default)'}.`
  );
}

/**
 * The week's report, or a sentence saying why there is none (an unknown email). `firstDay` defaults to
 * the Monday of the last complete week before today in the clinic's time zone.
 */
export async function notificationWeekReport(
  db: Executor,
  options: {
    email: string;
    firstDay?: string;
    now: Date;
    clinicTimeZone: string;
    disability: DisabilityInstrument;
  },
): Promise<{ lines: string[] } | { refusal: string }> {
  const member = await findUserByEmail(db, options.email);
  if (!member) return { refusal: `No account has the email ${options.email}.` };
  if (member.role !== 'member') return { refusal: `${options.email} is a ${member.role}, not a member.` };
  const settings = await loadNotificationSettings(db, member.id, options.clinicTimeZone);
  const { preferences } = settings;
  const firstDay = options.firstDay ?? lastCompleteWeekBefore(localDateIn(options.now, preferences.timeZone));
  const lastDay = addDays(firstDay, WEEK_DAYS - 1);
  const heading = [
    `Notifications of ${member.name} <${member.email}>`,
    `${dayWords(firstDay)} to ${dayWords(lastDay)}, in ${preferences.timeZone}`,
    preferencesWords(preferences, settings.isChosen),
  ];
  const loaded = await loadNotificationTimeline(db, member.id, {
    firstDay,
    dayCount: WEEK_DAYS,
    preferences,
    disability: options.disability,
  });
  if (!loaded) return { lines: [...heading, '', 'No plan yet, so nothing to remind them of.'] };
  const { sent, held } = planDays(loaded.timeline, firstDay, WEEK_DAYS);
  const sentRows = sent.map((each) => [
    dayWords(each.localDate),
    each.localTime,
    KIND_WORDS[each.kind],
    each.cause,
    sentenceOf(each.kind, each.cause, each.at, loaded.titles),
  ]);
  const heldRows = held.map((each) => [
    dayWords(localDateIn(each.at, preferences.timeZone)),
    localTimeIn(each.at, preferences.timeZone),
    each.cause,
    HOLD_REASONS[each.reason],
  ]);
  return {
    lines: [
      ...heading,
      `Plan: ${loaded.timeline.daysPerWeek} days a week, since ${loaded.planStartedOn}.`,
      '',
      `Sent (${sent.length})`,
      ...(sentRows.length
        ? table([['Day', 'Time', 'Kind', 'Cause', 'What it says'], ...sentRows])
        : ['  none']),
      '',
      `Held (${held.length})`,
      ...(heldRows.length ? table([['Day', 'Time', 'Cause', 'Why'], ...heldRows]) : ['  none']),
    ],
  };
}
