/**
 * The public site in a real browser, on the demo publication: a reader with no JavaScript finds this
 * week's episode and article, reads, listens, browses tags and the archive and searches; with JavaScript
 * every page is accessible on a phone and a laptop, fits the phone's width, and the episode's chapters move
 * its player.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, expectHeading, type Harness, PHONE, pathOf, startHarness, visible } from './harness.ts';

/** The demo publication's latest released pieces (the last Sunday) and the one scheduled for the next. */
const LATEST_EPISODE = 'The bridge, a stepping stone';
const LATEST_ARTICLE = 'The glute bridge, a stepping stone, and when to move on';
const SCHEDULED = 'Bands, then weights';

const PAGES = [
  { name: 'home', path: '/', heading: 'Stronger hips, an easier back' },
  { name: 'article', path: '/articles/the-glute-bridge', heading: LATEST_ARTICLE },
  { name: 'episode', path: '/episodes/the-bridge-stepping-stone', heading: LATEST_EPISODE },
  { name: 'tag', path: '/tags/technique', heading: 'Tagged “technique”' },
  { name: 'archive', path: '/archive', heading: 'Articles and episodes' },
  { name: 'search', path: '/search?q=bridge', heading: 'Search' },
] as const;

function main(page: Page) {
  return page.getByRole('main');
}

