/**
 * The red-flag screen's other outcomes: an emergency or a sign that needs a doctor puts the account on a
 * safety hold. Every screen, after a reload or on another device, shows the hold and what to do; no plan
 * starts until the member says a doctor has assessed them, and when.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERGENCY_MESSAGE } from '../src/core/red-flags/screen.ts';
import { ASSESSMENT } from './fixtures.ts';
import {
  checkScreen,
  createAccount,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import {
  answerAssessment,
  answerSafetyQuestions,
  apiGet,
  browserDay,
  expectTodayMatchesEngine,
  memberWithPlan,
  nextWorkout,
} from './training.ts';

const PASSWORD = 'a long and memorable password';

async function newMemberAtSafetyQuestions(
  harness: Harness,
  name: string,
): Promise<{ page: Page; email: string }> {
  const email = uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'member');
  await createAccount(harness, { email, password: PASSWORD, name });
  const page = await harness.newPage();
  await signIn(page, email, PASSWORD);
  await page.waitForURL('**/start/welcome');
  await page.getByRole('button', { name: 'Let’s start' }).click();
  return { page, email };
}

/** The clearance step on the hold screen: a doctor has assessed me, on this date. */
async function tellUsADoctorAssessed(page: Page, date: string): Promise<void> {
  await page.getByRole('checkbox', { name: 'A doctor has assessed me and said I can exercise.' }).check();
  await page.getByLabel('Date of the appointment').fill(date);
  await page.getByRole('button', { name: 'Tell Backstrong' }).click();
}

describe('the safety questions at the start', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('holds the account after a sign of nerve compression, on every screen and device, until a doctor has assessed the member', async () => {
    const { page, email } = await newMemberAtSafetyQuestions(harness, 'Alan Urgent');
    const recorded = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/red-flag-screens') && response.request().method() === 'POST',
    );
    await answerSafetyQuestions(page, ['bladder-bowel']);

    await expectHeading(page, 'Please get medical help now');
    await visible(page.getByText(EMERGENCY_MESSAGE));
    await visible(page.getByText('Go to A&E now, or call 999 if you cannot get there safely by yourself.'));
    expect((await recorded).status()).toBe(201);
    // Nothing that could lead on to exercise: no top bar, no tabs, no links.
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('link').count()).toBe(0);
    await checkScreen(page, 'emergency');

    // A reload shows the hold again, not the questions afresh.
    await page.reload();
    await expectHeading(page, 'Please get medical help now');
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.goto('/today');
    await expectHeading(page, 'Please get medical help now');

    // So does another browser, signed in as the same member.
    const other = await harness.newPage();
    await signIn(other, email, PASSWORD);
    await expectHeading(other, 'Please get medical help now');
    await visible(other.getByText(EMERGENCY_MESSAGE));
    const refused = await other.request.post('/api/plan', {
      data: { id: crypto.randomUUID(), today: await browserDay(other), assessment: ASSESSMENT },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).detail).toMatch(/go to A&E now, or call 999/);

    // A date in the future is not taken; the day of the appointment is.
    const today = await browserDay(page);
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await tellUsADoctorAssessed(page, tomorrow);
    await visible(page.getByText('The date cannot be in the future.').first());
    const cleared = page.waitForResponse((response) => response.url().endsWith('/api/safety-hold/clearance'));
    await page.getByLabel('Date of the appointment').fill(today);
    await page.getByRole('button', { name: 'Tell Backstrong' }).click();
    expect((await cleared).status()).toBe(201);

    // Onboarding carries on where it was, and the plan starts, with nothing paused.
    await answerAssessment(page);
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expectHeading(page, 'Your starting plan');
    expect(await page.getByText(/paused/).count()).toBe(0);
    const { decisions } = await apiGet<{ decisions: { ruleId: string; tellCoach: boolean }[] }>(
      page,
      '/api/decisions',
    );
    expect(decisions.find((decision) => decision.ruleId === 'doctor-clearance')?.tellCoach).toBe(true);
    await other.reload();
    expect(await other.getByRole('heading', { name: 'Please get medical help now' }).count()).toBe(0);
  });

  it('asks a member with a history of cancer to talk to their GP first, calmly, and starts once they have', async () => {
    const { page } = await newMemberAtSafetyQuestions(harness, 'Cora Careful');
    await answerSafetyQuestions(page, ['cancer-history']);
    await expectHeading(page, 'Please see a doctor before you exercise');
    await visible(
      page.getByText(/^Please talk to your GP before you start, and tell them about a history of cancer/),
    );
    expect(await page.getByText(/emergency|A&E|999/).count()).toBe(0);
    await checkScreen(page, 'hold-see-doctor');
    expect((await nextWorkout(page)).next.status).toBe('held');

    await page.reload();
    await expectHeading(page, 'Please see a doctor before you exercise');
    await tellUsADoctorAssessed(page, await browserDay(page));
    await answerAssessment(page);
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expectHeading(page, 'Your starting plan');
    await page.goto('/today');
    await visible(page.getByRole('heading', { name: 'Today’s workout' }));
    await expectTodayMatchesEngine(page);
  });

  it('holds a member with a plan who reports a fever, on Today and the workout too, until a doctor has seen them', async () => {
    const page = await harness.newPage();
    await memberWithPlan(harness, page, {
      email: uniqueEmail('fever'),
      password: PASSWORD,
      name: 'Fay Fever',
    });
    await page.goto('/symptoms');
    await expectHeading(page, 'Have your symptoms changed?');
    await page.locator('.yes-no').first().waitFor();
    for (const [index, group] of (await page.locator('.yes-no').all()).entries()) {
      await group.getByRole('radio', { name: index === 5 ? 'Yes' : 'No', exact: true }).check();
    }
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expectHeading(page, 'Please see a doctor before you exercise');
    await visible(page.getByText(/GP practice for an appointment today, or call NHS 111/));

    for (const path of ['/today', '/workout/start', '/plan']) {
      await page.goto(path);
      await expectHeading(page, 'Please see a doctor before you exercise');
    }
    expect((await nextWorkout(page)).next.status).toBe('held');

    await tellUsADoctorAssessed(page, await browserDay(page));
    await page
      .getByRole('heading', { name: 'Please see a doctor before you exercise' })
      .waitFor({ state: 'detached' });
    await page.goto('/today');
    await visible(page.getByRole('heading', { name: 'Today’s workout' }));
    await expectTodayMatchesEngine(page);
  });
});
