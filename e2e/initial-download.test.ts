/**
 * How much JavaScript a member's phone downloads before Today can be used, measured in a real browser on
 * a first visit (nothing cached, no service worker yet): under 105 KB gzipped, and none of the screens
 * that are opened rarely.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT } from './fixtures.ts';
import { createAccount, type Harness, signIn, startHarness, uniqueEmail, visible } from './harness.ts';
import { browserDay } from './training.ts';

const BUDGET_BYTES = 105 * 1024;
const PASSWORD = 'a long and memorable password';

describe('the first download', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('brings Today up with less than 105 KB of JavaScript, gzipped', async () => {
    const email = uniqueEmail('first-visit');
    await createAccount(harness, { email, password: PASSWORD, name: 'Fran First' });
    const signingIn = await harness.newPage();
    await signIn(signingIn, email, PASSWORD);
    await signingIn.waitForURL('**/start/welcome');
    const started = await signingIn.request.post('/api/plan', {
      data: { id: crypto.randomUUID(), today: await browserDay(signingIn), assessment: ASSESSMENT },
    });
    expect(started.status()).toBe(201);

    // A phone that has never been here, with only the login cookie.
    const page = await harness.newPage();
    await page.context().addCookies(await signingIn.context().cookies());
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
    });
    await page.goto('/today');
    await visible(page.getByRole('link', { name: 'Start workout' }));
    await page.waitForLoadState('networkidle');

    const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    console.log(
      `JavaScript before Today is interactive: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.size} files`,
      Object.fromEntries([...scripts].map(([name, bytes]) => [name, `${(bytes / 1024).toFixed(1)} KB`])),
    );
    expect(total).toBeLessThan(BUDGET_BYTES);
    const names = [...scripts.keys()].join(' ');
    for (const rarelyOpened of [
      'Onboarding',
      'History',
      'Settings',
      'Symptoms',
      'PlanScreen',
      'RedFlagForm',
    ]) {
      expect(names, rarelyOpened).not.toContain(rarelyOpened);
    }
    expect(names).not.toMatch(/tensorflow|tfjs|pose/i);
  });
});
