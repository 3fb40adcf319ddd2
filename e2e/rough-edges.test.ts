/**
 * Rough edges of the member app, each checked as a member meets it: the workout's action bar beside the
 * cues, signing out during onboarding, the moment after sign-up, and the check-in's thank-you.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  confirmSignUpInBrowser,
  createAccount,
  expectHeading,
  followClock,
  type Harness,
  LAPTOP,
  movableClock,
  PHONE,
  pathOf,
  SCREENS_DIR,
  saveScreen,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { answerSafetyQuestions, logGoodReps, memberWithPlan } from './training.ts';

const PASSWORD = 'a long and memorable password';

/**
 * What of the screen's content the workout's sticky action bar spoils, with the page scrolled to the top
 * or to its end (boxes in the viewport, so the bar is where the member sees it). While content scrolls
 * under the bar it must be hidden whole: no line seen through the bar or running out beside it. At the
 * end of the page the bar is in its place and covers nothing at all.
 */
async function contentSpoiledByActionBar(page: Page, scrolledTo: 'top' | 'end'): Promise<string[]> {
  await page.evaluate(
    (to) => window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight),
    scrolledTo,
  );
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  return page.evaluate((isEnd) => {
    const bar = document.querySelector('.log-actions');
    if (!bar) return ['no action bar on the screen'];
    const barBox = bar.getBoundingClientRect();
    const spoiled: string[] = [];
    const background = getComputedStyle(bar).backgroundColor;
    const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(background)?.[1];
    if (alpha !== undefined && Number(alpha) < 1) spoiled.push(`the bar can be seen through (${background})`);
    const texts = [...document.querySelectorAll('main *')].filter(
      (element) =>
        !bar.contains(element) &&
        !element.contains(bar) &&
        element.children.length === 0 &&
        (element.textContent?.trim() ?? '') !== '',
    );
    for (const element of texts) {
      const box = element.getBoundingClientRect();
      const isUnder =
        box.width > 0 &&
        box.top < barBox.bottom - 0.5 &&
        box.bottom > barBox.top + 0.5 &&
        box.left < barBox.right &&
        box.right > barBox.left;
      const isBeside = box.left < barBox.left - 0.5 || box.right > barBox.right + 0.5;
      if (isUnder && (isEnd || isBeside)) {
        spoiled.push(`${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`);
      }
    }
    return spoiled;
  }, scrolledTo === 'end');
}

/**
 * Samples the page on every frame, across page loads, and keeps each moment the member would see an empty
 * screen: no main, or a main with no text they could see (none at all, or only text faded out). Frames
 * before the document is parsed are the browser's own, not the app's, and are left out.
 */
