import type Stripe from 'stripe';
import type { Executor } from '../db/executor.ts';
import { findAccount } from '../db/repositories/member-data.ts';
import { findBillingEvent, linkCustomer, markBillingEventProcessed } from '../db/repositories/membership.ts';
import { syncSubscription } from './subscription-sync.ts';

/** The events that can change a member's tier; any other is stored and marked ignored. */
const SUBSCRIPTION_EVENTS = new Set([
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
]);
const INVOICE_EVENTS = new Set(['invoice.paid', 'invoice.payment_failed', 'invoice.payment_succeeded']);

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'string' ? value : (value?.id ?? null);

/**
 * What an event is about, kept with it: the checkout session, the subscription (for an invoice, the
 * subscription it bills), or the object itself. Only an id: the state is read again from Stripe.
 */
export function objectIdOf(event: Stripe.Event): string {
  const object = event.data.object as { id?: string } & Partial<Stripe.Invoice>;
  if (INVOICE_EVENTS.has(event.type)) {
    const invoice = object as Stripe.Invoice & { subscription?: string | { id: string } | null };
    const subscription =
      idOf(invoice.parent?.subscription_details?.subscription) ?? idOf(invoice.subscription);
    if (subscription) return subscription;
  }
  return object.id ?? '';
}

export type BillingOutcome = 'subscription-synced' | 'ignored' | 'not-ours';

/**
 * Processes one stored event, once: a second run (the job retried, or the same event delivered twice)
 * finds it processed and does nothing. Each event that can change a tier makes us read the subscription
 * from Stripe again, so events out of order, or a forged payload, cannot set a state Stripe does not hold.
 */
export async function processBillingEvent(
  db: Executor,
  stripe: Stripe,
  eventId: string,
  now: Date,
): Promise<BillingOutcome | 'already-processed' | 'unknown'> {
  const event = await findBillingEvent(db, eventId);
  if (!event) return 'unknown';
  if (event.processed_at) return 'already-processed';
  const outcome = await apply(db, stripe, event.type, event.object_id, now);
  await markBillingEventProcessed(db, eventId, outcome, now);
  return outcome;
}

async function apply(
  db: Executor,
  stripe: Stripe,
  type: string,
  objectId: string,
  now: Date,
): Promise<BillingOutcome> {
  if (type === 'checkout.session.completed') {
    const session = await stripe.checkout.sessions.retrieve(objectId);
    const memberId = session.client_reference_id;
    const customerId = idOf(session.customer);
    const subscriptionId = idOf(session.subscription);
    if (session.mode !== 'subscription' || !memberId || !customerId || !subscriptionId) return 'ignored';
    // A member erased meanwhile has nothing to link.
    if (!(await findAccount(db, memberId))) return 'not-ours';
    await linkCustomer(db, memberId, customerId, now);
    return (await syncSubscription(db, stripe, subscriptionId, now)) ? 'subscription-synced' : 'not-ours';
  }
  if (SUBSCRIPTION_EVENTS.has(type) || (INVOICE_EVENTS.has(type) && objectId.startsWith('sub_'))) {
    return (await syncSubscription(db, stripe, objectId, now)) ? 'subscription-synced' : 'not-ours';
  }
  return 'ignored';
}
