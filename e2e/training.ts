/**
 * Steps of the training journey that several browser tests take: the safety questions, the assessment,
 * reading the API as the signed-in member, and comparing what Today shows with what the engine decided.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WhatIsNext, Workout } from '../src/contract/training.ts';
import { describeLoad } from '../src/core/catalogue/loads.ts';
import type { RedFlagQuestionId } from '../src/core/red-flags/questions.ts';
import { RED_FLAG_QUESTIONS } from '../src/core/red-flags/questions.ts';
import { ASSESSMENT } from './fixtures.ts';
import {
  confirmSignUpInBrowser,
  createAccount,
  expectHeading,
  type Harness,
  signIn,
  visible,
} from './harness.ts';

/** The member's calendar day in the browser (the tests run the browser in London). */
export async function browserDay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
}

/** A new member, signed in on the page, whose plan the assessment has started (through the API). */
export async function memberWithPlan(
  harness: Harness,
  page: Page,
  account: { email: string; password: string; name: string },
): Promise<void> {
  await createAccount(harness, account);
  await signIn(page, account.email, account.password);
  await page.waitForURL('**/start/welcome');
  const started = await page.request.post('/api/plan', {
    data: { id: crypto.randomUUID(), today: await browserDay(page), assessment: ASSESSMENT },
  });
  expect(started.status()).toBe(201);
}

/**
 * A new member as one arrives: the sign-up form with consent, the emailed link, the safety questions
 * and the typical assessment, in the browser, up to the starting plan.
 */
export async function signUpAndStartInBrowser(
  harness: Harness,
  page: Page,
  account: { name: string; email: string },
): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill('a long and memorable password');
  await page.getByRole('checkbox', { name: /I agree that Backstrong may store/ }).check();
  const since = await harness.mailCount();
  await page.getByRole('button', { name: 'Create account' }).click();
  await confirmSignUpInBrowser(harness, page, account.email, since);
  await page.waitForURL('**/start/welcome');
  await page.getByRole('button', { name: 'Let’s start' }).click();
  await answerSafetyQuestions(page);
  await answerAssessment(page);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.waitForURL('**/plan');
}

/** What the server holds, asked over plain HTTP with the member's cookie, whatever the browser's state. */
export async function serverWorkout(harness: Harness, context: BrowserContext, id: string): Promise<Workout> {
  const cookies = await context.cookies(harness.baseUrl);
  const response = await fetch(`${harness.baseUrl}/api/workouts/${id}`, {
    headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Workout;
}

/** The id of the workout under way on the phone; '' when there is none. */
export async function localWorkoutId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('backstrong.workout.'));
    return (JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as { id?: string } | null)?.id ?? '';
  });
}

