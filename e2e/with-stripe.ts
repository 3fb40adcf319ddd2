import { type FakeStripe, startFakeStripe } from '../src/server/billing/fake-stripe/fake-stripe.ts';
import { type Harness, type MovableClock, startHarness } from './harness.ts';

const WEBHOOK_SECRET = 'whsec_browsertestsecret';

/**
 * A harness whose card payments go to an in-process fake of Stripe's API, on the same clock, which sends
 * its signed webhooks back to the app. Stripe's settings turn membership on: the tiers apply, as they do
 * for real members.
 */
export async function startHarnessWithStripe(
  options: { clock?: MovableClock } = {},
): Promise<{ harness: Harness; fake: FakeStripe }> {
  const { clock } = options;
  const fake = await startFakeStripe(clock ? { clock: () => clock.now() } : {});
  try {
    const harness = await startHarness({
      ...(clock ? { clock } : {}),
      stripe: { apiUrl: fake.url, webhookSecret: WEBHOOK_SECRET },
    });
    fake.setWebhookEndpoint(`${harness.baseUrl}/api/billing/stripe-webhook`, WEBHOOK_SECRET);
    return { harness, fake };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
