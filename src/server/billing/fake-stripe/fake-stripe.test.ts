import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';

const SECRET = 'whsec_fake_endpoint_secret';
const seconds = (iso: string) => Date.parse(iso) / 1000;

/** What the app's webhook route does: verify the signature over the raw body, keep the event. */
interface Receiver {
  url: string;
  events: Stripe.Event[];
  deliveries: { body: string; signature: string }[];
  /** The status it answers with; 200 unless a test makes it fail. */
  status: number;
  close(): Promise<void>;
}

async function startReceiver(clock: () => Date): Promise<Receiver> {
  const receiver: Receiver = { url: '', events: [], deliveries: [], status: 200, close: async () => {} };
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const signature = String(request.headers['stripe-signature']);
    receiver.deliveries.push({ body, signature });
    try {
      // The fake signs with its own clock; so does the app, so the tolerance is measured on that clock.
      receiver.events.push(
        Stripe.webhooks.constructEvent(body, signature, SECRET, undefined, undefined, clock().getTime()),
      );
      response.writeHead(receiver.status).end();
    } catch {
      response.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

let now: Date;
let fake: FakeStripe;
let stripe: Stripe;
let receiver: Receiver;

beforeEach(async () => {
  // The last day of a month: a month on is 28 February, and the next renewal 31 March.
  now = new Date('2026-01-31T10:00:00Z');
  const clock = () => now;
  fake = await startFakeStripe({ clock });
  receiver = await startReceiver(clock);
  fake.setWebhookEndpoint(receiver.url, SECRET);
  stripe = new Stripe('sk_test_fake', { ...fake.clientOptions, maxNetworkRetries: 0 });
});

afterEach(async () => {
  await fake.close();
  await receiver.close();
});

function openCheckout(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: 'ana@example.org',
    client_reference_id: 'member-1',
    metadata: { memberId: 'member-1' },
    success_url: 'https://app.example/billing/done?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://app.example/billing',
    line_items: [
      {
        price_data: {
          currency: 'eur',
          unit_amount: 990,
          product_data: { name: 'Backstrong Premium' },
          recurring: { interval: 'month' },
        },
        quantity: 1,
      },
    ],
    ...extra,
  });
}

async function subscribe(): Promise<string> {
  const session = await openCheckout();
  return fake.completeCheckout(session.id);
}

const types = () => receiver.events.map((event) => event.type);

