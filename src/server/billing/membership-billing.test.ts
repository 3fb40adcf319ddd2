import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe/fake-stripe.ts';

/**
 * Paying for premium end to end, offline: the app's own Stripe library talks to an in-process fake of
 * Stripe's API, which sends signed webhooks back to the app over HTTP. Webhooks arrive twice, out of order,
 * forged and replayed; renewals fail; members cancel. The tier is read from the app's own tables.
 */
const WEBHOOK_SECRET = 'whsec_testsecretforthebillingtests';
const DAY_MS = 86_400_000;

let fake: FakeStripe;
let server: TestServer;
let now = new Date('2026-03-02T10:00:00Z');
const clock = () => now;
const signer = new Stripe('sk_test_signer');

beforeAll(async () => {
  fake = await startFakeStripe({ clock });
  server = await startTestServer({
    clock,
    env: {
      MEMBERSHIP: 'on',
      STRIPE_SECRET_KEY: 'sk_test_backstrong',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: fake.url,
    },
  });
  const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
  fake.setWebhookEndpoint(`${address}/api/billing/stripe-webhook`, WEBHOOK_SECRET);
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

interface Member {
  cookie: string;
  userId: string;
}

const as = (who: Member, method: 'GET' | 'POST', url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

const membership = async (who: Member) => (await as(who, 'GET', '/api/me/membership')).json();

/** Waits for the background job to process what the webhooks said. */
async function membershipBecomes(who: Member, expected: Record<string, unknown>) {
  await expect.poll(() => membership(who), { timeout: 10_000, interval: 100 }).toMatchObject(expected);
}

let members = 0;
async function newMember(): Promise<Member> {
  members += 1;
  return signUp(server.app, { email: `payer-${members}@example.org`, name: 'Pat Payer' });
}

/** Checkout through the fake's hosted page: answers the subscription's id. */
async function subscribe(who: Member, interval: 'month' | 'year' = 'month'): Promise<string> {
  const started = await as(who, 'POST', '/api/me/membership/checkout', { interval });
  expect(started.statusCode, started.body).toBe(200);
  const sessionId = new URL(started.json().url).pathname.split('/').at(-1) ?? '';
  const subscriptionId = await fake.completeCheckout(sessionId);
  await membershipBecomes(who, { tier: 'premium', source: 'subscription' });
  return subscriptionId;
}

/** A webhook as Stripe would sign it, for the forged and replayed cases. */
function signed(event: object, options: { secret?: string; at?: Date } = {}) {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: Math.floor((options.at ?? now).getTime() / 1000),
  });
  return server.app.inject({
    method: 'POST',
    url: '/api/billing/stripe-webhook',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    payload,
  });
}

const storedEvents = async () =>
  Number(
    (
      await server.database.db
        .selectFrom('billing_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('paying for premium', () => {
  it('starts free, checks out at the admin’s price, and is premium once Stripe’s webhooks are processed', async () => {
    const member = await newMember();
    expect(await membership(member)).toMatchObject({ tier: 'free', source: 'never', canPay: true });
    const subscriptionId = await subscribe(member);
    const after = await membership(member);
    expect(after).toMatchObject({
      tier: 'premium',
      renews: true,
      subscription: {
        status: 'active',
        interval: 'month',
        amount: 1200,
        currency: 'eur',
        cancelAtPeriodEnd: false,
      },
    });
    expect(after.until).toBe('2026-04-02T10:00:00.000Z');
    expect(fake.events().map((event) => event.type)).toEqual(
      expect.arrayContaining(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid']),
    );
    const outcomes = async () =>
      await server.database.db
        .selectFrom('billing_events')
        .select(['type', 'outcome'])
        .orderBy('type')
        .execute();
    await expect.poll(outcomes).toEqual([
      { type: 'checkout.session.completed', outcome: 'subscription-synced' },
      { type: 'customer.subscription.created', outcome: 'subscription-synced' },
      { type: 'invoice.paid', outcome: 'subscription-synced' },
    ]);
    expect(subscriptionId).toMatch(/^sub_/);
  });

  it('a second checkout while paying is refused, saying where to manage it', async () => {
    const member = await newMember();
    await subscribe(member);
    const again = await as(member, 'POST', '/api/me/membership/checkout', { interval: 'year' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/Manage payments/);
  });

  it('stores and processes an event delivered twice once, and answers the second 200', async () => {
    const member = await newMember();
    await subscribe(member);
    const last = fake.events().at(-1);
    if (!last) throw new Error('no event was sent');
    const before = await storedEvents();
    expect(await fake.redeliver(last.id)).toBe(200);
    expect(await storedEvents()).toBe(before);
    expect(await membership(member)).toMatchObject({ tier: 'premium', source: 'subscription' });
  });

  it('ends up as Stripe holds it when the events come out of order', async () => {
    const member = await newMember();
    const subscriptionId = await subscribe(member);
    fake.hold();
    await fake.cancelAtPeriodEnd(subscriptionId);
    await fake.renew(subscriptionId, { succeeds: false }).catch(() => {});
    // The newest news first: each event makes the app read the subscription again, so order does not matter.
    await fake.release('reverse');
    await membershipBecomes(member, {
      tier: 'premium',
      renews: false,
      subscription: { cancelAtPeriodEnd: true },
    });
  });

  it('keeps premium through the grace days after a failed renewal, then ends it, keeping the data', async () => {
    const member = await newMember();
    const subscriptionId = await subscribe(member);
    now = new Date(now.getTime() + 31 * DAY_MS);
    await fake.renew(subscriptionId, { succeeds: false });
    await membershipBecomes(member, {
      tier: 'premium',
      source: 'grace',
      subscription: { status: 'past_due' },
    });
    const { until } = await membership(member);
    expect(Date.parse(until) - now.getTime()).toBeGreaterThan(6 * DAY_MS);
    now = new Date(Date.parse(until) + 1000);
    expect(await membership(member)).toMatchObject({ tier: 'free', source: 'ended' });
    // The card is tried again and pays: premium again.
    await fake.renew(subscriptionId, { succeeds: true });
    await membershipBecomes(member, { tier: 'premium', source: 'subscription' });
  });

  it('cancelled in the portal: premium to the period’s end, free after, and the portal opens for the member', async () => {
    const member = await newMember();
    const subscriptionId = await subscribe(member);
    const portal = await as(member, 'POST', '/api/me/membership/portal');
    expect(portal.statusCode, portal.body).toBe(200);
    expect(portal.json().url).toContain(fake.url);
    await fake.cancelAtPeriodEnd(subscriptionId);
    await membershipBecomes(member, { tier: 'premium', renews: false });
    now = new Date(now.getTime() + 40 * DAY_MS);
    await fake.endPeriod(subscriptionId);
    await membershipBecomes(member, { tier: 'free', source: 'ended', subscription: { status: 'canceled' } });
  });

  it('erasing the account cancels the subscription at Stripe first, so nobody is charged again', async () => {
    const member = await newMember();
    const subscriptionId = await subscribe(member);
    const erased = await server.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: member.cookie },
      payload: { password: 'correct horse battery' },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const stripe = new Stripe('sk_test_backstrong', fake.clientOptions);
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('canceled');
    await fake.settled();
    const kept = await server.database.db
      .selectFrom('subscriptions')
      .select('id')
      .where('user_id', '=', member.userId)
      .execute();
    expect(kept).toEqual([]);
  });

  it('has no portal for a member who never paid', async () => {
    const portal = await as(await newMember(), 'POST', '/api/me/membership/portal');
    expect(portal.statusCode).toBe(409);
  });
});

describe('webhooks that are not Stripe’s', () => {
  const event = (type: string, object: object) => ({
    id: `evt_forged${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type,
    created: Math.floor(now.getTime() / 1000),
    data: { object },
  });

  it('refuses a bad signature, and an old one (a replay), storing nothing', async () => {
    const before = await storedEvents();
    const forged = event('customer.subscription.updated', { id: 'sub_forged', object: 'subscription' });
    for (const response of [
      await signed(forged, { secret: 'whsec_notthesecret' }),
      await signed(forged, { at: new Date(now.getTime() - 10 * 60 * 1000) }),
    ]) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors[0].location).toBe('headers.stripe-signature');
    }
    const unsigned = await server.app.inject({
      method: 'POST',
      url: '/api/billing/stripe-webhook',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(forged),
    });
    expect(unsigned.statusCode).toBe(400);
    expect(await storedEvents()).toBe(before);
  });

  it('stores an event of a kind it does not act on and changes nothing', async () => {
    const member = await newMember();
    const response = await signed(event('customer.tax_id.created', { id: 'txi_1', object: 'tax_id' }));
    expect(response.statusCode, response.body).toBe(200);
    expect(await membership(member)).toMatchObject({ tier: 'free', source: 'never' });
  });

  it('cannot make a member premium by naming a subscription Stripe does not have', async () => {
    const member = await newMember();
    const response = await signed(
      event('customer.subscription.created', {
        id: 'sub_invented',
        object: 'subscription',
        metadata: { memberId: member.userId },
      }),
    );
    expect(response.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await membership(member)).toMatchObject({ tier: 'free' });
  });
});
