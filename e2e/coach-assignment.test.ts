/**
 * Who coaches whom, in the browser: a member asks for a coach, the admin assigns one from the Account
 * screen, the coach writes an introduction, and the member sees their coach card, agrees to share and
 * then stops.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  confirmationLink,
  createAccount,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

const PASSWORD = 'a long and memorable password';
const INTRO =
  'I have helped people with back pain get back to lifting for ten years. <b>Ask me anything.</b>';

async function openAccount(page: Page, email: string, password: string): Promise<void> {
  await signIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  await page.goto('/account');
  await expectHeading(page, 'Your account');
}

describe('assigning a coach and sharing with them', () => {
  let harness: Harness;
  let member: Page;
  const email = uniqueEmail('wants-coach');

  beforeAll(async () => {
    harness = await startHarness();
    await createAccount(harness, { email, password: PASSWORD, name: 'Wyn Waiting' });
    member = await harness.newPage();
    await openAccount(member, email, PASSWORD);
  });
  afterAll(() => harness?.stop());

  it('lets a member without a coach ask for one', async () => {
    const card = member.getByRole('region', { name: 'Your coach' });
    await visible(card.getByText('You do not have a coach yet.', { exact: false }));
    await card.getByRole('button', { name: 'Ask for a coach' }).click();
    await visible(card.getByTestId('coach-requested'));
    await checkScreen(member, 'account-member-coach-requested');
  });

  it('shows the admin the member who asked at the top, and assigns them a coach with the picker', async () => {
    const admin = await harness.newPage({ isLaptop: true });
    await openAccount(admin, DEMO.admin, DEMO_PASSWORD);
    const section = admin.getByRole('region', { name: 'Members and coaches' });
    const first = section.getByTestId('member-coach-row').first();
    await visible(first.getByText('Wyn Waiting', { exact: true }));
    expect(await first.textContent()).toContain('Asked for a coach on');
    await checkScreen(admin, 'account-admin-members-coaches');
    const picker = first.getByLabel('Coach for Wyn Waiting');
    const demoCoach = (await picker.locator('option', { hasText: 'Chris Coach' }).textContent()) ?? '';
    expect(demoCoach).toMatch(/^Chris Coach \(\d+ members?\)$/);
    await picker.selectOption({ label: demoCoach });
    await first.getByRole('button', { name: 'Save' }).click();
    await visible(section.getByRole('status').filter({ hasText: 'Wyn Waiting’s coach is now Chris Coach.' }));
    const row = section.getByTestId('member-coach-row').filter({ hasText: 'Wyn Waiting' });
    await visible(row.getByText('Coach: Chris Coach'));
  });

  it('lets the coach write the introduction their members read', async () => {
    const coach = await harness.newPage();
    await openAccount(coach, DEMO.coach, DEMO_PASSWORD);
    const section = coach.getByRole('region', { name: 'How your members meet you' });
    await section.getByLabel('Your introduction').fill(INTRO);
    await section.getByRole('button', { name: 'Save introduction' }).click();
    await visible(section.getByRole('status').filter({ hasText: 'Your introduction is saved.' }));
    await checkScreen(coach, 'account-coach-introduction');
  });

  it('shows the member their coach card; they agree to share, then stop, and are told the access ends now', async () => {
    await member.reload();
    const card = member.getByRole('region', { name: 'Your coach' });
    await visible(card.getByTestId('coach-card').getByText('Chris Coach'));
    // The introduction is text: its markup is shown as typed, never made into HTML.
    await visible(card.getByText(INTRO));
    expect(await card.locator('.coach-card__intro b').count()).toBe(0);
    await visible(card.getByTestId('not-sharing'));
    await visible(card.getByText('Your coach will see your plan', { exact: false }));
    await checkScreen(member, 'account-member-coach-card');

    await card.getByRole('button', { name: 'Agree and share with my coach' }).click();
    await visible(card.getByText('to share your training with your coach.', { exact: false }));
    await checkScreen(member, 'account-member-sharing');

    await card.getByRole('button', { name: 'Stop sharing' }).click();
    await visible(
      card
        .getByRole('status')
        .filter({ hasText: 'You have stopped sharing: your coach can no longer see any of your training.' }),
    );
    await visible(card.getByRole('button', { name: 'Agree and share with my coach' }));
    await checkScreen(member, 'account-member-stopped-sharing');
  });

  it('tells a member who has not consented to storing health data that sharing needs that first', async () => {
    const withoutConsent = uniqueEmail('no-consent');
    const since = await harness.mailCount();
    const signUp = await fetch(`${harness.baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: withoutConsent, password: PASSWORD, name: 'Nell Noconsent' }),
    });
    expect(signUp.status).toBe(200);
    const confirmed = await fetch(await confirmationLink(harness, withoutConsent, since), {
      redirect: 'manual',
    });
    expect(confirmed.status).toBe(303);
    const page = await harness.newPage();
    await openAccount(page, withoutConsent, PASSWORD);
    const card = page.getByRole('region', { name: 'Your coach' });
    await visible(card.getByTestId('sharing-needs-consent'));
    expect(await card.getByRole('button', { name: 'Agree and share with my coach' }).count()).toBe(0);
    await visible(card.getByRole('button', { name: 'Ask for a coach' }));
  });
});
