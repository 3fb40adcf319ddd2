/**
 * One member's notifications over a week, as the rules would send them, as lines for a terminal: a
 * heading (member, week, time zone, the preferences used), the notifications sent, then those held and
 * why. Members have no stored preferences yet, so the defaults in the clinic's time zone are used.
 */
import { localDateIn } from '../core/care/clinic-time.ts';
import { addDays } from '../core/engine/dates.ts';
import {
  defaultPreferences,
  HOLD_REASONS,
  localTimeIn,
  type NotificationKind,
  type NotificationPreferences,
  planDays,
} from '../core/notifications/index.ts';
import type { DisabilityInstrument } from '../core/outcomes/index.ts';
import { INSTRUMENT_NAMES, type InstrumentId, minutesWords } from '../core/outcomes/index.ts';
import type { Executor } from '../server/db/executor.ts';
import { findUserByEmail } from '../server/db/repositories/users.ts';
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

/** What the member would read, made from the cause (`kind:about`). */
function sentenceOf(kind: NotificationKind, cause: string, titles: ReadonlyMap<string, string>): string {
  const about = cause.slice(kind.length + 1);
  switch (kind) {
    case 'workout-reminder':
      return 'Today is a training day: your workout is ready when you are.';
    case 'morning-check-in':
      return `How is your back this morning, after your workout of ${dayWords(about)}?`;
    case 'check-up-due': {
      const names = INSTRUMENT_NAMES[about.split(':')[0] as InstrumentId];
      return names ? `Your ${names.plain} is due (${minutesWords(names.minutes)}).` : 'A check-up is due.';
    }
    case 'publication':
      return `New from Backstrong: “${titles.get(cause) ?? about}”.`;
    default:
      return KIND_WORDS[kind];
  }
}

function table(rows: readonly string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd(),
  );
}

function preferencesWords(preferences: NotificationPreferences): string {
  const off = preferences.off.map((kind) => KIND_WORDS[kind]).join(', ') || 'nothing';
  return (
    `Default preferences (members cannot set their own yet): workout reminders at ${preferences.reminderTime}, ` +
    `quiet hours ${preferences.quietHours.start}–${preferences.quietHours.end}, at most ${preferences.weeklyCap} ` +
    `reminders in any seven days; turned off: ${off} (the publication is opt-in, so off by default).`
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
  const preferences = defaultPreferences(options.clinicTimeZone);
  const firstDay = options.firstDay ?? lastCompleteWeekBefore(localDateIn(options.now, preferences.timeZone));
  const lastDay = addDays(firstDay, WEEK_DAYS - 1);
  const heading = [
    `Notifications of ${member.name} <${member.email}>`,
    `${dayWords(firstDay)} to ${dayWords(lastDay)}, in ${preferences.timeZone}`,
    preferencesWords(preferences),
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
    sentenceOf(each.kind, each.cause, loaded.titles),
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
