import type { Tier } from './features.ts';

/**
 * Which tier a member is on now, from what our own tables hold: the operator's switch, the member's
 * subscription as Stripe last told us (re-read on every webhook, so out-of-order events cannot roll it
 * back), and any premium an admin granted by hand (a comp). Pure: the caller passes the moment.
 */

/** Stripe's subscription statuses. */
export const SUBSCRIPTION_STATUSES = [
  'active',
  'trialing',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'paused',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface SubscriptionState {
  status: SubscriptionStatus;
  /** The period paid for (or being collected for, when past due), ISO moments. */
  periodStart: string;
  periodEnd: string;
  /** Cancelled by the member: premium until the period ends, then it stops. */
  cancelAtPeriodEnd: boolean;
}

export interface CompState {
  /** Null: with no end. */
  until: string | null;
}

/** Days a member keeps premium after a renewal payment fails, while Stripe tries the card again. */
export const GRACE_DAYS = 7;

export type EntitlementSource =
  /** MEMBERSHIP=off: everything is free (a clinic). */
  | 'membership-off'
  | 'subscription'
  /** A renewal failed (or its news is late): premium a while longer. */
  | 'grace'
  | 'comp'
  /** Had premium once; it has ended. */
  | 'ended'
  | 'never';

export interface Entitlement {
  tier: Tier;
  source: EntitlementSource;
  /** Premium lasts at least until then; null with no end known (membership off, an open comp) or free. */
  until: string | null;
  /** Whether the subscription renews at `until` (false once cancelled, or for a comp). */
  renews: boolean;
}

export interface EntitlementInput {
  isMembershipOn: boolean;
  subscription: SubscriptionState | null;
  comp: CompState | null;
  now: string;
  graceDays?: number;
}

const DAY_MS = 86_400_000;
const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);
const plusDays = (moment: string, days: number) => new Date(Date.parse(moment) + days * DAY_MS).toISOString();

function fromSubscription(
  subscription: SubscriptionState,
  now: string,
  graceDays: number,
): Entitlement | null {
  const { status, periodStart, periodEnd, cancelAtPeriodEnd } = subscription;
  if (status === 'active' || status === 'trialing') {
    if (later(periodEnd, now)) {
      return { tier: 'premium', source: 'subscription', until: periodEnd, renews: !cancelAtPeriodEnd };
    }
    // The period is over and no news of a renewal yet: a late webhook must not cut a paying member off.
    const graceEnd = plusDays(periodEnd, graceDays);
    if (!cancelAtPeriodEnd && later(graceEnd, now)) {
      return { tier: 'premium', source: 'grace', until: graceEnd, renews: true };
    }
    return null;
  }
  if (status === 'past_due' || status === 'unpaid') {
    // Stripe starts the new period when it first tries the renewal; the grace counts from then.
    const graceEnd = plusDays(periodStart, graceDays);
    if (later(graceEnd, now)) return { tier: 'premium', source: 'grace', until: graceEnd, renews: true };
  }
  return null;
}

export function entitlementOf(input: EntitlementInput): Entitlement {
  const { now, graceDays = GRACE_DAYS } = input;
  if (!input.isMembershipOn) return { tier: 'premium', source: 'membership-off', until: null, renews: false };
  const paid = input.subscription ? fromSubscription(input.subscription, now, graceDays) : null;
  const comp = input.comp;
  const isCompOn = comp !== null && (comp.until === null || later(comp.until, now));
  if (paid && paid.source === 'subscription') return paid;
  if (isCompOn) return { tier: 'premium', source: 'comp', until: comp.until, renews: false };
  if (paid) return paid;
  const hadPremium = input.subscription !== null || comp !== null;
  return { tier: 'free', source: hadPremium ? 'ended' : 'never', until: null, renews: false };
}
