/**
 * The red-flag screen's other outcomes: an emergency shows one calm screen and nothing else; a sign that
 * needs a doctor lets the member finish onboarding with the program paused until they say a doctor has
 * cleared them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERGENCY_MESSAGE } from '../src/core/red-flags/screen.ts';
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
  expectTodayMatchesEngine,
  nextWorkout,
} from './training.ts';

const PASSWORD = 'a long and memorable password';

async function newMemberAtSafetyQuestions(harness: Harness, name: string): Promise<Page> {
  const email = uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'member');
  await createAccount(harness, { email, password: PASSWORD, name });
  const page = await harness.newPage();
  await signIn(page, email, PASSWORD);
  await page.waitForURL('**/start/welcome');
  await page.getByRole('button', { name: 'Let’s start' }).click();
  return page;
}

describe('the safety questions at the start', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('shows only the emergency screen for a sign of nerve compression, and records the screen', async () => {
    const page = await newMemberAtSafetyQuestions(harness, 'Alan Urgent');
    const recorded = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/red-flag-screens') && response.request().method() === 'POST',
    );
    await answerSafetyQuestions(page, ['bladder-bowel']);

    await expectHeading(page, 'Please get medical help now');
    await visible(page.getByText(EMERGENCY_MESSAGE));
    expect((await recorded).status()).toBe(201);
    // Nothing else: no top bar, no navigation, nothing to tap that could lead on to exercise.
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('link').count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.locator('body').locator('h1, p').allTextContents()).toEqual([
      'Please get medical help now',
      EMERGENCY_MESSAGE,
      'If you cannot get there safely by yourself, call your local emergency number.',
      'Please do not do any of the exercises until a doctor has seen you.',
    ]);
    await checkScreen(page, 'emergency');

    // Coming back later asks the questions afresh: the emergency answers are not kept as an answer.
    await page.goto('/start');
    await expectHeading(page, 'Let’s set up your program');
    await page.getByRole('button', { name: 'Let’s start' }).click();
    await expectHeading(page, 'First, some safety questions');
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
  });

  it('asks a member with a “see a doctor” sign to see one, and pauses the plan until they are cleared', async () => {
    const page = await newMemberAtSafetyQuestions(harness, 'Cora Careful');
    await answerSafetyQuestions(page, ['fall-or-injury']);
    await expectHeading(page, 'Please see a doctor before you start');
    await visible(
      page.getByText(
        /Please see a doctor today before you start, and tell them about a recent fall or injury/,
      ),
    );
    await checkScreen(page, 'onboarding-see-doctor');
    await page.getByRole('button', { name: 'Continue' }).click();

    await answerAssessment(page);
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expectHeading(page, 'Your starting plan');
    await visible(page.getByText(/Your program is paused until a doctor has checked you/));

    await page.goto('/today');
    await visible(page.getByRole('heading', { name: 'Waiting for your doctor' }));
    await visible(page.getByText(/^Your program is paused until a doctor has checked you/));
    expect(await page.getByRole('link', { name: 'Start workout' }).count()).toBe(0);
    expect((await nextWorkout(page)).next.status).toBe('paused');
    await checkScreen(page, 'today-paused');

    await page.getByRole('button', { name: 'A doctor has cleared me' }).click();
    await visible(page.getByRole('heading', { name: 'Today’s workout' }));
    await expectTodayMatchesEngine(page);
    const { decisions } = await apiGet<{ decisions: { ruleId: string }[] }>(page, '/api/decisions');
    expect(decisions[0]?.ruleId).toBe('cleared-to-exercise');
  });
});
