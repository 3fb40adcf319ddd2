/**
 * Backstrong asks for push once, after a finished workout, never on a first visit: the question says why,
 * "Not now" is remembered on the browser, and when the browser cannot subscribe the member is told kindly.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushSubscriptionList } from '../src/contract/notifications.ts';
import { checkScreen, expectHeading, type Harness, startHarness, uniqueEmail, visible } from './harness.ts';
import { apiGet, logGoodReps, memberWithPlan } from './training.ts';

const PASSWORD = 'a long and memorable password';
const QUESTION = 'A reminder on your training days?';

async function finishAShortWorkout(page: Page): Promise<void> {
  await page.goto('/today');
  await page.getByRole('link', { name: 'Start workout' }).click();
  await page.getByRole('button', { name: '2 out of 10', exact: true }).click();
  await expectHeading(page, 'Squat');
  await logGoodReps(page, 2);
  await page.getByRole('button', { name: 'Skip rest' }).click();
  await page.getByRole('button', { name: 'Finish workout now' }).click();
  await page.getByRole('button', { name: /^Hard, and my form held/ }).click();
  await page.getByRole('button', { name: 'Finish workout' }).click();
  await expectHeading(page, 'Workout done');
}

const permission = (page: Page) => page.evaluate(() => Notification.permission);

describe('the question about push', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function newMember(name: string): Promise<Page> {
    const page = await harness.newPage();
    await memberWithPlan(harness, page, { email: uniqueEmail('prompt'), password: PASSWORD, name });
    return page;
  }

  it('is not asked on a first visit, only after the first finished workout; “Not now” is remembered', async () => {
    const page = await newMember('Fern First');
    await page.goto('/today');
    await expectHeading(page, 'Today');
    await visible(page.getByRole('link', { name: 'Start workout' }));
    expect(await page.getByRole('heading', { name: QUESTION }).count()).toBe(0);
    expect(await permission(page)).toBe('default');

    await finishAShortWorkout(page);
    await visible(page.getByRole('heading', { name: QUESTION }));
    await visible(page.getByText(/^We can remind you on your training days/));
    // The browser's own question comes only when the member says yes.
    expect(await permission(page)).toBe('default');
    await checkScreen(page, 'push-prompt-after-workout');

    // Still asked after a reload of the same summary, so what follows shows "Not now" is what stops it.
    await page.reload();
    await visible(page.getByRole('heading', { name: QUESTION }));
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await page.getByRole('heading', { name: QUESTION }).count()).toBe(0);
    await page.reload();
    await expectHeading(page, 'Workout done');
    await visible(page.getByRole('heading', { name: 'What you did' }));
    expect(await page.getByRole('heading', { name: QUESTION }).count()).toBe(0);
    expect(await permission(page)).toBe('default');
  });

  it('says kindly when this browser cannot turn push on', async () => {
    const page = await newMember('Gil Granted');
    await page.context().grantPermissions(['notifications'], { origin: harness.baseUrl });
    await finishAShortWorkout(page);
    const keyAnswer = page.waitForResponse((response) => response.url().endsWith('/api/push/key'));
    await page.getByRole('button', { name: 'Turn on notifications' }).click();
    expect((await keyAnswer).status()).toBe(200);
    // Headless Chromium reaches no push service, so the subscription fails there; a browser that can
    // subscribe sends it to the server instead.
    const failure = page.getByRole('alert').filter({ hasText: /notification service/ });
    const done = page.getByText(/^Notifications are on/);
    await Promise.race([failure.waitFor(), done.waitFor()]);
    const saved = await apiGet<PushSubscriptionList>(page, '/api/me/push-subscriptions');
    if (await failure.isVisible()) {
      expect(saved.subscriptions).toEqual([]);
      await visible(page.getByRole('button', { name: 'Not now' }));
    } else {
      expect(saved.subscriptions).toHaveLength(1);
    }
  });
});
