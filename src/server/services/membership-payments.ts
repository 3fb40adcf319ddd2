import type Stripe from 'stripe';
import type { BillingInterval } from '../../contract/membership.ts';
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import { findAccount } from '../db/repositories/member-data.ts';
import { findCurrentSubscription, findCustomerId, linkCustomer } from '../db/repositories/membership.ts';
import { type Actor, Refusal } from './errors.ts';
import { currentMembershipSettings, membershipOf } from './membership.ts';

/** Where Stripe sends the member back: the app's membership screen. */
const MEMBERSHIP_PATH = '/membership';

/** Stripe, when this service takes card payments; otherwise the refusal that says why not. */
function stripeOf(billing: Billing): Stripe {
  if (!billing.isMembershipOn) {
    throw new Refusal(
      'conflict',
      'membership-off',
      'Everything is included',
      'Here every member has everything already: there is nothing to pay for.',
    );
  }
  if (!billing.stripe) {
    throw new Refusal(
      'conflict',
      'payments-off',
      'Card payments are not set up',
      'This service does not take card payments. Ask the people who run it about premium membership.',
    );
  }
  return billing.stripe;
}

/** The member's Stripe customer, made once (the same idempotency key, so a retry makes no second). */
async function customerOf(db: Executor, stripe: Stripe, memberId: string, now: Date): Promise<string> {
  const known = await findCustomerId(db, memberId);
  if (known) return known;
  const account = await findAccount(db, memberId);
  if (!account) throw new Error(`member ${memberId} vanished after the access check`);
  const customer = await stripe.customers.create(
    { email: account.email, name: account.name, metadata: { memberId } },
    { idempotencyKey: `backstrong-customer-${memberId}` },
  );
  await linkCustomer(db, memberId, customer.id, now);
  // Another request may have linked one first: the first stays, and is the one used.
  return (await findCustomerId(db, memberId)) ?? customer.id;
}

/**
 * Starts paying for premium: a Stripe Checkout session for the price the admin set, which the browser
 * is sent to. The tier changes only when Stripe's webhook says the subscription exists, never here.
 */
export async function startCheckout(
  db: Executor,
  actor: Actor,
  memberId: string,
  request: { interval: BillingInterval; billing: Billing; publicUrl: string; now: Date },
): Promise<string> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const { billing, interval, publicUrl, now } = request;
  const stripe = stripeOf(billing);
  const membership = await membershipOf(db, actor, memberId, billing, now);
  if (membership.source === 'subscription' || membership.source === 'grace') {
    throw new Refusal(
      'conflict',
      'already-premium',
      'Premium already',
      'You are a premium member already. Change your card or cancel from "Manage payments".',
    );
  }
  const settings = await currentMembershipSettings(db);
  const customer = await customerOf(db, stripe, memberId, now);
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: memberId,
    metadata: { memberId },
    subscription_data: { metadata: { memberId } },
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: settings.currency.toLowerCase(),
          unit_amount: interval === 'month' ? settings.premium.monthlyPrice : settings.premium.yearlyPrice,
          recurring: { interval },
          product_data: { name: `Backstrong ${settings.premium.name}` },
        },
      },
    ],
    success_url: `${publicUrl}${MEMBERSHIP_PATH}?checkout={CHECKOUT_SESSION_ID}`,
    cancel_url: `${publicUrl}${MEMBERSHIP_PATH}?checkout=cancelled`,
  });
  if (!session.url) throw new Error('Stripe made a checkout session without a page to send the member to');
  return session.url;
}

/** Stripe's customer portal, where the member changes their card or cancels. */
export async function openBillingPortal(
  db: Executor,
  actor: Actor,
  memberId: string,
  request: { billing: Billing; publicUrl: string },
): Promise<string> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const stripe = stripeOf(request.billing);
  const [customer, subscription] = await Promise.all([
    findCustomerId(db, memberId),
    findCurrentSubscription(db, memberId),
  ]);
  if (!customer || !subscription) {
    throw new Refusal(
      'conflict',
      'no-subscription',
      'Nothing to manage',
      'You have no paid membership to manage yet.',
    );
  }
  const portal = await stripe.billingPortal.sessions.create({
    customer,
    return_url: `${request.publicUrl}${MEMBERSHIP_PATH}`,
  });
  return portal.url;
}
