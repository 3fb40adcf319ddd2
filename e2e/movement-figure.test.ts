import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  saveScreen,
  seriousAccessibilityViolations,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { memberWithPlan } from './training.ts';

/** The drawn outline of the figure's trunk: it changes whenever the pose does. */
async function trunkOutline(figure: Locator): Promise<string> {
  return (await figure.locator('.figure__body [data-part="trunk"]').getAttribute('d')) ?? '';
}

/** Outlines of the trunk a little apart in time: more than one when the figure moves. */
async function outlinesOverTime(figure: Locator, samples = 4, gapMs = 450): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let sample = 0; sample < samples; sample++) {
    seen.add(await trunkOutline(figure));
    await figure.page().waitForTimeout(gapMs);
  }
  return seen;
}

async function expectMoving(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  expect((await outlinesOverTime(figure)).size).toBeGreaterThan(1);
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('the moving exercise figures', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('move through a rep on the exercise page, from the side and, once chosen, from the front', async () => {
    const page = await harness.newPage();
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
    await page.goto('/exercises/squat');
    await expectHeading(page, 'Squat');
    const figure = await visible(page.locator('figure.movement'));
    expect(await figure.locator('svg').getAttribute('data-view')).toBe('side');
    await expectMoving(figure);
    await expect.poll(() => figure.getAttribute('data-moment')).not.toBe('still');
    await visible(figure.getByText('Stomach gently firm'));

    await figure.getByRole('button', { name: 'Front' }).click();
    expect(await figure.getByRole('button', { name: 'Front' }).getAttribute('aria-pressed')).toBe('true');
    expect(await figure.locator('svg').getAttribute('data-view')).toBe('front');
    await visible(figure.getByText('Knees over your feet'));
    await expectMoving(figure);
    await expectAxeClean(page);
    await saveScreen(page, 'movement-exercise-squat-front-phone');

    // The choice is remembered on the device.
    await page.reload();
    await expectHeading(page, 'Squat');
    expect(await page.locator('figure.movement svg').getAttribute('data-view')).toBe('front');
    await page.locator('figure.movement').getByRole('button', { name: 'Side' }).click();

    await page.goto('/exercises/hip-hinge');
    await expectHeading(page, 'Hip hinge');
    await page
      .getByRole('radio', { name: /5/ })
      .first()
      .click()
      .catch(() => undefined);
    await saveScreen(page, 'movement-exercise-hinge-side-phone');
    await page.goto('/exercises/glute-bridge');
    await expectHeading(page, 'Glute bridge');
    await saveScreen(page, 'movement-exercise-bridge-side-phone');
  });

  it('moves in the plan and stops when the page is hidden', async () => {
    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
    await page.goto('/plan');
    await expectHeading(page, 'Why your plan looks like this');
    const figure = await visible(page.locator('figure.movement').first());
    await expectMoving(figure);
    await expectAxeClean(page);
    await saveScreen(page, 'movement-plan-laptop');
  });

  it('moves in the workout', async () => {
    // A new plan has its first workout today, whichever day the tests run; the demo member's may be a rest day.
    const page = await harness.newPage();
    await memberWithPlan(harness, page, {
      email: uniqueEmail('moving-workout'),
      password: 'a long and memorable password',
      name: 'Mo Moving',
    });
    await page.goto('/today');
    await page.getByRole('link', { name: 'Start workout' }).click();
    await expectHeading(page, 'Before you start');
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await page.waitForURL('**/workout');
    const figure = await visible(page.locator('figure.movement'));
    await expectMoving(figure);
    await expectAxeClean(page);
    await saveScreen(page, 'movement-workout-phone');
  });

  it('holds still at the turn under reduced motion until the member presses play', async () => {
    const page = await harness.newPage({ isReducedMotion: true });
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
    await page.goto('/exercises/split-squat');
    await expectHeading(page, 'Split squat');
    const figure = await visible(page.locator('figure.movement'));
    expect(await figure.getAttribute('data-moment')).toBe('still');
    expect((await outlinesOverTime(figure, 3, 500)).size).toBe(1);
    await figure.getByRole('button', { name: 'Play the movement' }).click();
    await expectMoving(figure);
    await figure.getByRole('button', { name: 'Pause' }).click();
    expect(await figure.getAttribute('data-moment')).toBe('still');
    await expectAxeClean(page);
  });

  it('looks like a person at laptop size too', async () => {
    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
    for (const id of ['squat', 'hip-hinge', 'split-squat', 'pull-through', 'glute-bridge']) {
      await page.goto(`/exercises/${id}`);
      await visible(page.locator('figure.movement'));
      await saveScreen(page, `movement-exercise-${id}-laptop`);
    }
  });
});
