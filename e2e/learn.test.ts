/**
 * The Learn tab for the demo member (six months of generated history, so a plan with a phase and
 * exercises), on the demo publication: the lessons to read again, the articles for where they are now
 * first, an article opened, the articles on an exercise's page, and the latest episode played in the app.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forWhereYouAre } from '../src/core/publication/where-you-are.ts';
import { readDemoArticles } from '../src/server/publication/demo-content.ts';
import { LESSON_IDS, LESSONS } from '../src/web/components/education.ts';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  pathOf,
  signIn,
  startHarness,
  visible,
} from './harness.ts';

const LATEST_EPISODE = 'The bridge, a stepping stone';
/** The demo article scheduled for next Sunday: not out yet, so nowhere in the app. */
const SCHEDULED = 'Bands, then weights';

/** The released demo articles, newest first, as the publication has them. */
const released = readDemoArticles()
  .filter((article) => article.sunday < 0)
  .sort((a, b) => b.sunday - a.sunday);

/** What this test reads of GET /api/plan. */
interface PlanNow {
  plan: { phase: number; exercises: { exerciseId: string }[] };
}

async function titlesIn(page: Page, sectionName: string): Promise<string[]> {
  const section = page.getByRole('region', { name: sectionName, exact: true });
  return (await section.locator('.article-list__title').allTextContents()).map((text) => text.trim());
}

describe('the Learn tab', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
  });
  afterAll(() => harness?.stop());

  it('shows the lessons and the articles, those for where the member is now first', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
    await expectHeading(page, 'Learn');
    const forNow = page.getByRole('region', { name: 'For where you are now' });
    await visible(forNow.locator('.article-list__title').first());

    // The order the member's own plan gives, worked out here from the plan the app reads.
    const { plan } = (await (await page.request.get('/api/plan')).json()) as PlanNow;
    const member = { phase: plan.phase, exerciseIds: plan.exercises.map((exercise) => exercise.exerciseId) };
    const expected = forWhereYouAre(
      released.map((article) => ({ ...article })),
      member,
    ).map((article) => article.title);
    expect(await titlesIn(page, 'For where you are now')).toEqual(expected.slice(0, 3));
    const first = released.find((article) => article.title === expected[0]);
    expect(first?.phases).toContain(plan.phase);
    // Not simply newest first: the member's plan moves the articles about it up.
    expect(expected).not.toEqual(released.map((article) => article.title));
    expect(await titlesIn(page, 'All articles')).toEqual(expected);
    expect(await page.getByText(SCHEDULED).count()).toBe(0);

    // Every lesson, folded, opens to its words.
    const lessons = page.getByRole('region', { name: 'Good to know' });
    expect(await lessons.locator('summary').allTextContents()).toEqual(
      LESSON_IDS.map((id) => LESSONS[id].title),
    );
    const firstLesson = LESSONS[LESSON_IDS[0]];
    await lessons.getByText(firstLesson.title, { exact: true }).click();
    await visible(lessons.getByText(firstLesson.paragraphs[0] ?? '', { exact: true }));
    await checkScreen(page, 'learn-phone');
  });

  it('opens an article on the public site, whose header leads back into the app', async () => {
    const forNow = page.getByRole('region', { name: 'For where you are now' });
    const title = (await forNow.locator('.article-list__title').first().textContent())?.trim() ?? '';
    await forNow.getByRole('link', { name: title, exact: true }).click();
    await expectHeading(page, title);
    expect(pathOf(page)).toMatch(/^\/articles\//);
    const siteNav = page.getByRole('navigation', { name: 'Site' });
    expect(await siteNav.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    await siteNav.getByRole('link', { name: 'Open the app' }).click();
    await page.waitForURL('**/today');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
    await expectHeading(page, 'Learn');
  });

  it('plays the latest episode in the app', async () => {
    const episode = page.getByRole('region', { name: 'The latest episode' });
    await visible(episode.getByRole('heading', { name: LATEST_EPISODE }));
    const audio = episode.locator('audio');
    expect(await audio.getAttribute('aria-label')).toBe(`Play: ${LATEST_EPISODE}`);
    await audio.evaluate((element: HTMLAudioElement) => element.play());
    await expect
      .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 })
      .toBeGreaterThan(0.3);
    await audio.evaluate((element: HTMLAudioElement) => element.pause());
    await episode.getByRole('link', { name: 'The transcript and the notes' }).click();
    await expectHeading(page, LATEST_EPISODE);
  });

  it("an exercise's page lists the articles about it", async () => {
    await page.goto('/exercises/glute-bridge');
    await expectHeading(page, 'Glute bridge');
    const about = released.filter((article) => article.exercises.includes('glute-bridge'));
    await visible(
      page.getByRole('region', { name: 'Read more about it' }).locator('.article-list__title').first(),
    );
    expect(await titlesIn(page, 'Read more about it')).toEqual(about.map((article) => article.title));
    await checkScreen(page, 'learn-exercise-articles-phone');
    await page
      .getByRole('region', { name: 'Read more about it' })
      .getByRole('link', { name: 'The glute bridge, a stepping stone, and when to move on' })
      .click();
    await expectHeading(page, 'The glute bridge, a stepping stone, and when to move on');

    // The squat's scheduled article is not out yet, so not on its page.
    await page.goto('/exercises/squat');
    await visible(
      page.getByRole('region', { name: 'Read more about it' }).locator('.article-list__title').first(),
    );
    expect(await titlesIn(page, 'Read more about it')).not.toContain(SCHEDULED);
  });
});
