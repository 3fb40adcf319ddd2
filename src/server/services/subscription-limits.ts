import { createHmac } from 'node:crypto';
import type { Executor } from '../db/executor.ts';
import { countAttempt, deleteEndedWindows } from '../db/repositories/subscription-limits.ts';

/**
 * How many sign-ups the publication's form takes in one fixed window: from one client address (an IPv6
 * client's whole /64), and for one email address whoever asks, so nobody can fill a stranger's inbox
 * with confirmation emails. The client address is given as the limiters count it (`addressKey`).
 */
export interface SubscriptionLimits {
  perClientAddress: number;
  perEmail: number;
  windowSeconds: number;
}

/** Ten sign-ups an hour from one address (a household, an office), three an hour for one email. */
export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  perClientAddress: 10,
  perEmail: 3,
  windowSeconds: 60 * 60,
};

export type LimitAnswer = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

/**
 * Counts one sign-up against both limits, in PostgreSQL so that every app instance counts the same
 * attempts. The keys are HMACs under the subscription key: the table holds no address, and a key cannot
 * be turned back into one. The client address is counted first, and an attempt it refuses does not use
 * up the email's allowance.
 */
export async function countSignUp(
  db: Executor,
  deps: { limits: SubscriptionLimits; linkKey: Buffer; now: Date },
  attempt: { clientAddress: string; email: string },
): Promise<LimitAnswer> {
  const { limits, now } = deps;
  const windowMs = limits.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  // Windows before the last one limit nothing now; deleting them keeps the table as small as its traffic.
  await deleteEndedWindows(db, new Date(windowStart.getTime() - windowMs));
  const byAddress = await countAttempt(
    db,
    limitKey(deps.linkKey, 'address', attempt.clientAddress),
    windowStart,
  );
  if (byAddress > limits.perClientAddress) return { isAllowed: false, retryAfterSeconds };
  const byEmail = await countAttempt(db, limitKey(deps.linkKey, 'email', attempt.email), windowStart);
  if (byEmail > limits.perEmail) return { isAllowed: false, retryAfterSeconds };
  return { isAllowed: true };
}

export function limitKey(linkKey: Buffer, kind: 'address' | 'email', value: string): string {
  return `${kind}:${createHmac('sha256', linkKey).update(`sign-up limit ${kind} ${value}`).digest('base64url')}`;
}