describe('the API, through the official library', () => {
  it('creates a customer and reads it back', async () => {
    const created = await stripe.customers.create({
      email: 'ana@example.org',
      name: 'Ana',
      metadata: { memberId: 'm1' },
    });
    expect(created.id).toMatch(/^cus_[0-9A-Za-z]{24}$/);
    const customer = await stripe.customers.retrieve(created.id);
    expect(customer).toMatchObject({
      id: created.id,
      object: 'customer',
      email: 'ana@example.org',
      name: 'Ana',
      metadata: { memberId: 'm1' },
      created: seconds('2026-01-31T10:00:00Z'),
    });
  });

  it('opens a checkout session on a hosted page that shows the product, the price and that it is a test', async () => {
    const session = await openCheckout();
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      customer: null,
      customer_email: 'ana@example.org',
      client_reference_id: 'member-1',
      subscription: null,
      url: `${fake.url}/checkout/${session.id}`,
    });
    expect(session.id).toMatch(/^cs_test_/);
    const html = await (await fetch(session.url ?? '')).text();
    expect(html).toContain('<title>Pay for Backstrong Premium (test checkout)</title>');
    expect(html).toContain('<h1>Pay for Backstrong Premium</h1>');
    expect(html).toContain('€9.90 per month');
    expect(html).toContain('no card is charged');
    expect(html).toContain('<a href="https://app.example/billing">Cancel</a>');
  });

  it("pays on the page's Pay form: 303 to success_url with the id, and a subscription in the current API shape", async () => {
    const session = await openCheckout();
    const page = await (await fetch(session.url ?? '')).text();
    const action = /<form method="post" action="([^"]+)">\s*<button type="submit">Pay<\/button>/.exec(
      page,
    )?.[1];
    const paid = await fetch(new URL(action ?? '', fake.url), { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`https://app.example/billing/done?session_id=${session.id}`);

    const completed = await stripe.checkout.sessions.retrieve(session.id);
    expect(completed).toMatchObject({ status: 'complete', payment_status: 'paid' });
    expect(completed.customer).toMatch(/^cus_/);
    const subscription = await stripe.subscriptions.retrieve(String(completed.subscription));
    expect(subscription).toMatchObject({
      object: 'subscription',
      customer: completed.customer,
      status: 'active',
      cancel_at_period_end: false,
      canceled_at: null,
      ended_at: null,
      start_date: seconds('2026-01-31T10:00:00Z'),
      metadata: { memberId: 'member-1' },
      items: {
        object: 'list',
        data: [
          {
            object: 'subscription_item',
            current_period_start: seconds('2026-01-31T10:00:00Z'),
            current_period_end: seconds('2026-02-28T10:00:00Z'),
            quantity: 1,
            price: {
              object: 'price',
              currency: 'eur',
              unit_amount: 990,
              recurring: { interval: 'month', interval_count: 1 },
            },
          },
        ],
      },
    });
    expect(subscription.latest_invoice).toMatch(/^in_/);
    expect((await stripe.customers.retrieve(String(completed.customer))) as Stripe.Customer).toMatchObject({
      email: 'ana@example.org',
    });
  });

  it('pays once when the Pay form is sent twice, and then shows the checkout as complete', async () => {
    const session = await openCheckout();
    const pay = () => fetch(`${fake.url}/checkout/${session.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect((await pay()).status).toBe(303);
    const again = await pay();
    expect(again.headers.get('location')).toBe(`https://app.example/billing/done?session_id=${session.id}`);
    expect(types().filter((type) => type === 'customer.subscription.created')).toHaveLength(1);
    expect(await (await fetch(`${fake.url}/checkout/${session.id}`)).text()).toContain(
      'This checkout is complete',
    );
  });

  it('bills the customer a session names, and expands ids on request', async () => {
    const customer = await stripe.customers.create({ email: 'bo@example.org' });
    const session = await openCheckout({ customer: customer.id, customer_email: undefined });
    const subscriptionId = await fake.completeCheckout(session.id);
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    expect(expanded.customer).toBe(customer.id);
    expect(expanded.subscription).toMatchObject({ id: subscriptionId, object: 'subscription' });
  });

  it('refuses a request without a test key (401, Stripe’s error shape)', async () => {
    const bare = await fetch(`${fake.url}/v1/customers/cus_x`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toEqual({
      error: { type: 'invalid_request_error', message: expect.any(String) },
    });
    const withCurl = await fetch(`${fake.url}/v1/customers`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('sk_test_fake:').toString('base64')}` },
    });
    expect(withCurl.status).toBe(200);
    const live = new Stripe('sk_live_real', { ...fake.clientOptions, maxNetworkRetries: 0 });
    await expect(live.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('answers 404 resource_missing for an unknown id, which the library throws as an invalid request', async () => {
    for (const call of [stripe.customers.retrieve('cus_nope'), stripe.subscriptions.retrieve('sub_nope')]) {
      const error = await call.then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    }
  });

  it('answers 400 naming a missing required parameter', async () => {
    const missing = openCheckout({ success_url: undefined });
    await expect(missing).rejects.toMatchObject({
      statusCode: 400,
      param: 'success_url',
      type: 'StripeInvalidRequestError',
    });
  });

  it('answers a repeated Idempotency-Key with the first answer and no second customer', async () => {
    const first = await stripe.customers.create({ email: 'ana@example.org' }, { idempotencyKey: 'signup-1' });
    const again = await stripe.customers.create({ email: 'ana@example.org' }, { idempotencyKey: 'signup-1' });
    expect(again.id).toBe(first.id);
    await expect(
      stripe.customers.create({ email: 'other@example.org' }, { idempotencyKey: 'signup-1' }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});

describe('webhooks', () => {
  it('sends a paid checkout’s events, signed, in Stripe’s order, with the objects as they were', async () => {
    const subscriptionId = await subscribe();
    expect(types()).toEqual(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid']);
    const [completed, created, paid] = receiver.events;
    for (const event of receiver.events) {
      expect(event).toMatchObject({ object: 'event', api_version: Stripe.API_VERSION, livemode: false });
      expect(event.created).toBe(seconds('2026-01-31T10:00:00Z'));
    }
    expect(completed?.data.object).toMatchObject({ status: 'complete', subscription: subscriptionId });
    expect(created?.data.object).toMatchObject({ id: subscriptionId, status: 'active' });
    expect(paid?.data.object).toMatchObject({
      object: 'invoice',
      status: 'paid',
      amount_paid: 990,
      subscription: subscriptionId,
      parent: { subscription_details: { subscription: subscriptionId } },
    });
    expect(fake.events().map(({ delivered, lastStatus }) => ({ delivered, lastStatus }))).toEqual([
      { delivered: 1, lastStatus: 200 },
      { delivered: 1, lastStatus: 200 },
      { delivered: 1, lastStatus: 200 },
    ]);
  });

  it('signs with the endpoint’s secret only: another secret does not verify', async () => {
    await subscribe();
    const [delivery] = receiver.deliveries;
    expect(delivery?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(() =>
      Stripe.webhooks.constructEvent(
        delivery?.body ?? '',
        delivery?.signature ?? '',
        'whsec_other',
        undefined,
        undefined,
        now.getTime(),
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('redelivers an event as a duplicate: the same id and body, signed afresh', async () => {
    await subscribe();
    const [first] = fake.events();
    now = new Date('2026-01-31T10:05:00Z');
    expect(await fake.redeliver(first?.id ?? '')).toBe(200);
    const [original, duplicate] = receiver.deliveries.filter(
      (delivery) => delivery.body === receiver.deliveries[0]?.body,
    );
    expect(duplicate?.body).toBe(original?.body);
    expect(duplicate?.signature).toContain(`t=${seconds('2026-01-31T10:05:00Z')},`);
    expect(receiver.events.at(-1)?.id).toBe(first?.id);
    expect(fake.events()[0]).toMatchObject({ id: first?.id, delivered: 2, lastStatus: 200 });
  });

  it('holds events, then releases them out of order', async () => {
    fake.hold();
    const subscriptionId = await subscribe();
    expect(receiver.events).toEqual([]);
    expect(fake.events().map((event) => event.delivered)).toEqual([0, 0, 0]);
    await fake.cancelAtPeriodEnd(subscriptionId);
    await fake.release('reverse');
    expect(types()).toEqual([
      'customer.subscription.updated',
      'invoice.paid',
      'customer.subscription.created',
      'checkout.session.completed',
    ]);
    // Released means no longer held: the next event goes at once.
    await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: false });
    await fake.settled();
    expect(types()).toHaveLength(5);
  });

  it('records a failed delivery without throwing: no answer, or an error status', async () => {
    receiver.status = 500;
    await subscribe();
    expect(fake.events().map((event) => event.lastStatus)).toEqual([500, 500, 500]);
    fake.setWebhookEndpoint('http://127.0.0.1:1/nothing-listens', SECRET);
    expect(await fake.redeliver(fake.events()[0]?.id ?? '')).toBe(0);
    expect(fake.events()[0]).toMatchObject({ delivered: 1, lastStatus: 0 });
  });

  it('only records events until an endpoint is set', async () => {
    const quiet = await startFakeStripe({ clock: () => now });
    const quietStripe = new Stripe('sk_test_fake', { ...quiet.clientOptions, maxNetworkRetries: 0 });
    const session = await quietStripe.checkout.sessions.create({
      mode: 'subscription',
      success_url: 'https://app.example/done',
      line_items: [
        {
          price_data: {
            currency: 'eur',
            unit_amount: 100,
            product_data: { name: 'P' },
            recurring: { interval: 'year' },
          },
          quantity: 1,
        },
      ],
    });
    await quiet.completeCheckout(session.id);
    expect(quiet.events().map((event) => event.delivered)).toEqual([0, 0, 0]);
    await quiet.close();
  });
});

describe('the life of a subscription', () => {
  it('renews: the period moves on from the anchor at each renewal; a failed one leaves it past_due, and a retry paid makes it active', async () => {
    const subscriptionId = await subscribe();
    receiver.events.length = 0;
    await fake.renew(subscriptionId, { succeeds: true });
    expect(types()).toEqual(['invoice.paid', 'customer.subscription.updated']);
    let subscription = await stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.items.data[0]).toMatchObject({
      current_period_start: seconds('2026-02-28T10:00:00Z'),
      current_period_end: seconds('2026-03-31T10:00:00Z'),
    });
    expect(receiver.events[1]?.data.previous_attributes).toHaveProperty('items');

    receiver.events.length = 0;
    await fake.renew(subscriptionId, { succeeds: false });
    expect(types()).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    subscription = await stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.status).toBe('past_due');
    expect(subscription.items.data[0]).toMatchObject({
      current_period_start: seconds('2026-03-31T10:00:00Z'),
      current_period_end: seconds('2026-04-30T10:00:00Z'),
    });
    expect(receiver.events[0]?.data.object).toMatchObject({ status: 'open', amount_paid: 0 });

    // The card is tried again and pays: active, the same period.
    await fake.renew(subscriptionId, { succeeds: true });
    subscription = await stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.status).toBe('active');
    expect(subscription.items.data[0]?.current_period_end).toBe(seconds('2026-04-30T10:00:00Z'));
    await fake.renew(subscriptionId, { succeeds: false });

    await fake.endPeriod(subscriptionId);
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('canceled');
    expect(types().at(-1)).toBe('customer.subscription.deleted');
  });

  it('cancels at the period’s end: updated now, canceled and deleted when the period ends', async () => {
    const subscriptionId = await subscribe();
    await fake.cancelAtPeriodEnd(subscriptionId);
    expect(types().at(-1)).toBe('customer.subscription.updated');
    expect(await stripe.subscriptions.retrieve(subscriptionId)).toMatchObject({
      status: 'active',
      cancel_at_period_end: true,
      canceled_at: seconds('2026-01-31T10:00:00Z'),
    });
    await expect(fake.renew(subscriptionId, { succeeds: true })).rejects.toThrow(/set to cancel/);

    now = new Date('2026-02-28T10:00:00Z');
    await fake.endPeriod(subscriptionId);
    expect(types().at(-1)).toBe('customer.subscription.deleted');
    expect(await stripe.subscriptions.retrieve(subscriptionId)).toMatchObject({
      status: 'canceled',
      ended_at: seconds('2026-02-28T10:00:00Z'),
    });
  });

  it('cancels now on DELETE, and sets cancel_at_period_end on update, each with its webhook', async () => {
    const subscriptionId = await subscribe();
    const updated = await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    expect(updated.cancel_at_period_end).toBe(true);
    await fake.settled();
    expect(types().at(-1)).toBe('customer.subscription.updated');

    now = new Date('2026-02-10T08:00:00Z');
    const canceled = await stripe.subscriptions.cancel(subscriptionId);
    expect(canceled).toMatchObject({ status: 'canceled', ended_at: seconds('2026-02-10T08:00:00Z') });
    await fake.settled();
    expect(types().at(-1)).toBe('customer.subscription.deleted');
    await expect(stripe.subscriptions.cancel(subscriptionId)).rejects.toMatchObject({ statusCode: 400 });
  });

  it('lets the customer cancel in the portal, and go back to the app', async () => {
    const subscriptionId = await subscribe();
    const { customer } = await stripe.subscriptions.retrieve(subscriptionId);
    const portal = await stripe.billingPortal.sessions.create({
      customer: String(customer),
      return_url: 'https://app.example/account',
    });
    expect(portal).toMatchObject({
      object: 'billing_portal.session',
      url: `${fake.url}/portal/${portal.id}`,
    });
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain('<h1>Your subscriptions</h1>');
    expect(page).toContain('Backstrong Premium');
    expect(page).toContain('Renews on 28 February 2026');
    expect(page).toContain('<a href="https://app.example/account">Return to the app</a>');
    const action = /<form method="post" action="([^"]+)"><button type="submit">Cancel subscription/.exec(
      page,
    )?.[1];

    const answer = await fetch(new URL(action ?? '', fake.url), { method: 'POST', redirect: 'manual' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`/portal/${portal.id}`);
    expect((await stripe.subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(true);
    expect(types().at(-1)).toBe('customer.subscription.updated');
    expect(await (await fetch(portal.url)).text()).toContain('Ends on 28 February 2026');
  });

  it('renews and ends subscriptions from the developer’s dashboard', async () => {
    const subscriptionId = await subscribe();
    const dashboard = await (await fetch(fake.url)).text();
    expect(dashboard).toContain('<h1>Fake Stripe dashboard</h1>');
    expect(dashboard).toContain(subscriptionId);
    const control = (verb: string) =>
      fetch(`${fake.url}/dashboard/subscriptions/${subscriptionId}/${verb}`, {
        method: 'POST',
        redirect: 'manual',
      });
    expect((await control('fail-renewal')).status).toBe(303);
    expect(types().slice(-2)).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    await control('end-period');
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('canceled');
  });
});
