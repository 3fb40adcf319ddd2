/**
 * A page the service worker did not take charge of when it activated — its navigation was still under way
 * then, or it was force-reloaded — asks to be claimed, so offline copies are kept from that page on, not
 * only after the next reload. A forced reload (the cache bypassed, as Shift+Reload does) is the way to open
 * such a page on purpose: the browser then leaves it uncontrolled though a worker is active.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, visible } from './harness.ts';

const isControlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('the service worker and a page it did not claim', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('takes charge of a page opened with a forced reload, without another reload', async () => {
    await page.goto('/sign-in');
    await visible(page.getByRole('heading', { name: 'Sign in' }));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });

    const devtools = await page.context().newCDPSession(page);
    await Promise.all([page.waitForEvent('load'), devtools.send('Page.reload', { ignoreCache: true })]);
    await visible(page.getByRole('heading', { name: 'Sign in' }));
    await expect.poll(() => isControlled(page), { timeout: 15_000 }).toBe(true);
  });
});
