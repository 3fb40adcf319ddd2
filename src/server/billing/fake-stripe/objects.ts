import { randomBytes } from 'node:crypto';

/**
 * The objects the fake keeps, in the shapes Stripe answers with (API versions since 2025-03-31: the billing
 * period sits on the subscription's items). Only the fields a subscription billing flow reads are here.
 */
export type Metadata = Record<string, string>;
export type Interval = 'day' | 'week' | 'month' | 'year';
const INTERVALS: readonly string[] = ['day', 'week', 'month', 'year'] satisfies Interval[];

export function isInterval(value: string): value is Interval {
  return INTERVALS.includes(value);
}

export interface CustomerObject {
  id: string;
  object: 'customer';
  email: string | null;
  name: string | null;
  description: string | null;
  metadata: Metadata;
  created: number;
  livemode: false;
}

export interface ProductObject {
  id: string;
  object: 'product';
  name: string;
  active: true;
  created: number;
  livemode: false;
}

export interface PriceObject {
  id: string;
  object: 'price';
  type: 'recurring';
  active: true;
  currency: string;
  unit_amount: number;
  recurring: { interval: Interval; interval_count: number };
  product: string;
  created: number;
  livemode: false;
}

export interface CheckoutSessionObject {
  id: string;
  object: 'checkout.session';
  /** The hosted page while open; Stripe clears it once the session is complete. */
  url: string | null;
  mode: 'subscription';
  status: 'open' | 'complete';
  payment_status: 'unpaid' | 'paid';
  customer: string | null;
  customer_email: string | null;
  customer_details: { email: string | null; name: string | null } | null;
  client_reference_id: string | null;
  metadata: Metadata;
  subscription: string | null;
  success_url: string;
  cancel_url: string | null;
  amount_total: number;
  currency: string;
  created: number;
  expires_at: number;
  livemode: false;
}

export interface SubscriptionItemObject {
  id: string;
  object: 'subscription_item';
  subscription: string;
  current_period_start: number;
  current_period_end: number;
  quantity: number;
  price: PriceObject;
  metadata: Metadata;
  created: number;
}

export type SubscriptionStatus = 'active' | 'past_due' | 'canceled';

export interface SubscriptionObject {
  id: string;
  object: 'subscription';
  customer: string;
  status: SubscriptionStatus;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  canceled_at: number | null;
  ended_at: number | null;
  created: number;
  start_date: number;
  billing_cycle_anchor: number;
  currency: string;
  metadata: Metadata;
  latest_invoice: string | null;
  items: {
    object: 'list';
    data: SubscriptionItemObject[];
    has_more: false;
    total_count: number;
    url: string;
  };
  livemode: false;
}

export interface InvoiceObject {
  id: string;
  object: 'invoice';
  customer: string;
  /** Where API versions before 2025-03-31 named the subscription; `parent` is where later ones do. */
  subscription: string;
  parent: {
    type: 'subscription_details';
    subscription_details: { subscription: string; metadata: Metadata };
  };
  status: 'open' | 'paid';
  billing_reason: 'subscription_create' | 'subscription_cycle';
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  currency: string;
  created: number;
  livemode: false;
}

export interface PortalSessionObject {
  id: string;
  object: 'billing_portal.session';
  customer: string;
  return_url: string | null;
  url: string;
  created: number;
  livemode: false;
}

export interface EventObject {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  livemode: false;
  type: string;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** An id the way Stripe writes them: its prefix, then 24 random letters and digits. */
export function newId(prefix: string): string {
  return `${prefix}${[...randomBytes(24)].map((byte) => BASE62[byte % 62]).join('')}`;
}

export function toSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * The end of the `count`th interval from the anchor, in calendar terms (UTC), as Stripe bills: monthly from
 * 31 January falls on 28 or 29 February, then 31 March, because each period counts from the anchor.
 */
export function addIntervals(anchor: Date, interval: Interval, count: number): Date {
  if (interval === 'day' || interval === 'week') {
    const days = interval === 'day' ? count : count * 7;
    return new Date(anchor.getTime() + days * 86_400_000);
  }
  const months = interval === 'year' ? count * 12 : count;
  const monthIndex = anchor.getUTCMonth() + months;
  const year = anchor.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(anchor);
  result.setUTCFullYear(year, month, Math.min(anchor.getUTCDate(), lastDay));
  return result;
}

/** What an update changed, as Stripe sends it in an event's `data.previous_attributes`: the old values. */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(old)
      .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
      .map((key) => [key, old[key]]),
  );
}
