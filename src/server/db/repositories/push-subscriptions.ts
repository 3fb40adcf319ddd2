/** Browsers' Web Push subscriptions (migration 0025): a member's, and visitors' (no user) for the publication. */
import type { Executor } from '../executor.ts';

export interface NewPushSubscription {
  id: string;
  /** Null for a visitor. */
  userId: string | null;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: Date;
}

/**
 * Stores a subscription by its endpoint, in one statement: the same endpoint again keeps its row (and
 * id) and takes the keys given now, so a browser that subscribes again is one subscription. A member
 * takes the endpoint over (another account signed in on that browser, or a visitor's subscription
 * becoming theirs); a visitor's again leaves it with the member who holds it. The row stored.
 */
export async function upsertPushSubscription(db: Executor, subscription: NewPushSubscription) {
  return db
    .insertInto('push_subscriptions')
    .values({
      id: subscription.id,
      user_id: subscription.userId,
      endpoint: subscription.endpoint,
      p256dh: subscription.p256dh,
      auth: subscription.auth,
      created_at: subscription.createdAt,
      last_sent_at: null,
    })
    .onConflict((conflict) =>
      conflict.column('endpoint').doUpdateSet((eb) => ({
        user_id: eb.fn.coalesce('excluded.user_id', 'push_subscriptions.user_id'),
        p256dh: eb.ref('excluded.p256dh'),
        auth: eb.ref('excluded.auth'),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPushSubscriptionByEndpoint(db: Executor, endpoint: string) {
  return db.selectFrom('push_subscriptions').selectAll().where('endpoint', '=', endpoint).executeTakeFirst();
}

/** A member's subscriptions, oldest first; a member has a handful of browsers at most. */
export async function listPushSubscriptionsOf(db: Executor, userId: string) {
  return db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Deletes the member's subscription; whether there was one of theirs. */
export async function deleteMemberPushSubscription(db: Executor, userId: string, id: string) {
  const deleted = await db
    .deleteFrom('push_subscriptions')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/** Deletes a visitor's subscription by its endpoint (a member's is not touched); whether there was one. */
export async function deleteVisitorPushSubscription(db: Executor, endpoint: string) {
  const deleted = await db
    .deleteFrom('push_subscriptions')
    .where('endpoint', '=', endpoint)
    .where('user_id', 'is', null)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/** The push service said the subscription is gone: nothing is pushed to it again. */
export async function deletePushSubscription(db: Executor, id: string) {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
}

export async function markPushSent(db: Executor, id: string, at: Date) {
  await db.updateTable('push_subscriptions').set({ last_sent_at: at }).where('id', '=', id).execute();
}
