import { localMonthIn } from '../care/clinic-time.ts';
import { entitlementOf, type SubscriptionState } from './entitlement.ts';

/**
 * The admin's revenue figures, from the subscriptions as Stripe last told us. Pure: the caller passes the
 * moment and the clinic's time zone, whose calendar month "this month" is.
 *
 * - **Paying**: a subscription the member has premium through now (the same entitlement rule as their
 *   own membership: in its period, or within the grace days after a failed renewal), and not trialing
 *   (Stripe's status for one not charged yet; not the free weeks). One cancelled at the period end is
 *   paying until that end.
 * - **MRR** (monthly recurring revenue): the paying subscriptions' monthly amounts plus a twelfth of the
 *   yearly ones, per currency, in the currency's smallest unit (rounded once, at the end).
 * - **Churn** this month: subscriptions that ended this month, or that are cancelled to end at a period
 *   end falling in this month. The **churn rate** is those among the subscriptions active at the month's
 *   start, against how many were active then; none active then, no rate.
 * - **New** this month: subscriptions started this month.
 * A subscription that never got its first payment (incomplete, incomplete_expired) counts nowhere.
 */

export interface RevenueSubscription extends SubscriptionState {
  interval: 'month' | 'year';
  /** Per interval, in the currency's smallest unit. */
  amount: number;
  currency: string;
  startedAt: string;
  /** When Stripe ended it; null while it runs. */
  endedAt: string | null;
}

export interface MoneyAmount {
  /** Upper case, ISO 4217. */
  currency: string;
  /** In the currency's smallest unit. */
  amount: number;
}

export interface Revenue {
  /** This month, YYYY-MM, in the clinic's time zone. */
  month: string;
  paying: number;
  /** Of the paying, those in the grace days after a failed renewal. */
  inGrace: number;
  trialing: number;
  mrr: MoneyAmount[];
  newThisMonth: number;
  churnedThisMonth: number;
  activeAtMonthStart: number;
  /** 0 to 1; null when nothing was active at the month's start. */
  churnRate: number | null;
  compsInForce: number;
}

export interface RevenueInput {
  subscriptions: readonly RevenueSubscription[];
  compsInForce: number;
  now: string;
  timeZone: string;
  graceDays?: number;
}

const NEVER_PAID = new Set(['incomplete', 'incomplete_expired']);

/** What one subscription brings in a month: a yearly one's twelfth, unrounded. */
export function monthlyValue(subscription: Pick<RevenueSubscription, 'interval' | 'amount'>): number {
  return subscription.interval === 'year' ? subscription.amount / 12 : subscription.amount;
}

/** Per currency, rounded to the smallest unit, in alphabetical order of currency. */
export function monthlyRecurringRevenue(
  subscriptions: readonly Pick<RevenueSubscription, 'interval' | 'amount' | 'currency'>[],
): MoneyAmount[] {
  const sums = new Map<string, number>();
  for (const subscription of subscriptions) {
    const currency = subscription.currency.toUpperCase();
    sums.set(currency, (sums.get(currency) ?? 0) + monthlyValue(subscription));
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount: Math.round(amount) }));
}

export function revenueOf(input: RevenueInput): Revenue {
  const { now, timeZone, graceDays } = input;
  const month = localMonthIn(new Date(now), timeZone);
  const monthOf = (moment: string) => localMonthIn(new Date(moment), timeZone);
  const counted = input.subscriptions.filter((subscription) => !NEVER_PAID.has(subscription.status));

  const premiumThrough = counted.filter((subscription) => {
    const { source } = entitlementOf({ isMembershipOn: true, subscription, comp: null, now, graceDays });
    return source === 'subscription' || source === 'grace';
  });
  const paying = premiumThrough.filter((subscription) => subscription.status !== 'trialing');
  const inGrace = paying.filter(
    (subscription) =>
      entitlementOf({ isMembershipOn: true, subscription, comp: null, now, graceDays }).source === 'grace',
  );

  const isChurnedThisMonth = (subscription: RevenueSubscription) =>
    subscription.endedAt !== null
      ? monthOf(subscription.endedAt) === month
      : subscription.cancelAtPeriodEnd && monthOf(subscription.periodEnd) === month;
  const wasActiveAtMonthStart = (subscription: RevenueSubscription) =>
    monthOf(subscription.startedAt) < month &&
    (subscription.endedAt === null || monthOf(subscription.endedAt) >= month);

  const activeAtStart = counted.filter(wasActiveAtMonthStart);
  const churnedFromStart = activeAtStart.filter(isChurnedThisMonth).length;
  return {
    month,
    paying: paying.length,
    inGrace: inGrace.length,
    trialing: premiumThrough.length - paying.length,
    mrr: monthlyRecurringRevenue(paying),
    newThisMonth: counted.filter((subscription) => monthOf(subscription.startedAt) === month).length,
    churnedThisMonth: counted.filter(isChurnedThisMonth).length,
    activeAtMonthStart: activeAtStart.length,
    churnRate: activeAtStart.length === 0 ? null : churnedFromStart / activeAtStart.length,
    compsInForce: input.compsInForce,
  };
}
