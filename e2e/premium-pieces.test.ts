/**
 * Premium articles and episodes in a real browser, on the demo publication (its premium article "Why
 * your hips matter to your back" and episode "Your hips and your back"): a reader without an account
 * meets the summary and the way to join, follows "Learn more about premium membership" to the public
 * membership page and on to sign-up; the demo member, premium by comp, reads and plays them whole.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeStripe } from '../src/server/billing/fake-stripe/fake-stripe.ts';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  pathOf,
  signIn,
  visible,
} from './harness.ts';
import { startHarnessWithStripe } from './with-stripe.ts';

const PREMIUM_ARTICLE = '/articles/why-the-hips-matter';
const PREMIUM_EPISODE = '/episodes/hips-and-your-back';

describe('premium articles and episodes', () => {
  let fake: FakeStripe;
  let harness: Harness;

  beforeAll(async () => {
    ({ harness, fake } = await startHarnessWithStripe());
  });
  afterAll(async () => {
    await harness?.stop();
    await fake?.close();
  });

  describe('for a reader without an account', () => {
    let page: Page;
    beforeAll(async () => {
      page = await harness.newPage();
    });

    it('a premium article shows its summary and the way to join, not its words', async () => {
      await page.goto(PREMIUM_ARTICLE);
      await expectHeading(page, 'Why your hips matter to your back');
      const notice = page.getByRole('region', { name: 'Part of premium' });
      await visible(notice.getByText('The rest of this article is for premium members.'));
      expect(await notice.getByRole('link', { name: 'Join premium' }).getAttribute('href')).toBe('/sign-up');
      expect(await page.locator('.prose').count()).toBe(0);
      expect(await page.locator('audio').count()).toBe(0);
      await checkScreen(page, 'article-premium-free-phone');
    });

    it('a premium episode shows what it covers, without a player', async () => {
      await page.goto(PREMIUM_EPISODE);
      await visible(page.getByRole('region', { name: 'Part of premium' }));
      expect(await page.locator('audio, video').count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Transcript' }).count()).toBe(0);
      await checkScreen(page, 'episode-premium-free-phone');
    });

    it('"Learn more about premium membership" opens the membership page, and "Join" leads to sign-up', async () => {
      await page.goto('/articles/the-glute-bridge');
      await page.getByRole('link', { name: 'Learn more about premium membership' }).click();
      await page.waitForURL('**/premium');
      await expectHeading(page, 'Premium membership');
      const premium = page.getByRole('region', { name: 'Premium' });
      await visible(premium.getByText('€12 a month'));
      await visible(premium.getByText('or €120 a year (17% less)'));
      await visible(premium.getByText('Your own private podcast feed, with every episode'));
      await visible(page.getByRole('region', { name: 'Free for everyone, always' }));
      await checkScreen(page, 'membership-page-phone');
      await page.getByRole('link', { name: 'Join Premium' }).click();
      await page.waitForURL('**/sign-up');
      await expectHeading(page, 'Create an account');
    });

    it('the membership page puts the tiers side by side on a laptop', async () => {
      const laptop = await harness.newPage({ isLaptop: true });
      await laptop.goto('/premium');
      const [free, premium] = await Promise.all(
        ['Free', 'Premium'].map((name) => laptop.getByRole('region', { name, exact: true }).boundingBox()),
      );
      expect(free && premium && Math.abs(free.y - premium.y) < 2 && premium.x > free.x + free.width).toBe(
        true,
      );
      await checkScreen(laptop, 'membership-page-laptop');
    });
  });

  describe('for a premium member', () => {
    let page: Page;
    beforeAll(async () => {
      page = await harness.newPage();
      await signIn(page, DEMO.member, DEMO_PASSWORD);
      await page.waitForURL('**/today');
    });

    it('reads a premium article whole', async () => {
      await page.goto(PREMIUM_ARTICLE);
      await visible(page.locator('.prose h2').first());
      expect(await page.getByRole('region', { name: 'Part of premium' }).count()).toBe(0);
    });

    it('plays a premium episode', async () => {
      await page.goto(PREMIUM_EPISODE);
      const player = page.locator('audio[data-episode-player]');
      await visible(player);
      const duration = await player.evaluate(
        (audio: HTMLAudioElement) =>
          new Promise<number>((resolve, reject) => {
            if (audio.readyState >= 1) resolve(audio.duration);
            audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
            audio.addEventListener('error', () => reject(new Error('the audio did not load')), true);
            audio.load();
          }),
      );
      expect(duration).toBeGreaterThan(10);
      await visible(page.getByRole('heading', { name: 'Transcript' }));
    });

    it('the membership page says they are premium', async () => {
      await page.goto('/premium');
      await visible(page.getByText('You are a Premium member. Thank you.'));
      expect(pathOf(page)).toBe('/premium');
    });
  });
});
