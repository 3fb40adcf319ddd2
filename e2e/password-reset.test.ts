import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alertText,
  createAccount,
  expectHeading,
  type Harness,
  pathOf,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

describe('a member who forgot their password', () => {
  let harness: Harness;
  const email = uniqueEmail('forgetful');
  const oldPassword = 'the old password 1';
  const newPassword = 'a brand new password 2';
  let resetLink = '';
  let olderLink = '';

  beforeAll(async () => {
    harness = await startHarness();
    await createAccount(harness, { email, password: oldPassword, name: 'Sam Forgetful' });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('asks for a link on the forgot-password screen', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.waitForURL('**/forgot-password');
    await expectHeading(page, 'Forgotten your password?');

    const mailsBefore = await harness.mailCount();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expectHeading(page, 'Check your email');
    await visible(
      page.getByText('If an account uses this email, a link to choose a new password is on its way.'),
    );
    await visible(page.getByText(email));

    const mail = await harness.waitForMail(email, mailsBefore);
    expect(mail.subject).toBe('Reset your Backstrong password');
    expect(mail.link).toMatch(new RegExp(`^${harness.baseUrl}/reset-password\\?token=`));
    olderLink = mail.link ?? '';

    // Asked twice: both links are in the inbox, and the newer is used below.
    const mailsBeforeSecond = await harness.mailCount();
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expectHeading(page, 'Check your email');
    resetLink = (await harness.waitForMail(email, mailsBeforeSecond)).link ?? '';
    expect(resetLink).not.toBe(olderLink);
  });

  it('follows the emailed link and chooses a new password', async () => {
    const page = await harness.newPage();
    await page.goto(resetLink);
    await expectHeading(page, 'Choose a new password');
    expect(await page.title()).toBe('Choose a new password · Backstrong');

    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await visible(page.getByText('Your password needs at least 10 characters. It has 5 now.').last());

    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL('**/sign-in?password=saved');
    await visible(page.getByText('Your password is saved. Sign in with it now.'));
  });

  it('cannot use the same link twice', async () => {
    const page = await harness.newPage();
    await page.goto(resetLink);
    await page.getByLabel('New password').fill('yet another password 3');
    await page.getByRole('button', { name: 'Save password' }).click();
    expect(await alertText(page)).toContain('This link is no longer valid');
    await visible(page.getByRole('link', { name: 'Ask for a new link' }));
  });

  it('cannot use the older link either, once the newer one was used', async () => {
    const page = await harness.newPage();
    await page.goto(olderLink);
    await page.getByLabel('New password').fill('an older link password 4');
    await page.getByRole('button', { name: 'Save password' }).click();
    expect(await alertText(page)).toContain('This link is no longer valid');
  });

  it('signs in with the new password, and the old one no longer works', async () => {
    const page = await harness.newPage();
    await signIn(page, email, oldPassword);
    expect(await alertText(page)).toBe(
      'That email and password do not match an account. Please check both and try again.',
    );
    expect(pathOf(page)).toBe('/sign-in');

    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/start/welcome');
    await visible(page.getByText('Hello, Sam'));
  });
});
