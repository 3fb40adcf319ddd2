import { ApiError, noSuch, noSuchReferenced } from './api-error.ts';
import type { RecordEvent } from './event-outbox.ts';
import {
  type CheckoutSessionObject,
  type CustomerObject,
  type Interval,
  type InvoiceObject,
  type Metadata,
  newId,
  type PortalSessionObject,
  type PriceObject,
  type ProductObject,
  previousAttributes,
  type SubscriptionObject,
  toSeconds,
} from './objects.ts';
import {
  assertRenews,
  cancelNow,
  endPeriod,
  markPaid,
  newInvoice,
  newSubscription,
  setCancelAtPeriodEnd,
  startPeriod,
} from './subscription-lifecycle.ts';

export interface CustomerInput {
  email?: string;
  name?: string;
  description?: string;
  metadata?: Metadata;
}

export interface CheckoutInput {
  customer?: string;
  customerEmail?: string;
  clientReferenceId?: string;
  metadata?: Metadata;
  /** `subscription_data[metadata]`: where Stripe takes a new subscription's metadata from. */
  subscriptionMetadata?: Metadata;
  successUrl: string;
  cancelUrl?: string;
  price: {
    currency: string;
    unitAmount: number;
    productName: string;
    interval: Interval;
    intervalCount: number;
  };
  quantity: number;
}

export interface SubscriptionChanges {
  cancelAtPeriodEnd?: boolean;
  /** Merged into the metadata (an empty value removes its key); null removes every key. */
  metadata?: Metadata | null;
}

const CHECKOUT_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * One Stripe account in memory: its customers, checkout sessions, subscriptions and invoices, and what
 * happens to them. Every change is synchronous and records its events; sending them is the outbox's job.
 */
