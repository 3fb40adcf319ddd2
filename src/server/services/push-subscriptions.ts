/**
 * The browsers that receive Web Push: a member's (their notifications), and visitors' without an account
 * (the free podcast notification, which holds only what the browser's push service gave). A subscription
 * is known by its endpoint, so subscribing again, from any tab, is the same subscription.
 */
import { ECDH, randomUUID } from 'node:crypto';
import type { PushSubscriptionBody, PushSubscriptionInfo } from '../../contract/notifications.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import {
  deleteMemberPushSubscription,
  deleteVisitorPushSubscription,
  listPushSubscriptionsOf,
  upsertPushSubscription,
} from '../db/repositories/push-subscriptions.ts';
import { isPushServiceEndpoint, type PushServices } from '../push/push-services.ts';
import { type Actor, notFound, Refusal } from './errors.ts';

function invalidField(location: string, message: string): Refusal {
  return new Refusal(
    'invalid',
    'invalid-push-subscription',
    'Not a push subscription',
    `${location}: ${message}`,
    {
      errors: [{ location, message }],
    },
  );
}

/**
 * The endpoint must be one of the push services' (the server posts to it, so it must not be an address
 * of the sender's choosing), and the key a point on the curve (otherwise no push could be encrypted).
 */
function checkedSubscription(body: PushSubscriptionBody, services: PushServices) {
  if (!isPushServiceEndpoint(body.endpoint, services)) {
    throw invalidField('body.endpoint', 'expected an https address of a browser’s push service');
  }
  try {
    ECDH.convertKey(Buffer.from(body.keys.p256dh, 'base64url'), 'prime256v1');
  } catch {
    throw invalidField('body.keys.p256dh', 'expected a public key on the P-256 curve');
  }
  return { endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth };
}

function toInfo(row: {
  id: string;
  endpoint: string;
  created_at: Date;
  last_sent_at: Date | null;
}): PushSubscriptionInfo {
  return {
    id: row.id,
    service: new URL(row.endpoint).hostname,
    createdAt: new Date(row.created_at).toISOString(),
    lastSentAt: row.last_sent_at ? new Date(row.last_sent_at).toISOString() : null,
  };
}

export interface PushSubscriptionDeps {
  services: PushServices;
  now: Date;
}

/**
 * Saves the member's browser. The same endpoint again answers the same subscription (a retry is
 * harmless, so no client-made id is needed); an endpoint another account held moves to this member, who
 * is the one signed in on that browser now.
 */
export async function saveMyPushSubscription(
  db: Executor,
  actor: Actor,
  memberId: string,
  body: PushSubscriptionBody,
  deps: PushSubscriptionDeps,
): Promise<PushSubscriptionInfo> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const subscription = checkedSubscription(body, deps.services);
  const row = await upsertPushSubscription(db, {
    id: randomUUID(),
    userId: memberId,
    ...subscription,
    createdAt: deps.now,
  });
  return toInfo(row);
}

export async function myPushSubscriptions(
  db: Executor,
  actor: Actor,
  memberId: string,
): Promise<{ subscriptions: PushSubscriptionInfo[] }> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const rows = await listPushSubscriptionsOf(db, memberId);
  return { subscriptions: rows.map(toInfo) };
}

/** Ends one of the member's subscriptions; another account's id is not there for them (404). */
export async function endMyPushSubscription(
  db: Executor,
  actor: Actor,
  memberId: string,
  id: string,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  if (!(await deleteMemberPushSubscription(db, memberId, id))) {
    throw notFound('You have no push subscription with this id.');
  }
}

/**
 * A visitor's subscription to the publication's releases: open to anyone (the caller counts it against
 * the visitor's address first), it stores the endpoint and keys and nothing else. A browser whose member
 * subscription has the endpoint stays the member's.
 */
export async function saveVisitorPushSubscription(
  db: Executor,
  body: PushSubscriptionBody,
  deps: PushSubscriptionDeps,
): Promise<void> {
  const subscription = checkedSubscription(body, deps.services);
  await upsertPushSubscription(db, { id: randomUUID(), userId: null, ...subscription, createdAt: deps.now });
}

/**
 * The visitor's one tap to stop: whoever holds the endpoint may end it (the endpoint is the browser's
 * secret). Ending one that is gone already is the same; a member's subscription is ended from the app.
 */
export async function endVisitorPushSubscription(db: Executor, endpoint: string): Promise<void> {
  await deleteVisitorPushSubscription(db, endpoint);
}
