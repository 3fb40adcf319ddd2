/**
 * The demo coach's morning starts on the caseload: signing in, or opening / or Today, lands there (never
 * in member onboarding); the top bar is the coach's; the members are a table on a laptop and cards on a
 * phone, those who need attention first; search and the filter ask the server.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  LAPTOP,
  PHONE,
  pathOf,
  signIn,
  startHarness,
  visible,
} from './harness.ts';

const DEMO_MEMBERS = ['Dana Member', 'Jordan Steady', 'Priya Spike', 'Morgan Quiet'];

describe("the coach's caseload", () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL('**/coach');
  }, 180_000);

  afterAll(async () => {
    await harness?.stop();
  });

  it('lists the demo members in a table, the stalled member flagged, with the coach’s own navigation', async () => {
    await expectHeading(page, 'Your members');
    const table = await visible(page.getByRole('table'));
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Member',
      'Phase',
      'Workouts, last 4 weeks',
      'Last workout',
      'Pain this week',
      'Open alerts',
      'Messages',
    ]);
    const names = await table.locator('tbody th a').allTextContents();
    expect([...names].sort()).toEqual([...DEMO_MEMBERS].sort());
    const morgan = table.getByRole('row', { name: /Morgan Quiet/ });
    await expect(morgan.textContent()).resolves.toMatch(/Needs attention: .*no workout for two weeks/);
    // Needs attention comes first.
    expect(await table.locator('tbody tr').first().textContent()).toMatch(/Needs attention/);

    const nav = page.getByRole('navigation', { name: 'Main' });
    // The demo coach also edits the publication.
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Caseload',
      'Alerts',
      'Time',
      'Editor',
      'Account',
    ]);
    expect(await page.locator('.tabbar').count()).toBe(0);
    expect(await table.getByRole('link', { name: 'Priya Spike' }).getAttribute('href')).toMatch(
      /^\/coach\/members\/[A-Za-z0-9_-]+$/,
    );
    await checkScreen(page, 'coach-caseload-laptop');
  });

  it('searches and filters on the server', async () => {
    await page.getByLabel('Find a member').fill('priya');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.getByRole('table').locator('tbody th a').allTextContents())
      .toEqual(['Priya Spike']);
    await page.getByLabel('Find a member').fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Show').selectOption('needs-attention');
    // Morgan is on the whole list too: wait for the filtered answer, where every row needs attention.
    await expect
      .poll(async () => {
        const rows = await page.getByRole('table').locator('tbody tr').allTextContents();
        return (
          rows.every((row) => row.includes('Needs attention')) &&
          rows.some((row) => row.includes('Morgan Quiet'))
        );
      })
      .toBe(true);
    await page.getByLabel('Show').selectOption('all');
  });

  it('sends a coach opening the app or Today to the caseload, never to member onboarding', async () => {
    // The homepage is the public site's; signed in, its action and its header open the app.
    await page.goto('/');
    expect(
      await page
        .getByRole('navigation', { name: 'Site' })
        .getByRole('link', { name: 'Open the app' })
        .count(),
    ).toBe(1);
    await page.getByRole('main').getByRole('link', { name: 'Open the app' }).click();
    await page.waitForURL('**/coach');
    await expectHeading(page, 'Your members');
    await page.goto('/today');
    await page.waitForURL('**/coach');
    expect(pathOf(page)).toBe('/coach');
    await expectHeading(page, 'Your members');
  });

  it('shows the members as cards on a phone', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/coach');
    await expectHeading(page, 'Your members');
    await visible(page.locator('.caseload__card').first());
    expect(await page.locator('.caseload__card').count()).toBe(DEMO_MEMBERS.length);
    expect(await page.getByRole('table').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await checkScreen(page, 'coach-caseload-phone');
    await page.setViewportSize(LAPTOP);
  });
});
