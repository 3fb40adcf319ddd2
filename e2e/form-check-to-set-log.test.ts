/**
 * From the camera form check to a logged set: the workout opens the form check for the exercise on screen,
 * and when the form check comes back with its count the set's details open filled in, for the member to
 * check and save. Here the form check's side of the handoff is played exactly as it behaves (the result it
 * leaves in the tab's storage, then the way back), so counts a recording cannot give are tried too: good
 * reps short of the reps, faults, a reload; form-check-workout.test.ts goes the whole way with a camera.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormRep } from '../src/core/form/rep-result.ts';
import { summarizeSet } from '../src/core/form/set-summary.ts';
import { type FormCheckResult, formCheckResultFrom } from '../src/web/form-check/handoff.ts';
import {
  checkScreen,
  expectHeading,
  type Harness,
  pathOf,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { choosePain, localWorkoutId, logGoodReps, memberWithPlan, serverWorkout } from './training.ts';

const PASSWORD = 'a long and memorable password';
const RESULT_KEY = 'backstrong.form-check-result';

/** One rep as the form check's analysis reports it; good unless it has a fault. */
function rep(number: number, level: number, faults: FormRep['faults'] = []): FormRep {
  return {
    number,
    isComplete: true,
    isGood: faults.length === 0,
    side: null,
    startMs: number * 3000,
    turnMs: number * 3000 + 1200,
    endMs: number * 3000 + 2600,
    outMs: 1100,
    backMs: 1200,
    turnAngle: 120,
    turnImageAngle: 128,
    level,
    maxValgus: faults.length > 0 ? 9 : 2,
    minKneeWidthRatio: 1,
    maxFrontalKneeAngleChange: -4,
    maxTrunkLean: null,
    kneeAngleChange: null,
    faults,
    notes: [],
  };
}

/** What the form check hands over for a squat set: `good` clean reps, the rest with the knees caving. */
function squatResult(level: number, reps: number, good: number): FormCheckResult {
  const all = Array.from({ length: reps }, (_, index) =>
    rep(index + 1, level, index < good ? [] : ['knees-caving']),
  );
  const summary = summarizeSet('squat', 'front', all, [], reps * 90, reps * 90);
  return formCheckResultFrom(summary, 'live', new Date());
}

/** The form check's "Use these results": leave the count in the tab, then go back in the app. */
async function comeBackFromFormCheck(page: Page, result: FormCheckResult, returnTo: string): Promise<void> {
  await page.evaluate(
    ({ key, value, path }) => {
      sessionStorage.setItem(key, JSON.stringify(value));
      history.pushState(null, '', path);
    },
    { key: RESULT_KEY, value: result, path: returnTo },
  );
}