describe('the public site', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.stop());

  describe('without JavaScript', () => {
    let page: Page;
    beforeAll(async () => {
      page = await harness.newPage({ isScriptless: true });
    });

    it('the homepage shows the latest episode and article, the method and "Start the program"', async () => {
      await page.goto('/');
      await expectHeading(page, 'Stronger hips, an easier back');
      const thisWeek = page.getByRole('region', { name: 'This week' });
      await visible(thisWeek.getByRole('link', { name: LATEST_EPISODE, exact: true }));
      await visible(thisWeek.getByRole('link', { name: LATEST_ARTICLE, exact: true }));
      expect(await thisWeek.locator('audio').getAttribute('aria-label')).toBe(`Audio: ${LATEST_EPISODE}`);
      expect(await page.getByText(SCHEDULED).count()).toBe(0);
      await visible(page.getByRole('heading', { name: 'The method in brief' }));
      expect(
        await page.getByRole('region', { name: 'The method in brief' }).getByRole('listitem').count(),
      ).toBe(5);
      const start = page.getByRole('link', { name: 'Start the program' });
      expect(await start.getAttribute('href')).toBe('/sign-up');
    });

    it('an article reads whole, with its tags, its episode and related articles', async () => {
      await page.goto('/');
      await page.getByRole('link', { name: LATEST_ARTICLE, exact: true }).click();
      await expectHeading(page, LATEST_ARTICLE);
      expect(pathOf(page)).toBe('/articles/the-glute-bridge');
      await visible(main(page).getByText('teaches the single most useful habit in the program'));
      await visible(page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'technique' }));
      const podcast = page.getByRole('region', { name: 'Watch the podcast' });
      await visible(podcast.getByRole('link', { name: LATEST_EPISODE }));
      const related = page.getByRole('region', { name: 'Related articles' });
      expect(await related.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await related.getByText(SCHEDULED).count()).toBe(0);
    });

    it('an episode lists its chapters and transcript and links back to its article', async () => {
      await page.goto('/articles/the-glute-bridge');
      await page
        .getByRole('region', { name: 'Watch the podcast' })
        .getByRole('link', { name: LATEST_EPISODE })
        .click();
      await expectHeading(page, LATEST_EPISODE);
      const chapters = page.getByRole('region', { name: 'Chapters' });
      expect(await chapters.getByRole('link').allTextContents()).toEqual([
        '0:00Welcome',
        '0:07The bridge',
        '0:26Technique first',
        '0:45When to move on',
        '1:05Until next Sunday',
      ]);
      await visible(
        page
          .getByRole('region', { name: 'Transcript text' })
          .getByText('Hello, and welcome back to Backstrong.'),
      );
      // Without the script a chapter link still goes somewhere: to its place in the transcript.
      await chapters.getByRole('link', { name: /Technique first/ }).click();
      expect(new URL(page.url()).hash).toBe('#t-26');
      await page.getByRole('link', { name: 'Read the article' }).click();
      await expectHeading(page, LATEST_ARTICLE);
    });

    it('a tag lists what carries it, and the archive everything released, by month', async () => {
      await page.goto('/articles/the-glute-bridge');
      await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'technique' }).click();
      await expectHeading(page, 'Tagged “technique”');
      const tagged = await main(page).getByRole('listitem').allTextContents();
      expect(tagged.some((text) => text.includes(LATEST_ARTICLE))).toBe(true);
      expect(tagged.some((text) => text.includes('Knees out'))).toBe(true);

      await page
        .getByRole('navigation', { name: 'Site' })
        .getByRole('link', { name: 'Articles and episodes' })
        .click();
      await expectHeading(page, 'Articles and episodes');
      const pieces = main(page).locator('.piece-list > li');
      // 7 articles and 3 episodes, less the article and the episode scheduled for next Sunday.
      expect(await pieces.count()).toBe(8);
      expect(await main(page).getByText(SCHEDULED).count()).toBe(0);
      expect(await main(page).getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    });

    it('search is a plain form: results with the words marked, and a clear answer for none', async () => {
      await page.goto('/search');
      await page.getByRole('searchbox', { name: 'Search articles and episodes' }).fill('bridge');
      await page.getByRole('button', { name: 'Search' }).click();
      expect(pathOf(page)).toBe('/search?q=bridge');
      await visible(page.getByRole('status').getByText(/results|One result/));
      await visible(main(page).getByRole('link', { name: LATEST_ARTICLE }));
      expect(await main(page).locator('mark').count()).toBeGreaterThan(0);
      expect(await main(page).locator('.piece-list').textContent()).not.toMatch(/\*\*|##|\]\(/);
      expect(await main(page).getByText(SCHEDULED).count()).toBe(0);

      await page.getByRole('searchbox').fill('xylophone');
      await page.getByRole('button', { name: 'Search' }).click();
      await visible(page.getByText('Nothing matches “xylophone”.', { exact: false }));
    });
  });

  describe('with JavaScript', () => {
    for (const screen of ['phone', 'laptop'] as const) {
      it(`every kind of page is accessible on a ${screen}${screen === 'phone' ? ' and fits its width' : ''}`, async () => {
        const page = await harness.newPage({ isLaptop: screen === 'laptop' });
        for (const { name, path, heading } of PAGES) {
          await page.goto(path);
          await expectHeading(page, heading);
          await checkScreen(page, `site-${name}-${screen}`);
          if (screen === 'phone') {
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(width, `the width of ${path}`).toBe(PHONE.width);
          }
        }
      });
    }

    it('the episode plays, and a chapter link moves the player to its start', async () => {
      const page = await harness.newPage();
      await page.goto('/episodes/the-bridge-stepping-stone');
      const audio = page.locator('audio[data-episode-player]');
      await audio.evaluate((element: HTMLAudioElement) => element.play());
      await expect
        .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 })
        .toBeGreaterThan(0.3);
      await page
        .getByRole('region', { name: 'Chapters' })
        .getByRole('link', { name: /When to move on/ })
        .click();
      const after = await audio.evaluate((element: HTMLAudioElement) => element.currentTime);
      expect(after).toBeGreaterThanOrEqual(45.7);
      expect(after).toBeLessThan(50);
      // The script keeps the page where it is, and marks the transcript's line being heard.
      expect(new URL(page.url()).hash).toBe('');
      await visible(page.locator('.transcript [aria-current="true"]'));
      await audio.evaluate((element: HTMLAudioElement) => element.pause());
    });

    it('"Watch the podcast" leads from an article to its episode, and "Read the article" back', async () => {
      const page = await harness.newPage();
      await page.goto('/articles/the-glute-bridge');
      await page
        .getByRole('region', { name: 'Watch the podcast' })
        .getByRole('link', { name: LATEST_EPISODE })
        .click();
      await expectHeading(page, LATEST_EPISODE);
      expect(pathOf(page)).toBe('/episodes/the-bridge-stepping-stone');
      await page.getByRole('link', { name: 'Read the article' }).click();
      await expectHeading(page, LATEST_ARTICLE);
      expect(pathOf(page)).toBe('/articles/the-glute-bridge');
    });
  });
});