/** GET an API path with the page's login session, failing the test on anything but 200. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

export async function nextWorkout(page: Page): Promise<WhatIsNext> {
  return apiGet<WhatIsNext>(page, `/api/workouts/next?today=${await browserDay(page)}`);
}

export async function workoutById(page: Page, id: string): Promise<Workout> {
  return apiGet<Workout>(page, `/api/workouts/${id}`);
}

/** Answers every safety question "No", except those named, then continues. */
export async function answerSafetyQuestions(
  page: Page,
  yesTo: readonly RedFlagQuestionId[] = [],
): Promise<void> {
  await expectHeading(page, 'First, some safety questions');
  for (const [index, question] of RED_FLAG_QUESTIONS.entries()) {
    const group = page.locator('.yes-no').nth(index);
    expect(await group.locator('legend').textContent()).toContain(question.text);
    await group.getByRole('radio', { name: yesTo.includes(question.id) ? 'Yes' : 'No', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}

export interface AssessmentAnswers {
  age: string;
  painNow: number;
  painWorst: number;
  chairStands: string;
  squat: 'Only a little way' | 'About halfway' | 'Most of the way';
  hinge: 'Only a little way' | 'About halfway' | 'Most of the way';
}

export const TYPICAL: AssessmentAnswers = {
  age: '61',
  painNow: 3,
  painWorst: 5,
  chairStands: '11',
  squat: 'About halfway',
  hinge: 'About halfway',
};

/** The ten questions, one screen each, with a light band as the only equipment. */
export async function answerAssessment(page: Page, answers: AssessmentAnswers = TYPICAL): Promise<void> {
  await expectHeading(page, 'How old are you?');
  await page.getByLabel('Your age in years').fill(answers.age);
  await page.getByRole('button', { name: 'Next' }).click();
  await expectHeading(page, 'How is your back pain right now?');
  await page.getByRole('button', { name: `${answers.painNow} out of 10` }).click();
  await expectHeading(page, 'What was your worst back pain in the last week?');
  await page.getByRole('button', { name: `${answers.painWorst} out of 10` }).click();
  await expectHeading(page, 'Have you had an operation on your back or hips?');
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expectHeading(page, 'How many times can you stand up from a chair in 30 seconds?');
  await page.getByLabel('Times you stood up').fill(answers.chairStands);
  await page.getByRole('button', { name: 'Next' }).click();
  await expectHeading(page, 'How far can you bend your knees without pain?');
  await page.getByRole('button', { name: answers.squat }).click();
  await expectHeading(page, 'How far can you bend forward from your hips without pain?');
  await page.getByRole('button', { name: answers.hinge }).click();
  await expectHeading(page, 'Do you weigh things in kilograms or pounds?');
  await page.getByRole('button', { name: 'Kilograms (kg)' }).click();
  await expectHeading(page, 'What do you have to train with?');
  await page.getByRole('checkbox', { name: 'Light band' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expectHeading(page, 'How many days a week would you like to train?');
  await page.getByRole('button', { name: /^3 days a week/ }).click();
  await expectHeading(page, 'Check your answers');
}

/** What one exercise card shows: level, load and sets, as read off the screen. */
export async function shownPrescription(page: Page, exerciseId: string) {
  const card = page.locator(`[data-exercise="${exerciseId}"]`).first();
  await visible(card);
  return {
    level: (await card.getByTestId('level').textContent())?.trim(),
    load: (await card.getByTestId('load').textContent())?.trim(),
    sets: (await card.getByTestId('sets').textContent())?.trim(),
  };
}

/**
 * Every exercise on the Today screen shows exactly the level, load and sets the engine prescribes
 * (GET /api/workouts/next). Returns the prescription, to compare across workouts.
 */
export async function expectTodayMatchesEngine(page: Page) {
  const { next } = await nextWorkout(page);
  if (next.status !== 'ready') throw new Error(`expected a workout, the plan is ${next.status}`);
  const cards = page.locator('.prescriptions [data-exercise]');
  expect(await cards.count()).toBe(next.exercises.length);
  for (const item of next.exercises) {
    const load = describeLoad(item.load, 'kg');
    expect(await shownPrescription(page, item.exerciseId)).toEqual({
      level: `Level ${item.level} of ${item.maxLevel}: ${item.levelName}`,
      load: load.charAt(0).toUpperCase() + load.slice(1),
      sets: `${item.sets} sets of ${item.reps}`,
    });
    for (const cue of item.cues) {
      await visible(page.locator(`[data-exercise="${item.exerciseId}"]`).getByText(cue, { exact: true }));
    }
  }
  return next.exercises;
}

/** Chooses the pain on the workout screen's 0–10 scale (the set's details, or the one-tap's question). */
export async function choosePain(page: Page, pain: number): Promise<void> {
  await page
    .getByRole('group', { name: /^Pain during/ })
    .getByRole('button', { name: `${pain} out of 10`, exact: true })
    .click();
}

/**
 * "10 good reps" on the workout screen. The first set of an exercise asks its pain (answered with `pain`);
 * later ones take the last set's pain of the same exercise in the one tap.
 */
export async function logGoodReps(page: Page, pain = 2): Promise<void> {
  const button = page.getByRole('button', { name: /^10 good reps/ });
  const asksPain = (await button.textContent())?.includes('choose the pain') ?? false;
  await button.click();
  if (asksPain) await choosePain(page, pain);
}
