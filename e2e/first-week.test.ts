/**
 * A new member's first week, on a phone with the server's clock moved day by day: after the safety
 * questions and the assessment nothing more is asked that day (its pain and chair stands are the
 * baseline); then one short check-up a day by its plain name, the first skipped once and coming back after
 * the others without a second skip; nothing on the days between; pain again on day 7.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueToday, InstrumentHistory } from '../src/contract/measures.ts';
import { HOOS_12 } from '../src/core/outcomes/hoos-12.ts';
import { OSWESTRY } from '../src/core/outcomes/oswestry.ts';
import {
  checkScreen,
  expectHeading,
  followClock,
  type Harness,
  LAPTOP,
  type MovableClock,
  movableClock,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { apiGet, browserDay, signUpAndStartInBrowser, TYPICAL } from './training.ts';

function checkUpCard(page: Page) {
  return page.getByRole('region', { name: 'Today’s check-up' });
}

async function due(page: Page): Promise<DueToday> {
  return apiGet<DueToday>(page, `/api/measures/due?today=${await browserDay(page)}`);
}

function firstOption(items: typeof OSWESTRY.items, index: number): string {
  const answer = items[index]?.answer;
  if (answer?.kind !== 'choice') throw new Error(`item ${index} is not a choice`);
  return answer.options[0]?.label ?? '';
}

/** Answers a questionnaire one question at a time, the first statement of each, and sees the score. */
async function answerFirstOptions(page: Page, items: typeof OSWESTRY.items) {
  for (const index of items.keys()) {
    await visible(page.getByText(`Question ${index + 1} of ${items.length}`));
    await page.getByRole('radio', { name: firstOption(items, index), exact: true }).check();
    const isLast = index === items.length - 1;
    await page.getByRole('button', { name: isLast ? 'See my score' : 'Next', exact: true }).click();
  }
}

/** What the card shows, as read: the details closed, so the full name is not in it. */
async function cardText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown matters here, and a closed details hides its text
  return checkUpCard(page).innerText();
}

