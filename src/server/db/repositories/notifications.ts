/** Members' notification settings and the notifications sent to them (migration 0025). */
import type { Executor } from '../executor.ts';
import { toJsonColumn } from './json-column.ts';

export async function findNotificationSettings(db: Executor, memberId: string) {
  return db
    .selectFrom('notification_settings')
    .selectAll()
    .where('user_id', '=', memberId)
    .executeTakeFirst();
}

export interface SettingsRow {
  timeZone: string;
  reminderTime: string;
  quietStart: string;
  quietEnd: string;
  weeklyCap: number;
  off: readonly string[];
  byEmail: boolean;
}

export async function upsertNotificationSettings(
  db: Executor,
  memberId: string,
  settings: SettingsRow,
  now: Date,
) {
  const values = {
    time_zone: settings.timeZone,
    reminder_time: settings.reminderTime,
    quiet_start: settings.quietStart,
    quiet_end: settings.quietEnd,
    weekly_cap: settings.weeklyCap,
    off_kinds: toJsonColumn(settings.off),
    by_email: settings.byEmail,
    updated_at: now,
  };
  await db
    .insertInto('notification_settings')
    .values({ user_id: memberId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
}

/** The notifications sent to the member since `since`, oldest first: the rules' history. */
export async function listSentSince(db: Executor, memberId: string, since: Date) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'cause', 'sent_at', 'read_at'])
    .where('user_id', '=', memberId)
    .where('sent_at', '>=', since)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
}

/** The newest `limit` notifications, newest first. */
export async function listNewest(db: Executor, memberId: string, limit: number) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', memberId)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Executor, memberId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', memberId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface NewNotification {
  id: string;
  memberId: string;
  kind: string;
  cause: string;
  title: string;
  body: string;
  path: string;
  sentAt: Date;
}

/**
 * Stores a notification unless one of its cause was already sent: one statement, so two runs of one job
 * racing store it once. The id stored, or null when it was there already.
 */
export async function insertNotificationOnce(db: Executor, notification: NewNotification) {
  const row = await db
    .insertInto('notifications')
    .values({
      id: notification.id,
      user_id: notification.memberId,
      kind: notification.kind,
      cause: notification.cause,
      title: notification.title,
      body: notification.body,
      path: notification.path,
      sent_at: notification.sentAt,
      read_at: null,
    })
    .onConflict((conflict) => conflict.columns(['user_id', 'cause']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findNotification(db: Executor, id: string) {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks the member's notification read (the first time only); whether it is theirs. */
export async function markRead(db: Executor, memberId: string, id: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', memberId)
    .executeTakeFirst();
  if (!row) return false;
  if (row.read_at === null) {
    await db
      .updateTable('notifications')
      .set({ read_at: now })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .execute();
  }
  return true;
}

/** Marks every unread notification of the member read. */
export async function markAllRead(db: Executor, memberId: string, now: Date) {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', memberId)
    .where('read_at', 'is', null)
    .execute();
}

/** Marks read the member's notification of a cause, when they did what it asked another way. */
export async function markCauseRead(db: Executor, memberId: string, cause: string, now: Date) {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', memberId)
    .where('cause', '=', cause)
    .where('read_at', 'is', null)
    .execute();
}
