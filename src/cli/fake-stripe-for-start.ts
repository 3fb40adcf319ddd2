import { type FakeStripe, startFakeStripe } from '../server/billing/fake-stripe/fake-stripe.ts';

/**
 * `FAKE_STRIPE=on npm start`: billing tried locally with no Stripe account. The same in-process fake of
 * Stripe's API the tests use starts beside the app, the app is pointed at it, and its webhooks come back
 * to the app. Its checkout page takes no card; its dashboard (its own address) renews, fails and ends
 * subscriptions. Never for production: the keys are made up.
 */
const FAKE_KEYS = { STRIPE_SECRET_KEY: 'sk_test_fakelocal', STRIPE_WEBHOOK_SECRET: 'whsec_fakelocalsecret' };

export async function startFakeStripeIfAsked(
  env: Record<string, string | undefined>,
): Promise<((appPort: number) => void) | null> {
  if (!['1', 'on', 'true', 'yes'].includes(env.FAKE_STRIPE ?? '')) return null;
  if (env.STRIPE_SECRET_KEY)
    throw new Error('FAKE_STRIPE is for trying billing without Stripe keys: unset STRIPE_SECRET_KEY.');
  const fake: FakeStripe = await startFakeStripe({ port: Number(env.FAKE_STRIPE_PORT ?? 12111) });
  Object.assign(env, FAKE_KEYS, { STRIPE_API_URL: fake.url });
  console.log(`Fake Stripe on ${fake.url}: no card is ever charged. Its dashboard is at that address.`);
  return (appPort) =>
    fake.setWebhookEndpoint(
      `http://127.0.0.1:${appPort}/api/billing/stripe-webhook`,
      FAKE_KEYS.STRIPE_WEBHOOK_SECRET,
    );
}