describe('a new member’s first week', () => {
  let harness: Harness;
  let clock: MovableClock;
  let page: Page;

  async function dayOfWeek(day: number) {
    clock.advanceDays(day === 0 ? 0 : 1);
    await followClock(page, clock, true);
    await page.goto('/today');
    await expectHeading(page, 'Today');
  }

  beforeAll(async () => {
    clock = movableClock();
    harness = await startHarness({ clock });
    page = await harness.newPage();
    await followClock(page, clock);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('asks nothing more on the day of the assessment: its pain and chair stands are the baseline', async () => {
    const email = uniqueEmail('first-week');
    await signUpAndStartInBrowser(harness, page, { name: 'Dana Okafor', email });

    await dayOfWeek(0);
    await visible(page.getByText('Next check-up: Back function questionnaire, tomorrow, about 3 minutes.'));
    expect(await checkUpCard(page).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Your check-ups' }).count()).toBe(0);
    expect((await due(page)).due).toEqual([]);
    const pain = await apiGet<InstrumentHistory>(page, '/api/measures/pain');
    expect(pain.baseline?.value).toBe(TYPICAL.painNow);
    const stands = await apiGet<InstrumentHistory>(page, '/api/measures/chair-stand');
    expect(stands.baseline?.value).toBe(Number(TYPICAL.chairStands));
    await checkScreen(page, 'first-week-day-0');
  });

  it('day 1: one check-up by its plain name, the full name in the details, and skips it once', async () => {
    await dayOfWeek(1);
    await visible(checkUpCard(page).getByText('Back function questionnaire'));
    await visible(checkUpCard(page).getByText(/about 3 minutes/));
    expect(await cardText(page)).not.toMatch(/Oswestry|STarT|HOOS/);
    await visible(checkUpCard(page).getByText(/moves it to Friday 6 March, after the others/));
    await checkUpCard(page).getByText('About this check-up').click();
    await visible(checkUpCard(page).getByText(/Its full name is the Oswestry Disability Index/));
    await checkScreen(page, 'first-week-day-1-phone');

    const laptop = await harness.newPage({ ...LAPTOP, isLaptop: true });
    await laptop.context().addCookies(await page.context().cookies());
    await followClock(laptop, clock);
    await laptop.goto('/today');
    await visible(checkUpCard(laptop).getByText('Back function questionnaire'));
    await checkScreen(laptop, 'first-week-day-1-laptop');
    await laptop.context().close();

    await page.getByRole('button', { name: 'Not today: Back function questionnaire' }).click();
    await visible(
      page.getByText('Next check-up: Back pain impact questionnaire, tomorrow, about 2 minutes.'),
    );
    expect(await checkUpCard(page).count()).toBe(0);
    expect(await due(page)).toMatchObject({
      due: [],
      firstWeekNext: [
        { instrumentId: 'start-back', on: '2026-03-04' },
        { instrumentId: 'hoos-12', on: '2026-03-05' },
        { instrumentId: 'oswestry', on: '2026-03-06' },
      ],
    });
  });

  it('day 2: the back pain impact questionnaire, taken', async () => {
    await dayOfWeek(2);
    await visible(checkUpCard(page).getByText('Back pain impact questionnaire'));
    await checkUpCard(page).getByRole('link', { name: 'Start: Back pain impact questionnaire' }).click();
    await expectHeading(page, 'Back pain impact questionnaire');
    for (let index = 0; index < 8; index += 1) {
      await visible(page.getByText(`Question ${index + 1} of 9`));
      await page.getByRole('radio', { name: 'Disagree', exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('radio', { name: 'Not at all', exact: true }).check();
    await page.getByRole('button', { name: 'See my score' }).click();
    await visible(page.getByRole('heading', { name: 'Low risk (0 of 9)' }));
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await expectHeading(page, 'Today');
    await visible(page.getByText('Next check-up: Hip function questionnaire, tomorrow, about 2 minutes.'));
  });

  it('day 3: the hip function questionnaire, taken', async () => {
    await dayOfWeek(3);
    await checkUpCard(page).getByRole('link', { name: 'Start: Hip function questionnaire' }).click();
    await expectHeading(page, 'Hip function questionnaire');
    await answerFirstOptions(page, HOOS_12.items);
    await visible(page.getByRole('heading', { name: /out of 100 for your hips/ }));
  });

  it('day 4: the skipped one comes back, with no second skip, and is taken', async () => {
    await dayOfWeek(4);
    await visible(checkUpCard(page).getByText('Back function questionnaire'));
    expect(await page.getByRole('button', { name: /^Not today/ }).count()).toBe(0);
    await visible(checkUpCard(page).getByText(/You moved this one once already/));
    await checkScreen(page, 'first-week-day-4-back');
    await checkUpCard(page).getByRole('link', { name: 'Start: Back function questionnaire' }).click();
    await expectHeading(page, 'Back function questionnaire');
    await answerFirstOptions(page, OSWESTRY.items);
    await visible(page.getByRole('heading', { name: /0 out of 100/ }));
  });

  it('days 5 and 6 ask nothing; day 7 asks the back pain rating again', async () => {
    for (const day of [5, 6]) {
      await dayOfWeek(day);
      expect(await checkUpCard(page).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Your check-ups' }).count()).toBe(0);
      expect(await due(page)).toMatchObject({ due: [], firstWeekNext: [] });
    }
    await dayOfWeek(7);
    await visible(
      page
        .getByRole('region', { name: 'Your check-ups' })
        .getByText('1 check-up due: back pain rating, about 1 minute.'),
    );
    expect((await due(page)).due.map((measure) => measure.instrumentId)).toEqual(['pain']);
    await checkScreen(page, 'first-week-day-7');
  });
});
