import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type SmtpListener, startSmtpListener } from '../src/server/testing/smtp-listener.ts';
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

describe('an email the mail server keeps refusing', () => {
  let harness: Harness;
  let smtp: SmtpListener;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    smtp.isAccepting = false;
    harness = await startHarness({ smtp: { url: smtp.url, retryLimit: 1 } });
  });

  afterAll(async () => {
    await harness?.stop();
    await smtp?.close();
  });

  it('is shown to the admin on the account screen, with its recipient, time and error', async () => {
    const reset = await fetch(`${harness.baseUrl}/api/auth/request-password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: harness.baseUrl },
      body: JSON.stringify({ email: DEMO.member }),
    });
    expect(reset.status).toBe(200);
    // The first try and the one after it are both refused; then the server gives up on the message.
    await eventually('two refused tries', () => smtp.offered >= 2);
    const adminSignIn = await fetch(`${harness.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: harness.baseUrl },
      body: JSON.stringify({ email: DEMO.admin, password: DEMO_PASSWORD }),
    });
    const cookie = adminSignIn.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    await eventually('the message marked failed', async () => {
      const failed = await fetch(`${harness.baseUrl}/api/admin/failed-mail`, { headers: { cookie } });
      return ((await failed.json()) as { total: number }).total === 1;
    });

    const page = await harness.newPage();
    await signIn(page, DEMO.admin, DEMO_PASSWORD);
    await page.waitForURL('**/exercises');
    await navLink(page, 'Account').click();
    await expectHeading(page, 'Your account');
    await visible(page.getByRole('heading', { name: 'Emails not sent' }));
    const headline = page.getByRole('status').filter({ hasText: 'could not be sent' });
    await visible(headline);
    expect(await headline.textContent()).toMatch(
      new RegExp(`^1 email could not be sent — last error .+ to ${DEMO.member.replace('.', '\\.')}: .*451`),
    );
    const line = page.getByRole('list', { name: 'Emails not sent' }).getByRole('listitem');
    expect(await line.allTextContents()).toEqual([
      expect.stringMatching(/^member@backstrong\.example · Reset your Backstrong password · .+ · 2 tries$/),
    ]);
    expect(smtp.received).toHaveLength(0);
    await checkScreen(page, 'account-admin-failed-mail');
  });
});
