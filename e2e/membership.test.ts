/**
 * Premium membership, paid by card, end to end in the browser: from "Learn more about premium
 * membership" on Account, through Stripe's checkout page (an in-process fake of Stripe, which sends its
 * signed webhooks back to the app) to a premium account; then the customer portal to cancel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeStripe } from '../src/server/billing/fake-stripe/fake-stripe.ts';
import {
  checkScreen,
  expectHeading,
  followClock,
  type Harness,
  type MovableClock,
  movableClock,
  uniqueEmail,
  visible,
} from './harness.ts';
import { memberWithPlan } from './training.ts';
import { startHarnessWithStripe } from './with-stripe.ts';

describe('premium membership, from Upgrade to a premium account', () => {
  let fake: FakeStripe;
  let harness: Harness;
  let page: Page;
  let clock: MovableClock;

  beforeAll(async () => {
    clock = movableClock();
    ({ harness, fake } = await startHarnessWithStripe({ clock }));
    page = await harness.newPage();
    await followClock(page, clock);
    await memberWithPlan(harness, page, {
      email: uniqueEmail('premium'),
      password: 'a long and memorable password',
      name: 'Priya Premium',
    });
  });

  afterAll(async () => {
    await harness?.stop();
    await fake?.close();
  });

  const status = () => page.getByTestId('membership-status');

  it('trains free for two weeks; then Today says premium carries on, and that nothing is lost', async () => {
    await page.goto('/today');
    await visible(page.getByRole('link', { name: 'Start workout' }));
    clock.advanceDays(15);
    await followClock(page, clock, true);
    await page.goto('/today');
    const card = page.getByRole('region', { name: 'Your two free weeks are over' });
    await visible(card.getByText(/Every workout, check-up and score you have is kept/));
    expect(await page.getByRole('link', { name: 'Start workout' }).count()).toBe(0);
    await checkScreen(page, 'today-premium-needed-phone');
    // The form check and a coach say they are part of premium, with the way to it.
    await page.goto('/form-check/squat');
    await expectHeading(page, 'The form check is part of premium');
    await page.goto('/account');
    await visible(page.getByRole('region', { name: 'Your coach' }).getByText('A coach is part of premium.'));
  });

  it('shows a free member the tiers, what each includes, and that safety is free always', async () => {
    await page.goto('/account');
    await page
      .getByRole('region', { name: 'Membership' })
      .getByRole('link', { name: 'Learn more about premium membership' })
      .click();
    await expectHeading(page, 'Membership');
    await visible(status().getByText('You are on the free membership.'));
    await visible(page.getByRole('heading', { name: 'Free for everyone, always' }));
    await visible(page.getByText('The red-flag safety questions'));
    await visible(page.getByText('The form check with your camera', { exact: true }));
    await checkScreen(page, 'membership-free-phone');
  });

  it('pays on Stripe’s page and comes back premium, confirmed once Stripe’s webhook is processed', async () => {
    await page.getByRole('button', { name: 'Premium: €12 a month' }).click();
    await page.waitForURL((url) => url.href.startsWith(fake.url));
    await visible(page.getByRole('heading', { name: /^Pay for Backstrong Premium/ }));
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL((url) => url.pathname === '/membership' && url.searchParams.has('checkout'));
    await page.getByText('Welcome to Premium. Everything is open to you now.').waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await status().textContent()) ?? '')
      .toMatch(/^You are a Premium member\. It renews on .+ for €12 a month\.$/);
    expect(await page.getByRole('button', { name: /a month$/ }).count()).toBe(0);
    await checkScreen(page, 'membership-premium-phone');
    // The program carries on from where the member was.
    await page.goto('/today');
    await visible(page.getByRole('link', { name: 'Start workout' }));
  });

  it('cancels in the customer portal: premium to the end of the month, and nothing more charged', async () => {
    await page.goto('/membership');
    await page.getByRole('button', { name: 'Manage payments' }).click();
    await page.waitForURL((url) => url.href.startsWith(fake.url));
    await page.getByRole('button', { name: 'Cancel subscription' }).click();
    await page.getByRole('link', { name: 'Return to the app' }).click();
    await expectHeading(page, 'Membership');
    await expect
      .poll(async () => (await status().textContent()) ?? '')
      .toMatch(/You cancelled, so it ends then/);
  });

  it('sets the tiers side by side on a laptop', async () => {
    const laptop = await harness.newPage({ isLaptop: true });
    await laptop.context().addCookies(await page.context().cookies());
    await laptop.goto('/membership');
    await expectHeading(laptop, 'Membership');
    await checkScreen(laptop, 'membership-laptop');
  });
});
