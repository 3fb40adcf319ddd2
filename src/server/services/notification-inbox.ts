/** The in-app list of a member's recent notifications, and marking them read. */
import {
  NOTIFICATION_LIST_SIZE,
  type NotificationList,
  notificationKindSchema,
} from '../../contract/notifications.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { countUnread, listNewest, markAllRead, markRead } from '../db/repositories/notifications.ts';
import { type Actor, notFound } from './errors.ts';

export async function myNotifications(
  db: Executor,
  actor: Actor,
  memberId: string,
): Promise<NotificationList> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const rows = await listNewest(db, memberId, NOTIFICATION_LIST_SIZE);
  return {
    notifications: rows.flatMap((row) => {
      const kind = notificationKindSchema.safeParse(row.kind);
      if (!kind.success) return [];
      return [
        {
          id: row.id,
          kind: kind.data,
          title: row.title,
          body: row.body,
          path: row.path,
          sentAt: new Date(row.sent_at).toISOString(),
          readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
        },
      ];
    }),
    unread: await countUnread(db, memberId),
  };
}

/** Marking read twice is the same as once, so this needs no client-made id. */
export async function readMyNotification(
  db: Executor,
  actor: Actor,
  memberId: string,
  id: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  if (!(await markRead(db, memberId, id, now))) throw notFound('There is no such notification.');
}

export async function readAllMyNotifications(
  db: Executor,
  actor: Actor,
  memberId: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await markAllRead(db, memberId, now);
}
