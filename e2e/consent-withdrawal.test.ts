/**
 * Withdrawing the health-data consent from Account, as a member with a plan: what it means first, then a
 * confirmation; after it nothing new is recorded, their coach sees none of it and Today says so; giving
 * consent again carries on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT, HEALTH_DATA_CONSENT } from '../src/core/consent.ts';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  LAPTOP,
  PHONE,
  saveScreen,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { browserDay, memberWithPlan } from './training.ts';

describe('withdrawing consent', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('says what it means, asks to confirm, stops recording, and lets the member consent again', async () => {
    const page = await harness.newPage();
    const email = uniqueEmail('withdraw');
    await memberWithPlan(harness, page, {
      email,
      password: 'a long and memorable password',
      name: 'Wynn Withdraw',
    });
    // The member shares with the demo coach, who sees their training until the consent goes.
    const db = harness.database();
    const idOf = async (address: string) =>
      (await db.selectFrom('users').select('id').where('email', '=', address).executeTakeFirstOrThrow()).id;
    const memberId = await idOf(email);
    const coachId = await idOf(DEMO.coach);
    await db
      .insertInto('coach_assignments')
      .values({ member_id: memberId, coach_id: coachId, assigned_at: new Date() })
      .execute();
    const shared = await page.request.put('/api/me/coach-sharing', {
      data: { version: COACH_SHARING_CONSENT.version },
    });
    expect(shared.status()).toBe(200);
    const coachPage = await harness.newPage({ isLaptop: true });
    await signIn(coachPage, DEMO.coach, DEMO_PASSWORD);
    await coachPage.waitForURL('**/coach');
    const summaryOf = async () => {
      const caseload = await (await coachPage.request.get('/api/coach/caseload')).json();
      return caseload.members.find((row: { memberId: string }) => row.memberId === memberId)?.summary;
    };
    expect(await summaryOf()).not.toBeNull();

    await page.goto('/account');
    await expectHeading(page, 'Your account');
    const section = page.getByRole('region', { name: 'Your health information' });
    await section.getByRole('button', { name: 'Withdraw my consent' }).click();
    const confirmation = page.getByRole('region', { name: 'Withdraw your consent?' });
    await visible(confirmation.getByText(/stops recording anything new/));
    await visible(confirmation.getByText(/What is already stored stays as it is/));
    await visible(confirmation.getByText(/delete your account under “Your data”/));
    await confirmation.scrollIntoViewIfNeeded();
    await checkScreen(page, 'consent-withdrawal-confirm-phone');
    await page.setViewportSize(LAPTOP);
    await saveScreen(page, 'consent-withdrawal-confirm-laptop');
    await page.setViewportSize(PHONE);

    // Keeping it changes nothing.
    await confirmation.getByRole('button', { name: 'Keep my consent' }).click();
    expect((await (await page.request.get('/api/me')).json()).healthConsent).not.toBeNull();

    await section.getByRole('button', { name: 'Withdraw my consent' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw my consent' }).click();
    await visible(section.getByText(/^You withdrew your consent on/));
    await visible(section.getByRole('button', { name: 'I agree' }));
    await checkScreen(page, 'consent-withdrawn-account-phone');
    const profile = await (await page.request.get('/api/me')).json();
    expect(profile.healthConsent).toBeNull();
    expect(profile.healthConsentWithdrawnAt).not.toBeNull();

    // Nothing new is recorded; what was stored is kept, with the withdrawal and its time.
    const today = await browserDay(page);
    const started = await page.request.post('/api/workouts', {
      data: { id: crypto.randomUUID(), date: today, painBefore: 2 },
    });
    expect(started.status()).toBe(403);
    // The coach has the member by name alone, and none of their training.
    expect(await summaryOf()).toBeNull();
    expect((await coachPage.request.get(`/api/coach/members/${memberId}/plan`)).status()).toBe(403);
    const exported = await (await page.request.get('/api/me/export')).json();
    expect(exported.plan).not.toBeNull();
    expect(exported.consentHistory.slice(1)).toEqual([
      { consent: 'health-data', change: 'withdrawn', version: null, at: profile.healthConsentWithdrawnAt },
      { consent: 'coach-sharing', change: 'withdrawn', version: null, at: profile.healthConsentWithdrawnAt },
    ]);

    await page.goto('/today');
    await expectHeading(page, 'Today');
    await visible(page.getByTestId('consent-withdrawn'));
    await checkScreen(page, 'consent-withdrawn-today-phone');
    await page.setViewportSize(LAPTOP);
    await saveScreen(page, 'consent-withdrawn-today-laptop');
    await page.setViewportSize(PHONE);

    await page.getByRole('link', { name: 'Go to your Account' }).click();
    await expectHeading(page, 'Your account');
    await page
      .getByRole('region', { name: 'Your health information' })
      .getByRole('button', { name: 'I agree' })
      .click();
    await visible(section.getByText(/that Backstrong may store your health information/));
    expect((await (await page.request.get('/api/me')).json()).healthConsent.version).toBe(
      HEALTH_DATA_CONSENT.version,
    );
    await page.goto('/today');
    await visible(page.getByRole('heading', { name: 'Today’s workout' }));
  });
});