/** The number a stepper shows, with its screen-reader words. */
async function stepperValue(page: Page, legend: string): Promise<string> {
  const output = page.getByRole('group', { name: legend, exact: true }).locator('output');
  return ((await output.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('from the camera form check to a logged set', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;
  let workoutId = '';
  let squatLevel = 0;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    context = page.context();
    const email = uniqueEmail('camera');
    await memberWithPlan(harness, page, { email, password: PASSWORD, name: 'Cam Era' });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('opens the form check for the exercise on screen, at today’s level, and keeps the workout', async () => {
    await page.goto('/today');
    await page.getByRole('link', { name: 'Start workout' }).click();
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await expectHeading(page, 'Squat');
    workoutId = await localWorkoutId(page);
    await expect
      .poll(async () => (await serverWorkout(harness, context, workoutId)).status)
      .toBe('in-progress');
    const squat = (await serverWorkout(harness, context, workoutId)).prescription[0];
    expect(squat?.exerciseId).toBe('squat');
    squatLevel = squat?.level ?? 0;

    await checkScreen(page, 'workout-form-check-action');
    await page.getByRole('link', { name: 'Check my form with the camera' }).click();
    await page.waitForURL('**/form-check/squat?*');
    expect(pathOf(page)).toBe(`/form-check/squat?return=%2Fworkout&level=${squatLevel}`);
    // The workout stays on the phone while the form check is open.
    expect(await localWorkoutId(page)).toBe(workoutId);
  });

  it('comes back with the count: the set’s details open filled in, and the set is saved as the camera’s', async () => {
    await comeBackFromFormCheck(page, squatResult(squatLevel, 9, 8), '/workout');
    await expectHeading(page, 'Squat');
    await visible(page.getByText('From the form check: 9 reps, 8 with good form. Check and save.'));
    expect(await stepperValue(page, 'Reps')).toBe('9 reps');
    expect(await stepperValue(page, 'With good form')).toBe('8 with good form');
    const chosen = page
      .getByRole('group', { name: 'Level you reached' })
      .getByRole('radio', { checked: true });
    expect(await chosen.getAttribute('value')).toBe(String(squatLevel));
    // One rep with the knees caving is a wobble, not yet a fault of the set: nothing is ticked.
    expect(await page.getByRole('button', { name: 'Knees caved in' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(await page.evaluate((key) => sessionStorage.getItem(key), RESULT_KEY)).toBeNull();
    await checkScreen(page, 'workout-form-check-prefill');

    // The camera counts reps, not pain: the first set of the exercise asks it, with nothing chosen.
    await choosePain(page, 2);
    await page.getByRole('button', { name: 'Save set 1' }).click();
    await visible(page.getByRole('button', { name: 'Skip rest' }));
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(1);
    const [saved] = (await serverWorkout(harness, context, workoutId)).sets;
    expect(saved).toMatchObject({
      exerciseId: 'squat',
      reps: 9,
      goodReps: 8,
      level: squatLevel,
      faults: [],
      measuredBy: 'camera',
    });
    await page.getByRole('button', { name: 'Skip rest' }).click();
    await visible(page.getByText('Set 1: 9 reps, 8 with good form, pain 2/10', { exact: true }));
  });

  it('takes a count after a full page load too, lets the member change it, and uses it only once', async () => {
    await page.evaluate(({ key, value }) => sessionStorage.setItem(key, JSON.stringify(value)), {
      key: RESULT_KEY,
      value: squatResult(squatLevel, 10, 7),
    });
    await page.goto('/workout');
    await expectHeading(page, 'Squat');
    await visible(page.getByText('From the form check: 10 reps, 7 with good form. Check and save.'));
    // Three reps with the knees caving: a fault of the set, ticked for the member to see.
    expect(await page.getByRole('button', { name: 'Knees caved in' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The member knows one of them was fine, and says so; good reps can never pass the reps.
    await page.getByRole('button', { name: 'One good rep more' }).click();
    expect(await stepperValue(page, 'With good form')).toBe('8 with good form');
    await page.getByRole('button', { name: 'One rep fewer' }).click();
    await page.getByRole('button', { name: 'One rep fewer' }).click();
    await page.getByRole('button', { name: 'One rep fewer' }).click();
    expect(await stepperValue(page, 'Reps')).toBe('7 reps');
    expect(await stepperValue(page, 'With good form')).toBe('7 with good form');
    expect(await page.getByRole('button', { name: 'One good rep more' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'One rep more' }).click();
    await page.getByRole('button', { name: 'One rep more' }).click();
    await page.getByRole('button', { name: 'One rep more' }).click();
    await page.getByRole('button', { name: 'One good rep more' }).click();
    await page.getByRole('button', { name: 'Save set 2' }).click();
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(2);
    expect((await serverWorkout(harness, context, workoutId)).sets[1]).toMatchObject({
      reps: 10,
      goodReps: 8,
      faults: ['knees-caving'],
      measuredBy: 'camera',
    });

    await page.reload();
    await visible(page.getByRole('button', { name: 'Skip rest' }));
    expect(await page.getByText(/From the form check/).count()).toBe(0);
  });

  it('logs a set by hand as before, and the summary shows the camera’s good reps', async () => {
    await page.getByRole('button', { name: 'Skip rest' }).click();
    await logGoodReps(page, 2);
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(3);
    const byHand = (await serverWorkout(harness, context, workoutId)).sets[2];
    expect(byHand).toMatchObject({ reps: 10, measuredBy: 'member' });
    expect(byHand).not.toHaveProperty('goodReps');

    await page.getByRole('button', { name: 'Skip rest' }).click();
    await page.getByRole('button', { name: 'Finish workout now' }).click();
    await page.getByRole('button', { name: /^Hard, and my form held/ }).click();
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expectHeading(page, 'Workout done');
    await visible(page.getByText('9 reps, 8 with good form, pain 2/10', { exact: true }));
    await visible(page.getByText('10 reps, 8 with good form, pain 2/10, knees caved in', { exact: true }));
    await visible(page.getByText('10 good reps, pain 2/10', { exact: true }));
    await checkScreen(page, 'workout-summary-form-check');
  });
});
