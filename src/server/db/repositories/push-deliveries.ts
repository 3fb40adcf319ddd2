/**
 * What was pushed and emailed for each notification, and pushed for each release (migration 0030). A
 * push is claimed before it is sent: one statement, so two runs at once claim it once; a claim older than
 * `staleBefore` (its run died before the push service answered) may be taken again.
 */
import type { Executor } from '../executor.ts';

export async function claimNotificationPush(
  db: Executor,
  delivery: { notificationId: string; subscriptionId: string; now: Date; staleBefore: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('push_deliveries')
    .values({
      notification_id: delivery.notificationId,
      subscription_id: delivery.subscriptionId,
      claimed_at: delivery.now,
      sent_at: null,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['notification_id', 'subscription_id'])
        .doUpdateSet((eb) => ({ claimed_at: eb.ref('excluded.claimed_at') }))
        .where('push_deliveries.sent_at', 'is', null)
        .where('push_deliveries.claimed_at', '<', delivery.staleBefore),
    )
    .returning('notification_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function markNotificationPushSent(
  db: Executor,
  delivery: { notificationId: string; subscriptionId: string; now: Date },
) {
  await db
    .updateTable('push_deliveries')
    .set({ sent_at: delivery.now })
    .where('notification_id', '=', delivery.notificationId)
    .where('subscription_id', '=', delivery.subscriptionId)
    .execute();
}

/** A push that failed: its claim goes, so the next try takes it again at once. */
export async function releaseNotificationPush(
  db: Executor,
  delivery: { notificationId: string; subscriptionId: string },
) {
  await db
    .deleteFrom('push_deliveries')
    .where('notification_id', '=', delivery.notificationId)
    .where('subscription_id', '=', delivery.subscriptionId)
    .where('sent_at', 'is', null)
    .execute();
}

export async function findNotificationEmail(db: Executor, notificationId: string) {
  return db
    .selectFrom('notification_emails')
    .selectAll()
    .where('notification_id', '=', notificationId)
    .executeTakeFirst();
}

export async function recordNotificationEmail(
  db: Executor,
  email: { notificationId: string; mailId: string; now: Date },
) {
  await db
    .insertInto('notification_emails')
    .values({ notification_id: email.notificationId, mail_id: email.mailId, queued_at: email.now })
    .execute();
}

export async function claimReleasePush(
  db: Executor,
  delivery: { slot: Date; subscriptionId: string; now: Date; staleBefore: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('release_push_deliveries')
    .values({
      slot: delivery.slot,
      subscription_id: delivery.subscriptionId,
      claimed_at: delivery.now,
      sent_at: null,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['slot', 'subscription_id'])
        .doUpdateSet((eb) => ({ claimed_at: eb.ref('excluded.claimed_at') }))
        .where('release_push_deliveries.sent_at', 'is', null)
        .where('release_push_deliveries.claimed_at', '<', delivery.staleBefore),
    )
    .returning('subscription_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function markReleasePushSent(
  db: Executor,
  delivery: { slot: Date; subscriptionId: string; now: Date },
) {
  await db
    .updateTable('release_push_deliveries')
    .set({ sent_at: delivery.now })
    .where('slot', '=', delivery.slot)
    .where('subscription_id', '=', delivery.subscriptionId)
    .execute();
}

export async function releaseReleasePush(db: Executor, delivery: { slot: Date; subscriptionId: string }) {
  await db
    .deleteFrom('release_push_deliveries')
    .where('slot', '=', delivery.slot)
    .where('subscription_id', '=', delivery.subscriptionId)
    .where('sent_at', 'is', null)
    .execute();
}
