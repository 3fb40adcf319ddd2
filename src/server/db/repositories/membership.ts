import type { Executor } from '../executor.ts';

/**
 * Membership's tables: the tiers' settings, members' Stripe customers and subscriptions (as Stripe last
 * told us), the webhooks received, and comps. Every query about a member names them.
 */

export function findMembershipSettings(db: Executor) {
  return db.selectFrom('membership_settings').selectAll().executeTakeFirst();
}

export interface MembershipSettingsRow {
  currency: string;
  freeName: string;
  freeDescription: string;
  premiumName: string;
  premiumDescription: string;
  monthlyPrice: number;
  yearlyPrice: number;
  includes: unknown;
}

export async function saveMembershipSettings(db: Executor, settings: MembershipSettingsRow, at: Date) {
  const row = {
    currency: settings.currency,
    free_name: settings.freeName,
    free_description: settings.freeDescription,
    premium_name: settings.premiumName,
    premium_description: settings.premiumDescription,
    monthly_price: settings.monthlyPrice,
    yearly_price: settings.yearlyPrice,
    includes: JSON.stringify(settings.includes),
    updated_at: at,
  };
  await db
    .insertInto('membership_settings')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
}

export async function findCustomerId(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('stripe_customers')
    .select('customer_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.customer_id;
}

export async function findMemberOfCustomer(db: Executor, customerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('stripe_customers')
    .select('user_id')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row?.user_id;
}

/** Links the member to their Stripe customer; a member keeps the first customer made for them. */
export async function linkCustomer(
  db: Executor,
  userId: string,
  customerId: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto('stripe_customers')
    .values({ user_id: userId, customer_id: customerId, created_at: at })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export interface SubscriptionRow {
  id: string;
  userId: string;
  status: string;
  periodStart: Date;
  periodEnd: Date;
  cancelAtPeriodEnd: boolean;
  interval: 'month' | 'year';
  amount: number;
  currency: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** Stores the subscription as just read from Stripe: the current state, whatever order the news came in. */
export async function saveSubscription(db: Executor, subscription: SubscriptionRow, at: Date): Promise<void> {
  const state = {
    status: subscription.status,
    period_start: subscription.periodStart,
    period_end: subscription.periodEnd,
    cancel_at_period_end: subscription.cancelAtPeriodEnd,
    interval: subscription.interval,
    amount: subscription.amount,
    currency: subscription.currency,
    ended_at: subscription.endedAt,
    synced_at: at,
  };
  await db
    .insertInto('subscriptions')
    .values({
      id: subscription.id,
      user_id: subscription.userId,
      started_at: subscription.startedAt,
      ...state,
    })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(state))
    .execute();
}

/** The member's subscription that matters now: one not ended first, else the one that ended last. */
export function findCurrentSubscription(db: Executor, userId: string) {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy((eb) => eb.case().when('ended_at', 'is', null).then(0).else(1).end())
    .orderBy('period_end', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every subscription the member has had, oldest first (for the export). */
export function listSubscriptions(db: Executor, userId: string) {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('started_at')
    .execute();
}

/** Stores a webhook's event once, by its id: false when it was already received (a redelivery). */
export async function recordBillingEvent(
  db: Executor,
  event: { id: string; type: string; objectId: string },
  at: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('billing_events')
    .values({ id: event.id, type: event.type, object_id: event.objectId, received_at: at })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findBillingEvent(db: Executor, id: string) {
  return db.selectFrom('billing_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markBillingEventProcessed(db: Executor, id: string, outcome: string, at: Date) {
  await db
    .updateTable('billing_events')
    .set({ processed_at: at, outcome })
    .where('id', '=', id)
    .where('processed_at', 'is', null)
    .execute();
}

export function findComp(db: Executor, userId: string) {
  return db.selectFrom('membership_comps').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function saveComp(
  db: Executor,
  comp: { userId: string; grantedBy: string | null; until: Date | null; reason: string },
  at: Date,
): Promise<void> {
  const values = { granted_by: comp.grantedBy, until: comp.until, reason: comp.reason, granted_at: at };
  await db
    .insertInto('membership_comps')
    .values({ user_id: comp.userId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
}

/** Ends a comp now, keeping its row: the member's membership then says premium has ended. */
export async function endCompNow(db: Executor, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('membership_comps')
    .set({ until: at })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', at)]))
    .execute();
}
