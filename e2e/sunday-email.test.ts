import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  navLink,
  signIn,
  startHarness,
  visible,
} from './harness.ts';

/**
 * The Sunday email as a reader meets it on a phone: the form on the homepage, the emailed link, the
 * Confirm button; signing up again brings the "you already get it" email, whose link unsubscribes. The
 * admin sees the count on the Account screen.
 */
describe('the Sunday email on a phone', () => {
  let harness: Harness;
  const reader = 'sunday-reader@example.org';

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.stop();
  });

  async function signUpFromHomepage(page: Awaited<ReturnType<Harness['newPage']>>) {
    await page.goto('/');
    const form = page.getByRole('region', { name: 'Get the free Sunday email' });
    await visible(form);
    await form.getByLabel('Your email address').fill(reader);
    await form.getByRole('button', { name: 'Sign up' }).click();
    await expectHeading(page, 'Check your inbox');
  }

  it('signs a reader up from the homepage, confirmed with the button on the emailed link', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('region', { name: 'Get the free Sunday email' }).scrollIntoViewIfNeeded();
    await checkScreen(page, 'sunday-email-form');
    const since = await harness.mailCount();
    await signUpFromHomepage(page);
    await checkScreen(page, 'sunday-email-check-inbox');

    const mail = await harness.waitForMail(reader, since);
    expect(mail.subject).toBe('Confirm your Backstrong Sunday email');
    await page.goto(mail.link ?? '');
    await expectHeading(page, 'Confirm your sign-up');
    await checkScreen(page, 'sunday-email-confirm');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expectHeading(page, 'You are signed up');
    await checkScreen(page, 'sunday-email-signed-up');
  });

  it('shows the admin how many get it, with the list to download', async () => {
    const page = await harness.newPage();
    await signIn(page, DEMO.admin, DEMO_PASSWORD);
    await page.waitForURL('**/exercises');
    await navLink(page, 'Account').click();
    await expectHeading(page, 'Your account');
    const section = page.getByRole('region', { name: 'Sunday email' });
    await visible(section.getByText('1 person gets the Sunday email.'));
    const download = section.getByRole('link', { name: /CSV/ });
    expect(await download.getAttribute('href')).toBe('/api/admin/subscribers.csv');
    await section.scrollIntoViewIfNeeded();
    await checkScreen(page, 'account-admin-subscribers');
  });

  it('answers a second sign-up the same, and the email it brings unsubscribes with one button', async () => {
    const page = await harness.newPage();
    const since = await harness.mailCount();
    await signUpFromHomepage(page);
    const mail = await harness.waitForMail(reader, since);
    expect(mail.subject).toBe('You already get the Backstrong Sunday email');
    await page.goto(mail.link ?? '');
    await expectHeading(page, 'Unsubscribe');
    await checkScreen(page, 'sunday-email-unsubscribe');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expectHeading(page, 'You are unsubscribed');
    await checkScreen(page, 'sunday-email-unsubscribed');
    const left = await harness.database().selectFrom('subscribers').select('email').execute();
    expect(left).toEqual([]);
  });
});
