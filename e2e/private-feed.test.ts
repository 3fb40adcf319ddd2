/**
 * A premium member's private podcast feed in the browser: a free member reads what it is; an admin
 * grants premium by hand (a comp); the member then sees their feed's address and the links to add it
 * to a podcast app, copies it, and resets it for a new one that works while the old one does not.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeStripe } from '../src/server/billing/fake-stripe/fake-stripe.ts';
import {
  checkScreen,
  createAccount,
  expectHeading,
  type Harness,
  movableClock,
  signIn,
  uniqueEmail,
  visible,
} from './harness.ts';
import { startHarnessWithStripe } from './with-stripe.ts';

const PASSWORD = 'a long and memorable password';

describe('the private podcast feed', () => {
  let fake: FakeStripe;
  let harness: Harness;
  let page: Page;
  let memberId: string;
  const email = uniqueEmail('listener');

  beforeAll(async () => {
    const clock = movableClock();
    ({ harness, fake } = await startHarnessWithStripe({ clock }));
    await createAccount(harness, { email, password: PASSWORD, name: 'Lou Listener' });
    const member = await harness
      .database()
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    memberId = member.id;
    page = await harness.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl });
    await signIn(page, email, PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
  });

  afterAll(async () => {
    await harness?.stop();
    await fake?.close();
  });

  const section = () => page.getByRole('region', { name: 'Your private podcast feed' });
  const feedAddress = () => section().getByLabel('Your feed’s address');

  it('tells a free member what it is, and that it comes with premium', async () => {
    await page.goto('/membership');
    await expectHeading(page, 'Membership');
    await visible(section().getByText(/It comes with Premium/));
    await visible(section().getByRole('link', { name: 'Join Premium' }));
    expect(await feedAddress().count()).toBe(0);
  });

  it('gives a premium member their feed, the apps to add it to, and copies it', async () => {
    const admin = await harness.newPage();
    const adminEmail = uniqueEmail('admin');
    await createAccount(harness, { email: adminEmail, password: PASSWORD, name: 'Ada Admin' });
    await harness
      .database()
      .updateTable('users')
      .set({ role: 'admin' })
      .where('email', '=', adminEmail)
      .execute();
    await signIn(admin, adminEmail, PASSWORD);
    await admin.waitForURL((url) => url.pathname !== '/sign-in');
    const comp = await admin.request.put(`/api/admin/members/${memberId}/comp`, {
      data: { until: null, reason: 'Clinic staff' },
    });
    expect(comp.status()).toBe(200);
    await admin.context().close();

    await page.goto('/membership');
    await visible(feedAddress());
    const url = await feedAddress().inputValue();
    expect(url).toMatch(new RegExp(`^${harness.baseUrl}/feeds/private/[A-Za-z0-9_-]{43}/podcast\\.xml$`));
    const bare = url.replace(/^https?:\/\//, '');
    expect(await section().getByRole('link', { name: 'Add to Apple Podcasts' }).getAttribute('href')).toBe(
      `podcast://${bare}`,
    );
    expect(await section().getByRole('link', { name: 'Add to Overcast' }).getAttribute('href')).toBe(
      `overcast://x-callback-url/add?url=${encodeURIComponent(url)}`,
    );
    expect(await section().getByRole('link', { name: 'Add to Pocket Casts' }).getAttribute('href')).toBe(
      `pktc://subscribe/${bare}`,
    );
    await visible(section().getByText(/This link is personal/));
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['cache-control']).toBe('private, max-age=300');

    await section().getByRole('button', { name: 'Copy' }).click();
    await visible(
      section()
        .getByRole('status')
        .getByText(/^Copied/),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await checkScreen(page, 'private-feed-phone');
  });

  it('resets the link after a warning: the new one works, the old one stops at once', async () => {
    const old = await feedAddress().inputValue();
    await section().getByRole('button', { name: 'Reset link' }).click();
    const question = section().getByText(/The old link stops working in every app at once/);
    await visible(question);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('private-feed-reset-question');
    await checkScreen(page, 'private-feed-reset-phone');
    // Keeping it changes nothing and gives the focus back.
    await section().getByRole('button', { name: 'Keep this link' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Reset link');
    expect(await feedAddress().inputValue()).toBe(old);

    await section().getByRole('button', { name: 'Reset link' }).click();
    await section().getByRole('button', { name: 'Reset the link' }).click();
    await visible(section().getByText('Your new link is ready. The old one no longer works.'));
    const fresh = await feedAddress().inputValue();
    expect(fresh).not.toBe(old);
    expect((await page.request.get(old)).status()).toBe(404);
    expect((await page.request.get(fresh)).status()).toBe(200);
    await checkScreen(page, 'private-feed-new-link-phone');
  });

  it('lays out on a laptop', async () => {
    const laptop = await harness.newPage({ isLaptop: true });
    await laptop.context().addCookies(await page.context().cookies());
    await laptop.goto('/membership');
    await visible(
      laptop.getByRole('region', { name: 'Your private podcast feed' }).getByLabel('Your feed’s address'),
    );
    await checkScreen(laptop, 'private-feed-laptop');
  });
});
