/**
 * A member's notification settings: what they chose, or the defaults (core `defaultPreferences`) in the
 * clinic's time zone until they choose. The web app sends the phone's own time zone the first time the
 * member saves, so reminders come at their local time wherever they live.
 */
import type { NotificationSettings } from '../../contract/notifications.ts';
import {
  defaultPreferences,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferences,
} from '../../core/notifications/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findNotificationSettings, upsertNotificationSettings } from '../db/repositories/notifications.ts';
import type { Actor } from './errors.ts';

/** The rules' preferences and whether the member also wants email. */
export interface MemberNotificationSettings {
  preferences: NotificationPreferences;
  byEmail: boolean;
  /** Whether the member has saved settings (otherwise these are the defaults). */
  isChosen: boolean;
}

function isKind(value: unknown): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly unknown[]).includes(value);
}

/** The settings the rules use for a member; no access check (for jobs and the services that have done it). */
export async function loadNotificationSettings(
  db: Executor,
  memberId: string,
  clinicTimeZone: string,
): Promise<MemberNotificationSettings> {
  const row = await findNotificationSettings(db, memberId);
  if (!row) return { preferences: defaultPreferences(clinicTimeZone), byEmail: false, isChosen: false };
  const off = Array.isArray(row.off_kinds) ? row.off_kinds.filter(isKind) : [];
  return {
    preferences: {
      timeZone: row.time_zone,
      reminderTime: row.reminder_time,
      quietHours: { start: row.quiet_start, end: row.quiet_end },
      weeklyCap: row.weekly_cap,
      off,
    },
    byEmail: row.by_email,
    isChosen: true,
  };
}

function toContract(settings: MemberNotificationSettings): NotificationSettings {
  const { preferences } = settings;
  return {
    timeZone: preferences.timeZone,
    reminderTime: preferences.reminderTime,
    quietHours: { ...preferences.quietHours },
    weeklyCap: preferences.weeklyCap,
    off: [...preferences.off],
    byEmail: settings.byEmail,
  };
}

export async function myNotificationSettings(
  db: Executor,
  actor: Actor,
  memberId: string,
  options: { clinicTimeZone: string },
): Promise<NotificationSettings & { isChosen: boolean }> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const settings = await loadNotificationSettings(db, memberId, options.clinicTimeZone);
  return { ...toContract(settings), isChosen: settings.isChosen };
}

/**
 * Saves the member's settings whole. Saving the same settings twice stores them once (a retry is
 * harmless), so this write needs no client-made id. `onChanged` lets the reminders' schedule follow.
 */
export async function saveMyNotificationSettings(
  db: Executor,
  actor: Actor,
  memberId: string,
  settings: NotificationSettings,
  options: { clinicTimeZone: string; now: Date; onChanged?: (memberId: string) => Promise<void> },
): Promise<NotificationSettings & { isChosen: boolean }> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await upsertNotificationSettings(
    db,
    memberId,
    {
      timeZone: settings.timeZone,
      reminderTime: settings.reminderTime,
      quietStart: settings.quietHours.start,
      quietEnd: settings.quietHours.end,
      weeklyCap: settings.weeklyCap,
      off: [...new Set(settings.off)],
      byEmail: settings.byEmail,
    },
    options.now,
  );
  await options.onChanged?.(memberId);
  return myNotificationSettings(db, actor, memberId, options);
}
