import { createHmac } from 'node:crypto';
import type { Executor } from '../db/executor.ts';
import { countAttempt, deleteEndedWindows } from '../db/repositories/subscription-limits.ts';
import type { LimitAnswer, SubscriptionLimits } from './subscription-limits.ts';

/**
 * How many visitors' push subscriptions one client address (an IPv6 client's whole /64) may make in a
 * window: the same allowance as the Sunday email's sign-ups, counted apart from them, in PostgreSQL so
 * every app instance counts the same. The key is an HMAC: the table holds no address.
 */
export async function countVisitorPushSubscription(
  db: Executor,
  deps: { limits: SubscriptionLimits; linkKey: Buffer; now: Date },
  clientAddress: string,
): Promise<LimitAnswer> {
  const { limits, now } = deps;
  const windowMs = limits.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  await deleteEndedWindows(db, new Date(windowStart.getTime() - windowMs));
  const key = `push-address:${createHmac('sha256', deps.linkKey)
    .update(`push subscription limit address ${clientAddress}`)
    .digest('base64url')}`;
  const count = await countAttempt(db, key, windowStart);
  return count > limits.perClientAddress ? { isAllowed: false, retryAfterSeconds } : { isAllowed: true };
}
