/**
 * The homepage's free podcast notification: offered only where the script finds push in the browser,
 * asking nothing personal, and telling the visitor plainly when their browser blocks it or cannot reach
 * its push service (headless Chromium reaches none, so a real subscription is not made here).
 */
import { ECDH } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushKey } from '../src/contract/notifications.ts';
import { type Harness, seriousAccessibilityViolations, startHarness, visible } from './harness.ts';

const BUTTON = 'Get the free podcast notification';

describe('the free podcast notification on the homepage', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const visitorSubscriptions = async () =>
    (
      await harness
        .database()
        .selectFrom('push_subscriptions')
        .select('endpoint')
        .where('user_id', 'is', null)
        .execute()
    ).map((row) => row.endpoint);

  const section = (page: Page) => page.getByRole('region', { name: 'A new episode every Sunday' });

  it('is not offered by a page without its script', async () => {
    const page = await harness.newPage({ isScriptless: true });
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1 }));
    expect(await page.getByRole('button', { name: BUTTON }).count()).toBe(0);
  });

  it('is offered where the browser can push, with nothing personal asked', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await visible(page.getByRole('button', { name: BUTTON }));
    await visible(section(page).getByText(/No email, no account, and one tap turns it off/));
    expect(await section(page).getByRole('textbox').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('says so when the browser blocks notifications', async () => {
    const page = await harness.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('button', { name: BUTTON }).click();
    await visible(
      section(page)
        .getByRole('status')
        .filter({ hasText: /blocked for this site/ }),
    );
    expect(asked).toEqual([]);
    expect(await visitorSubscriptions()).toEqual([]);
  });

  it('leaves a member’s own push on this browser alone, and says where episodes are turned on', async () => {
    const page = await harness.newPage();
    await page.context().grantPermissions(['notifications'], { origin: harness.baseUrl });
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
    });
    await page.goto('/');
    // As the app leaves it once the member turned push on here (headless Chromium cannot subscribe).
    await page.evaluate(() =>
      localStorage.setItem('backstrong.push-subscription-id', JSON.stringify('the-members-browser')),
    );
    await page.reload();
    await page.getByRole('button', { name: BUTTON }).click();
    await visible(
      section(page)
        .getByRole('status')
        .filter({ hasText: /already gets Backstrong’s notifications for your account/ }),
    );
    await visible(section(page).getByText(/turn on “New episode and article”/));
    expect(asked).toEqual([]);
    expect(await visitorSubscriptions()).toEqual([]);
  });

  it('subscribes with the server’s key, or says kindly that the browser could not', async () => {
    const page = await harness.newPage();
    await page.context().grantPermissions(['notifications'], { origin: harness.baseUrl });
    await page.goto('/');
    const keyAnswer = page.waitForResponse((response) => response.url().endsWith('/api/push/key'));
    await page.getByRole('button', { name: BUTTON }).click();
    const key = await keyAnswer;
    expect(key.status()).toBe(200);
    // What the browser subscribes with must be a point on P-256, or no push service would take it.
    const { publicKey } = (await key.json()) as PushKey;
    expect(() => ECDH.convertKey(Buffer.from(publicKey, 'base64url'), 'prime256v1')).not.toThrow();
    const status = section(page).getByRole('status');
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).not.toBe('');
    const said = (await status.textContent()) ?? '';
    if (said.includes('could not reach its notification service')) {
      // Headless Chromium: the subscription failed before anything was sent.
      expect(await visitorSubscriptions()).toEqual([]);
      await visible(page.getByRole('button', { name: BUTTON }));
      return;
    }
    expect(said).toContain('Tap again to stop');
    expect(await visitorSubscriptions()).toHaveLength(1);
    await page.getByRole('button', { name: 'Stop the podcast notification' }).click();
    await visible(status.filter({ hasText: 'Stopped.' }));
    expect(await visitorSubscriptions()).toEqual([]);
  });
});
