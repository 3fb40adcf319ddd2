/**
 * Pain during a workout, on the phone: each exercise's first set asks its pain with nothing chosen, a set
 * at 8/10 ends the workout at once with advice, and a set 2 points above the pain before the workout
 * stops that exercise (skip it, or one level lower) while the workout goes on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, expectHeading, type Harness, startHarness, uniqueEmail, visible } from './harness.ts';
import { choosePain, localWorkoutId, memberWithPlan, serverWorkout } from './training.ts';

const PASSWORD = 'a long and memorable password';

/** A new member on the first exercise of a workout started with the given pain before it. */
async function workoutStarted(harness: Harness, name: string, painBefore: number): Promise<Page> {
  const page = await harness.newPage();
  await memberWithPlan(harness, page, {
    email: uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'member'),
    password: PASSWORD,
    name,
  });
  await page.goto('/today');
  await page.getByRole('link', { name: 'Start workout' }).click();
  await page.getByRole('button', { name: `${painBefore} out of 10`, exact: true }).click();
  await expectHeading(page, 'Squat');
  return page;
}

async function pressedPains(page: Page): Promise<number> {
  return page
    .getByRole('group', { name: /^Pain during/ })
    .locator('[aria-pressed="true"]')
    .count();
}

describe('pain during a workout', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('asks each exercise’s first set for its pain with nothing chosen; later sets may take the last one', async () => {
    const page = await workoutStarted(harness, 'Fresh Fiona', 2);
    const oneTap = page.getByRole('button', { name: /^10 good reps/ });
    expect(await oneTap.textContent()).not.toMatch(/out of 10/);
    await oneTap.click();
    expect(await pressedPains(page)).toBe(0);
    await checkScreen(page, 'workout-set-pain');
    await choosePain(page, 3);
    await page.getByRole('button', { name: 'Skip rest' }).click();

    // The same exercise again: one tap, with the pain of its last set.
    await expectHeading(page, 'Squat');
    expect(await oneTap.textContent()).toContain('Pain 3 out of 10, same as the last set');
    await oneTap.click();
    await page.getByRole('button', { name: 'Skip rest' }).click();

    // The next exercise starts afresh: its pain is asked, nothing carried over from the squat.
    await expectHeading(page, 'Hip hinge');
    expect(await oneTap.textContent()).not.toMatch(/out of 10/);
    await page.getByRole('button', { name: 'Something was different' }).click();
    expect(await pressedPains(page)).toBe(0);
    await page.getByRole('button', { name: 'Save set 1' }).click();
    await visible(page.getByText('Please choose the pain during this set.'));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await oneTap.click();
    expect(await pressedPains(page)).toBe(0);
    await choosePain(page, 1);

    const workout = await serverWorkout(harness, page.context(), await localWorkoutId(page));
    await expect
      .poll(async () =>
        (await serverWorkout(harness, page.context(), workout.id)).sets.map((set) => set.pain),
      )
      .toEqual([3, 3, 1]);
  });

  it('ends the workout at once at 8/10, with what to do now, how to settle the pain and when to get help', async () => {
    const page = await workoutStarted(harness, 'Severe Sam', 2);
    const workoutId = await localWorkoutId(page);
    await page.getByRole('button', { name: /^10 good reps/ }).click();
    await choosePain(page, 8);

    await expectHeading(page, 'Your workout has stopped');
    await visible(page.getByText('Your pain reached 8/10, so your workout stopped there.', { exact: false }));
    await visible(page.getByRole('heading', { name: 'What to do now' }));
    await visible(page.getByRole('heading', { name: 'Settling the pain' }));
    await visible(page.getByRole('heading', { name: 'When to get help' }));
    await visible(page.getByText(/Call 999 or go to A&E/));
    await visible(page.getByRole('link', { name: 'Answer the safety questions' }));
    expect(await page.getByText(/^Rest/).count()).toBe(0);
    await checkScreen(page, 'workout-stopped-for-pain');

    await expect
      .poll(async () => (await serverWorkout(harness, page.context(), workoutId)).status)
      .toBe('finished');
    const ended = await serverWorkout(harness, page.context(), workoutId);
    expect(ended.sets.map((set) => set.pain)).toEqual([8]);
    expect(ended.decisions.filter((decision) => decision.ruleId === 'pain-pause')).toHaveLength(1);

    await page.goto('/today');
    await visible(page.getByRole('heading', { name: 'A few safety questions first' }));
  });

  it('ends the workout on the phone without a connection too; the server ends it when the set arrives', async () => {
    const page = await workoutStarted(harness, 'Offline Olly', 3);
    const workoutId = await localWorkoutId(page);
    await expect
      .poll(async () => (await serverWorkout(harness, page.context(), workoutId)).status)
      .toBe('in-progress');
    await page.context().setOffline(true);
    await page.getByRole('button', { name: /^10 good reps/ }).click();
    await choosePain(page, 9);

    await expectHeading(page, 'Your workout has stopped');
    await visible(page.getByRole('heading', { name: 'When to get help' }));
    expect((await serverWorkout(harness, page.context(), workoutId)).status).toBe('in-progress');

    await page.context().setOffline(false);
    await expect
      .poll(async () => (await serverWorkout(harness, page.context(), workoutId)).status)
      .toBe('finished');
    const ended = await serverWorkout(harness, page.context(), workoutId);
    expect(ended.sets.map((set) => set.pain)).toEqual([9]);
    expect(ended.decisions.map((decision) => decision.ruleId)).toContain('pain-pause');
    await visible(page.getByRole('heading', { name: 'What changes next time' }));
  });

  it('stops an exercise when the pain rises 2 over the start: skip it, or one level lower, and go on', async () => {
    const page = await workoutStarted(harness, 'Rising Rita', 2);
    const workoutId = await localWorkoutId(page);
    await page.getByRole('button', { name: /^10 good reps/ }).click();
    await choosePain(page, 4);

    await visible(page.getByRole('heading', { name: 'No more squat at this level today' }));
    await visible(
      page.getByText(/Your pain went up to 4\/10 during the squat, from 2\/10 before the workout/),
    );
    await visible(page.getByRole('button', { name: /^Go on one level lower: level \d/ }));
    expect(await page.getByRole('button', { name: 'Skip rest' }).count()).toBe(0);
    await checkScreen(page, 'workout-exercise-stopped');
    await page.getByRole('button', { name: 'Skip the squat for today' }).click();

    await expectHeading(page, 'Hip hinge');
    await visible(page.getByText('Exercise 2 of 3'));
    await page.getByRole('button', { name: /^10 good reps/ }).click();
    await choosePain(page, 2);
    await visible(page.getByRole('button', { name: 'Skip rest' }));
    await expect
      .poll(async () =>
        (await serverWorkout(harness, page.context(), workoutId)).sets.map((set) => [
          set.exerciseId,
          set.pain,
        ]),
      )
      .toEqual([
        ['squat', 4],
        ['hip-hinge', 2],
      ]);
  });
});
