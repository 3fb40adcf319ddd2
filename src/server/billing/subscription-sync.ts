import type Stripe from 'stripe';
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../../core/membership/index.ts';
import type { Executor } from '../db/executor.ts';
import { findAccount } from '../db/repositories/member-data.ts';
import { findMemberOfCustomer, saveSubscription } from '../db/repositories/membership.ts';

const fromSeconds = (seconds: number) => new Date(seconds * 1000);
const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'string' ? value : (value?.id ?? null);

function statusOf(status: string): SubscriptionStatus {
  return (SUBSCRIPTION_STATUSES as readonly string[]).includes(status)
    ? (status as SubscriptionStatus)
    : 'incomplete';
}

/**
 * Reads the subscription from Stripe and stores its current state: whatever the webhook said, and in
 * whatever order webhooks came, what is stored is what Stripe holds now. Answers whose it is, or null for
 * a subscription of no member of ours (another app on the same Stripe account).
 */
export async function syncSubscription(
  db: Executor,
  stripe: Stripe,
  subscriptionId: string,
  now: Date,
): Promise<string | null> {
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  const customerId = idOf(subscription.customer);
  const memberId =
    (customerId ? await findMemberOfCustomer(db, customerId) : undefined) ?? subscription.metadata?.memberId;
  // No member of ours, or one erased since: nothing to keep.
  if (!memberId || !(await findAccount(db, memberId))) return null;
  const item = subscription.items.data[0];
  if (!item) return null;
  const interval = item.price.recurring?.interval;
  await saveSubscription(
    db,
    {
      id: subscription.id,
      userId: memberId,
      status: statusOf(subscription.status),
      periodStart: fromSeconds(item.current_period_start),
      periodEnd: fromSeconds(item.current_period_end),
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      interval: interval === 'year' ? 'year' : 'month',
      amount: item.price.unit_amount ?? 0,
      currency: item.price.currency,
      startedAt: fromSeconds(subscription.start_date),
      endedAt: subscription.ended_at ? fromSeconds(subscription.ended_at) : null,
    },
    now,
  );
  return memberId;
}