export function createFakeAccount(deps: { clock: () => Date; baseUrl: string; recordEvent: RecordEvent }) {
  const { clock, baseUrl, recordEvent } = deps;
  const customers = new Map<string, CustomerObject>();
  const products = new Map<string, ProductObject>();
  const checkoutSessions = new Map<
    string,
    { session: CheckoutSessionObject; price: PriceObject; quantity: number; subscriptionMetadata: Metadata }
  >();
  const subscriptions = new Map<string, SubscriptionObject>();
  const invoices = new Map<string, InvoiceObject>();
  const portalSessions = new Map<string, PortalSessionObject>();
  // How many periods each subscription has paid for: the next one's end counts from the anchor.
  const periodsPaid = new Map<string, number>();
  const now = () => toSeconds(clock());

  function found<T>(map: Map<string, T>, kind: string, id: string): T {
    const value = map.get(id);
    if (!value) throw noSuch(kind, id);
    return value;
  }

  function createCustomer(input: CustomerInput): CustomerObject {
    const customer: CustomerObject = {
      id: newId('cus_'),
      object: 'customer',
      email: input.email ?? null,
      name: input.name ?? null,
      description: input.description ?? null,
      metadata: withoutEmptyValues(input.metadata ?? {}),
      created: now(),
      livemode: false,
    };
    customers.set(customer.id, customer);
    return customer;
  }

  function createCheckoutSession(input: CheckoutInput): CheckoutSessionObject {
    if (input.customer && input.customerEmail) {
      throw new ApiError(400, 'You may only specify one of these parameters: customer, customer_email.');
    }
    if (input.customer && !customers.has(input.customer)) {
      throw noSuchReferenced('customer', input.customer, 'customer');
    }
    const created = now();
    const product: ProductObject = {
      id: newId('prod_'),
      object: 'product',
      name: input.price.productName,
      active: true,
      created,
      livemode: false,
    };
    products.set(product.id, product);
    const price: PriceObject = {
      id: newId('price_'),
      object: 'price',
      type: 'recurring',
      active: true,
      currency: input.price.currency,
      unit_amount: input.price.unitAmount,
      recurring: { interval: input.price.interval, interval_count: input.price.intervalCount },
      product: product.id,
      created,
      livemode: false,
    };
    const id = newId('cs_test_');
    const session: CheckoutSessionObject = {
      id,
      object: 'checkout.session',
      url: `${baseUrl}/checkout/${id}`,
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      customer: input.customer ?? null,
      customer_email: input.customerEmail ?? null,
      customer_details: null,
      client_reference_id: input.clientReferenceId ?? null,
      metadata: withoutEmptyValues(input.metadata ?? {}),
      subscription: null,
      success_url: input.successUrl,
      cancel_url: input.cancelUrl ?? null,
      amount_total: price.unit_amount * input.quantity,
      currency: price.currency,
      created,
      expires_at: created + CHECKOUT_LIFETIME_SECONDS,
      livemode: false,
    };
    checkoutSessions.set(id, {
      session,
      price,
      quantity: input.quantity,
      subscriptionMetadata: withoutEmptyValues(input.subscriptionMetadata ?? {}),
    });
    return session;
  }

  /** The customer pays: a customer if there was none, an active subscription, a paid first invoice. */
  function completeCheckout(sessionId: string): string {
    const { session, price, quantity, subscriptionMetadata } = found(
      checkoutSessions,
      'checkout.session',
      sessionId,
    );
    if (session.status !== 'open') {
      throw new ApiError(
        400,
        `Checkout session ${sessionId} is ${session.status}; only an open one can be paid.`,
      );
    }
    const customer = session.customer
      ? found(customers, 'customer', session.customer)
      : createCustomer({ email: session.customer_email ?? undefined });
    const subscription = newSubscription({
      customer: customer.id,
      price,
      quantity,
      // Stripe itself copies only subscription_data[metadata]; the session's metadata is copied too, so an
      // app that looks for its member id on either finds it.
      metadata: { ...session.metadata, ...subscriptionMetadata },
      start: clock(),
    });
    const subscriptionId = subscription.id;
    const invoice = createInvoice(subscription, 'subscription_create');
    markPaid(invoice);
    subscription.latest_invoice = invoice.id;
    subscriptions.set(subscriptionId, subscription);
    periodsPaid.set(subscriptionId, 1);
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      url: null,
      customer: customer.id,
      customer_details: { email: customer.email, name: customer.name },
      subscription: subscriptionId,
    } satisfies Partial<CheckoutSessionObject>);
    recordEvent('checkout.session.completed', session);
    recordEvent('customer.subscription.created', subscription);
    recordEvent('invoice.paid', invoice);
    return subscriptionId;
  }

  function createInvoice(subscription: SubscriptionObject, reason: InvoiceObject['billing_reason']) {
    const invoice = newInvoice(subscription, reason, now());
    invoices.set(invoice.id, invoice);
    return invoice;
  }

  /** The invoice a renewal charges: the one a failed renewal left open, or a new one. */
  function renewalInvoice(subscription: SubscriptionObject): InvoiceObject {
    const latest = subscription.latest_invoice ? invoices.get(subscription.latest_invoice) : undefined;
    return latest?.status === 'open' ? latest : createInvoice(subscription, 'subscription_cycle');
  }

  function renew(subscriptionId: string, succeeds: boolean): void {
    const subscription = found(subscriptions, 'subscription', subscriptionId);
    assertRenews(subscription);
    const before = structuredClone(subscription);
    const invoice = renewalInvoice(subscription);
    // As Stripe does, the new period starts when the renewal is first tried, paid or not; trying a
    // failed renewal's invoice again leaves the period where it is.
    const isRetry = subscription.latest_invoice === invoice.id;
    subscription.latest_invoice = invoice.id;
    if (!isRetry) {
      const periods = (periodsPaid.get(subscriptionId) ?? 1) + 1;
      periodsPaid.set(subscriptionId, periods);
      startPeriod(subscription, periods);
    }
    if (succeeds) {
      markPaid(invoice);
      subscription.status = 'active';
      recordEvent('invoice.paid', invoice);
    } else {
      subscription.status = 'past_due';
      recordEvent('invoice.payment_failed', invoice);
    }
    recordUpdate(before, subscription);
  }

  function updateSubscription(subscriptionId: string, changes: SubscriptionChanges): SubscriptionObject {
    const subscription = found(subscriptions, 'subscription', subscriptionId);
    const before = structuredClone(subscription);
    if (changes.cancelAtPeriodEnd !== undefined) {
      setCancelAtPeriodEnd(subscription, changes.cancelAtPeriodEnd, now());
    }
    if (changes.metadata !== undefined) {
      subscription.metadata =
        changes.metadata === null
          ? {}
          : withoutEmptyValues({ ...subscription.metadata, ...changes.metadata });
    }
    recordUpdate(before, subscription);
    return subscription;
  }

  function cancelSubscription(subscriptionId: string): SubscriptionObject {
    const subscription = found(subscriptions, 'subscription', subscriptionId);
    cancelNow(subscription, now());
    recordEvent('customer.subscription.deleted', subscription);
    return subscription;
  }

  function endSubscriptionPeriod(subscriptionId: string): void {
    const subscription = found(subscriptions, 'subscription', subscriptionId);
    endPeriod(subscription, now());
    recordEvent('customer.subscription.deleted', subscription);
  }

  function recordUpdate(before: SubscriptionObject, after: SubscriptionObject): void {
    const previous = previousAttributes(before, after);
    if (Object.keys(previous).length > 0) recordEvent('customer.subscription.updated', after, previous);
  }

  function createPortalSession(input: { customer: string; returnUrl?: string }): PortalSessionObject {
    if (!customers.has(input.customer)) throw noSuchReferenced('customer', input.customer, 'customer');
    const id = newId('bps_');
    const portal: PortalSessionObject = {
      id,
      object: 'billing_portal.session',
      customer: input.customer,
      return_url: input.returnUrl ?? null,
      url: `${baseUrl}/portal/${id}`,
      created: now(),
      livemode: false,
    };
    portalSessions.set(id, portal);
    return portal;
  }

  return {
    createCustomer,
    customer: (id: string) => found(customers, 'customer', id),
    createCheckoutSession,
    checkoutSession: (id: string) => found(checkoutSessions, 'checkout.session', id).session,
    /** What the checkout page shows: the price and its product. */
    checkoutOffer(id: string) {
      const { session, price, quantity } = found(checkoutSessions, 'checkout.session', id);
      return { session, price, quantity, product: found(products, 'product', price.product) };
    },
    completeCheckout,
    subscription: (id: string) => found(subscriptions, 'subscription', id),
    /** A customer's subscriptions, newest first; all of them, or those of one customer. */
    subscriptions(filter: { customer?: string; status?: string } = {}): SubscriptionObject[] {
      return [...subscriptions.values()]
        .filter((subscription) => !filter.customer || subscription.customer === filter.customer)
        .filter(
          (subscription) =>
            !filter.status || filter.status === 'all' || subscription.status === filter.status,
        )
        .reverse();
    },
    updateSubscription,
    cancelNow: cancelSubscription,
    renew,
    endPeriod: endSubscriptionPeriod,
    invoice: (id: string) => found(invoices, 'invoice', id),
    product: (id: string) => found(products, 'product', id),
    createPortalSession,
    portalSession: (id: string) => found(portalSessions, 'billing_portal.session', id),
    /** Any object by its id, for `expand`. */
    objectById(id: string): object | undefined {
      for (const map of [customers, products, subscriptions, invoices, portalSessions]) {
        const value = map.get(id);
        if (value) return value;
      }
      return checkoutSessions.get(id)?.session;
    },
  };
}

export type FakeAccount = ReturnType<typeof createFakeAccount>;

function withoutEmptyValues(metadata: Metadata): Metadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== ''));
}
