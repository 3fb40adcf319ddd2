import { ApiError } from './api-error.ts';
import {
  addIntervals,
  type InvoiceObject,
  type Metadata,
  newId,
  type PriceObject,
  type SubscriptionItemObject,
  type SubscriptionObject,
  toSeconds,
} from './objects.ts';

/**
 * How a subscription and its invoices change, as Stripe changes them: the periods, renewals paid or
 * failed, and the ways it ends. Times are in seconds, as on the objects.
 */

export function newSubscription(input: {
  customer: string;
  price: PriceObject;
  quantity: number;
  metadata: Metadata;
  start: Date;
}): SubscriptionObject {
  const { price, start } = input;
  const id = newId('sub_');
  const startSeconds = toSeconds(start);
  return {
    id,
    object: 'subscription',
    customer: input.customer,
    status: 'active',
    cancel_at_period_end: false,
    cancel_at: null,
    canceled_at: null,
    ended_at: null,
    created: startSeconds,
    start_date: startSeconds,
    billing_cycle_anchor: startSeconds,
    currency: price.currency,
    metadata: input.metadata,
    latest_invoice: null,
    items: {
      object: 'list',
      data: [
        {
          id: newId('si_'),
          object: 'subscription_item',
          subscription: id,
          current_period_start: startSeconds,
          current_period_end: toSeconds(periodEnd(start, price, 1)),
          quantity: input.quantity,
          price,
          metadata: {},
          created: startSeconds,
        },
      ],
      has_more: false,
      total_count: 1,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    livemode: false,
  };
}

/** The end of the `periods`th period: counted from the anchor, so a subscription from 31 January stays on the 31st. */
function periodEnd(anchor: Date, price: PriceObject, periods: number): Date {
  return addIntervals(anchor, price.recurring.interval, price.recurring.interval_count * periods);
}

export function itemOf(subscription: SubscriptionObject): SubscriptionItemObject {
  const item = subscription.items.data[0];
  if (!item) throw new Error(`Subscription ${subscription.id} has no item`);
  return item;
}

export function newInvoice(
  subscription: SubscriptionObject,
  reason: InvoiceObject['billing_reason'],
  created: number,
): InvoiceObject {
  const item = itemOf(subscription);
  const amount = item.price.unit_amount * item.quantity;
  return {
    id: newId('in_'),
    object: 'invoice',
    customer: subscription.customer,
    subscription: subscription.id,
    parent: {
      type: 'subscription_details',
      subscription_details: { subscription: subscription.id, metadata: { ...subscription.metadata } },
    },
    status: 'open',
    billing_reason: reason,
    amount_due: amount,
    amount_paid: 0,
    amount_remaining: amount,
    currency: subscription.currency,
    created,
    livemode: false,
  };
}

export function markPaid(invoice: InvoiceObject): void {
  Object.assign(invoice, { status: 'paid', amount_paid: invoice.amount_due, amount_remaining: 0 });
}

/** A renewal is due only for a live subscription that is not set to end. */
export function assertRenews(subscription: SubscriptionObject): void {
  if (subscription.status === 'canceled') throw alreadyCanceled(subscription);
  if (subscription.cancel_at_period_end) {
    throw new ApiError(
      400,
      `Subscription ${subscription.id} is set to cancel at the period's end: it ends, it does not renew.`,
    );
  }
}

/** A paid renewal: the next period, `periods` from the anchor, begins where the last one ended. */
export function startPeriod(subscription: SubscriptionObject, periods: number): void {
  const item = itemOf(subscription);
  const anchor = new Date(subscription.billing_cycle_anchor * 1000);
  item.current_period_start = item.current_period_end;
  item.current_period_end = toSeconds(periodEnd(anchor, item.price, periods));
  subscription.status = 'active';
}

export function setCancelAtPeriodEnd(
  subscription: SubscriptionObject,
  isCanceling: boolean,
  now: number,
): void {
  if (subscription.status === 'canceled') {
    throw new ApiError(400, 'A canceled subscription can only update its cancellation_details and metadata.');
  }
  subscription.cancel_at_period_end = isCanceling;
  subscription.cancel_at = isCanceling ? itemOf(subscription).current_period_end : null;
  // For a subscription set to cancel, Stripe keeps when it was asked to.
  subscription.canceled_at = isCanceling ? now : null;
}

export function cancelNow(subscription: SubscriptionObject, now: number): void {
  if (subscription.status === 'canceled') throw alreadyCanceled(subscription);
  Object.assign(subscription, {
    status: 'canceled',
    cancel_at_period_end: false,
    cancel_at: null,
    canceled_at: now,
    ended_at: now,
  } satisfies Partial<SubscriptionObject>);
}

/** The period ends: one set to cancel ends with it; one past due is canceled, its retries spent. */
export function endPeriod(subscription: SubscriptionObject, now: number): void {
  if (subscription.cancel_at_period_end && subscription.status !== 'canceled') {
    subscription.status = 'canceled';
    subscription.ended_at = itemOf(subscription).current_period_end;
  } else if (subscription.status === 'past_due') {
    Object.assign(subscription, { status: 'canceled', canceled_at: now, ended_at: now });
  } else {
    throw new ApiError(
      400,
      `Subscription ${subscription.id} is ${subscription.status} and not set to cancel: at the period's end it renews (renew).`,
    );
  }
}

function alreadyCanceled(subscription: SubscriptionObject): ApiError {
  return new ApiError(400, `Subscription ${subscription.id} is already canceled.`);
}