async function watchForEmptyMain(page: Page): Promise<string[]> {
  const empty: string[] = [];
  await page.exposeFunction('noteEmptyMain', (moment: string) => {
    empty.push(moment);
  });
  await page.addInitScript(() => {
    const isSeen = (node: Node) => {
      const element = node.parentElement;
      if (!element || (node.textContent?.trim() ?? '') === '') return false;
      if (element.getClientRects().length === 0) return false;
      for (let at: Element | null = element; at; at = at.parentElement) {
        if (Number(getComputedStyle(at).opacity) < 0.05) return false;
      }
      return true;
    };
    const sample = () => {
      if (document.readyState !== 'loading') {
        const main = document.querySelector('main');
        let hasText = false;
        if (main) {
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node && !hasText; node = walker.nextNode())
            hasText = isSeen(node);
        }
        if (!hasText) {
          const note = (window as unknown as { noteEmptyMain(moment: string): void }).noteEmptyMain;
          void note(`${location.pathname}: ${main ? 'a main with nothing to see' : 'no main'}`);
        }
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  return empty;
}

describe('rough edges', () => {
  let harness: Harness;
  const clock = movableClock();

  beforeAll(async () => {
    harness = await startHarness({ clock });
  });

  /** A page on the server's day (the check-in needs a next morning). */
  async function newPage(options: { isLaptop?: boolean } = {}): Promise<Page> {
    const page = await harness.newPage(options);
    await followClock(page, clock);
    return page;
  }

  afterAll(async () => {
    await harness?.stop();
  });

  it.each(['phone', 'laptop'] as const)(
    'on a %s the workout’s action bar leaves the cues readable',
    async (size) => {
      const page = await newPage({ isLaptop: size === 'laptop' });
      await memberWithPlan(harness, page, {
        email: uniqueEmail(`bar-${size}`),
        password: PASSWORD,
        name: 'Bar Bea',
      });
      await page.goto('/today');
      await page.getByRole('link', { name: 'Start workout' }).click();
      await page.getByRole('button', { name: '2 out of 10', exact: true }).click();
      await expectHeading(page, 'Squat');
      await page.getByText('Remember', { exact: true }).waitFor();
      expect(await contentSpoiledByActionBar(page, 'top')).toEqual([]);
      await page.screenshot({ path: `${SCREENS_DIR}/rough-edges-workout-bar-${size}-top.png` });
      expect(await contentSpoiledByActionBar(page, 'end')).toEqual([]);
      await page.screenshot({ path: `${SCREENS_DIR}/rough-edges-workout-bar-${size}-end.png` });
      await saveScreen(page, `rough-edges-workout-bar-${size}`);
    },
  );

  it('never shows an empty page from signing up to the first onboarding step', async () => {
    const page = await newPage();
    const emptyMoments = await watchForEmptyMain(page);
    await page.goto('/sign-up');
    const email = uniqueEmail('no-blank');
    await page.getByLabel('Your name').fill('Nell Blank');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('checkbox').check();
    const since = await harness.mailCount();
    await page.getByRole('button', { name: 'Create account' }).click();
    await confirmSignUpInBrowser(harness, page, email, since);
    await expectHeading(page, 'Let’s set up your program');
    expect(pathOf(page)).toBe('/start/welcome');
    expect([...new Set(emptyMoments)]).toEqual([]);
  });

  it('signs out halfway through onboarding and carries on from the same question after signing in', async () => {
    const page = await newPage();
    const account = { email: uniqueEmail('halfway'), password: PASSWORD, name: 'Hal Fway' };
    await createAccount(harness, account);
    await signIn(page, account.email, account.password);
    await expectHeading(page, 'Let’s set up your program');
    await page.getByRole('button', { name: 'Let’s start' }).click();
    await answerSafetyQuestions(page);
    await expectHeading(page, 'How old are you?');
    await page.getByLabel('Your age in years').fill('58');
    await page.getByRole('button', { name: 'Next' }).click();
    await expectHeading(page, 'How is your back pain right now?');
    await page.getByRole('button', { name: '4 out of 10' }).click();
    await expectHeading(page, 'What was your worst back pain in the last week?');
    await visible(page.getByText('Your answers so far stay on this phone'));
    await checkScreen(page, 'rough-edges-onboarding-sign-out-phone');
    await page.setViewportSize(LAPTOP);
    await saveScreen(page, 'rough-edges-onboarding-sign-out-laptop');
    await page.setViewportSize(PHONE);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/?left=signed-out');
    expect((await page.request.get('/api/me')).status()).toBe(401);

    await signIn(page, account.email, account.password);
    await expectHeading(page, 'What was your worst back pain in the last week?');
    expect(pathOf(page)).toBe('/start/pain-worst');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expectHeading(page, 'How is your back pain right now?');
    expect(await page.getByRole('button', { name: '4 out of 10' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expectHeading(page, 'How old are you?');
    expect(await page.getByLabel('Your age in years').inputValue()).toBe('58');
  });

  it('thanks the member for the check-in once and says what happens next, without their number again', async () => {
    const page = await newPage();
    await memberWithPlan(harness, page, {
      email: uniqueEmail('thanks'),
      password: PASSWORD,
      name: 'Tam Thanks',
    });
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

    clock.advanceDays(1);
    await followClock(page, clock, true);
    await page.goto('/today');
    await page.getByRole('heading', { name: 'Your morning check-in' }).waitFor();
    await page.getByRole('button', { name: '3 out of 10', exact: true }).click();
    const thanks = page.getByRole('status').filter({ hasText: 'Thank you' });
    // What happens next is the engine's decision, shown once the server has the answer.
    // Until then it says the answer waits on this phone, also in two paragraphs: wait for the decision.
    await expect.poll(async () => (await thanks.textContent()) ?? '').not.toContain('saved on this phone');
    expect(await thanks.locator('p').count()).toBe(2);
    const said = ((await thanks.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(said.match(/thank/gi)?.length, said).toBe(1);
    expect(said.match(/\b3( out of 10|\/10)/g)?.length ?? 0, said).toBeLessThanOrEqual(1);
    await checkScreen(page, 'rough-edges-check-in-thanks-phone');

    await page.goto('/check-in');
    await expectHeading(page, 'Morning check-in');
    const shownAgain = await page.getByRole('status').filter({ hasText: 'Thank you' }).textContent();
    const again = (shownAgain ?? '').replace(/\s+/g, ' ');
    expect(again).toBe(said);
    await page.setViewportSize(LAPTOP);
    await checkScreen(page, 'rough-edges-check-in-thanks-laptop');
  });
});
