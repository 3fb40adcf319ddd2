/**
 * A new member's check-ups, on a phone: none more on the assessment day (its pain and chair stands are the
 * baseline), then one questionnaire a day by its plain name, each answered with its score in plain words
 * (pain and the chair stand taken again from the list), a reload in the middle of the back function
 * questionnaire that loses nothing, the high-risk reads on Today, and four weeks later all five due
 * together, put off for a day and back. A send refused by the server keeps the answers, and a send whose answer is
 * lost is stored once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueToday, InstrumentHistory } from '../src/contract/measures.ts';
import { HOOS_12 } from '../src/core/outcomes/hoos-12.ts';
import { OSWESTRY } from '../src/core/outcomes/oswestry.ts';
import {
  alertText,
  checkScreen,
  expectHeading,
  followClock,
  type Harness,
  type MovableClock,
  movableClock,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { apiGet, browserDay, signUpAndStartInBrowser } from './training.ts';

const ALL_DUE =
  '5 check-ups due: back function questionnaire, back pain rating, back pain impact questionnaire, chair stand test and hip function questionnaire, about 10 minutes.';
const NEXT_TOMORROW = 'Next check-up: Back function questionnaire, tomorrow, about 3 minutes.';

/** The statement picked in each Oswestry section (its value); sex life is skipped. 13 of 45: 28.9. */
const OSWESTRY_PICKS: Record<string, number | 'skip'> = {
  'pain-intensity': 2,
  'personal-care': 1,
  lifting: 2,
  walking: 1,
  sitting: 2,
  standing: 1,
  sleeping: 1,
  'sex-life': 'skip',
  'social-life': 2,
  travelling: 1,
};

function optionLabel(items: typeof OSWESTRY.items, index: number, value: number): string {
  const answer = items[index]?.answer;
  if (answer?.kind !== 'choice') throw new Error(`item ${index} is not a choice`);
  const label = answer.options.find((option) => option.value === value)?.label;
  if (!label) throw new Error(`item ${index} has no option ${value}`);
  return label;
}

async function due(page: Page): Promise<DueToday> {
  return apiGet<DueToday>(page, `/api/measures/due?today=${await browserDay(page)}`);
}

async function history(page: Page, instrumentId: string): Promise<InstrumentHistory> {
  return apiGet<InstrumentHistory>(page, `/api/measures/${instrumentId}`);
}

function dueCard(page: Page) {
  return page.getByRole('region', { name: 'Your check-ups' });
}

function checkUpCard(page: Page) {
  return page.getByRole('region', { name: 'Today’s check-up' });
}

describe('a new member’s check-ups', () => {
  let harness: Harness;
  let clock: MovableClock;
  let page: Page;

  async function moveDays(days: number) {
    clock.advanceDays(days);
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

  it('signs up, starts the program, and finds no check-up more that day, only the next one’s day', async () => {
    const email = uniqueEmail('measures');
    await signUpAndStartInBrowser(harness, page, { name: 'Priya Natarajan', email });

    await page.goto('/today');
    await expectHeading(page, 'Today');
    await visible(page.getByText(NEXT_TOMORROW));
    expect(await dueCard(page).count()).toBe(0);
    expect((await due(page)).due).toEqual([]);
    await checkScreen(page, 'today-measures-due');
  });

  it('keeps the questionnaires out of the download that brings Today up', async () => {
    const fresh = await harness.newPage();
    await fresh.context().addCookies(await page.context().cookies());
    await followClock(fresh, clock);
    const scripts: string[] = [];
    fresh.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    await fresh.goto('/today');
    await visible(fresh.getByText(NEXT_TOMORROW));
    await fresh.waitForLoadState('networkidle');
    expect(scripts.join(' ')).not.toMatch(/MeasureScreen|MeasuresScreen/);
    await fresh.context().close();
  });

  it('lists the first week’s questionnaires by day, and the assessment’s pain and chair stands as taken', async () => {
    await page.getByRole('link', { name: 'Your check-ups and scores' }).click();
    await expectHeading(page, 'Your check-ups');
    const row = (name: string) => page.getByRole('listitem').filter({ hasText: name });
    await visible(row('Back function questionnaire').getByText('This week, tomorrow'));
    await visible(row('Back function questionnaire').getByText(/Oswestry Disability Index/));
    await visible(row('Back pain rating').getByText(/^Last time: 3 out of 10.*on 2 Mar/));
    await visible(row('Chair stand test').getByText(/^Last time: 11 .*on 2 Mar/));
    await checkScreen(page, 'measures-list');
    await moveDays(1);
  });

  it('answers the Oswestry one question at a time; a reload keeps every answer', async () => {
    await checkUpCard(page).getByRole('link', { name: 'Start: Back function questionnaire' }).click();
    await expectHeading(page, 'Back function questionnaire');
    await visible(page.getByText('Question 1 of 10'));
    await page.getByRole('button', { name: 'Next' }).click();
    await visible(page.getByText(/Choose the sentence that fits you best, or skip this question/));
    await checkScreen(page, 'measures-oswestry-unanswered');

    const ids = Object.keys(OSWESTRY_PICKS);
    for (const [index, id] of ids.entries()) {
      await visible(page.getByText(`Question ${index + 1} of 10`));
      await visible(page.getByRole('heading', { name: OSWESTRY.items[index]?.text, exact: true }));
      const pick = OSWESTRY_PICKS[id] ?? 'skip';
      if (pick === 'skip') {
        await page.getByRole('button', { name: 'Skip: this does not apply to me' }).click();
        continue;
      }
      await page.getByRole('radio', { name: optionLabel(OSWESTRY.items, index, pick), exact: true }).check();
      if (index === 2) await checkScreen(page, 'measures-oswestry');
      if (index === 4) {
        // Halfway: the phone reloads. The same question comes back, with the answers before it.
        await page.reload();
        await expectHeading(page, 'Back function questionnaire');
        await visible(page.getByText('Question 5 of 10'));
        expect(
          await page.getByRole('radio', { name: optionLabel(OSWESTRY.items, 4, 2), exact: true }).isChecked(),
        ).toBe(true);
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await visible(page.getByText('Question 4 of 10'));
        expect(
          await page.getByRole('radio', { name: optionLabel(OSWESTRY.items, 3, 1), exact: true }).isChecked(),
        ).toBe(true);
        await page.getByRole('button', { name: 'Next' }).click();
        await visible(page.getByText('Question 5 of 10'));
      }
      await page
        .getByRole('button', { name: index === ids.length - 1 ? 'See my score' : 'Next', exact: true })
        .click();
    }

    await visible(page.getByRole('heading', { name: '28.9 out of 100: moderate disability' }));
    await visible(page.getByText('This is your starting point: each time from now on is compared with it.'));
    await visible(page.getByText(/the one you skipped counts neither for nor against you/));
    const oswestry = await history(page, 'oswestry');
    expect(oswestry.measures).toHaveLength(1);
    expect(oswestry.measures[0]?.value).toBeCloseTo((13 / 45) * 100, 5);
    expect(oswestry.measures[0]?.answers).not.toHaveProperty('sex-life');
    expect(oswestry.measures[0]?.score).toMatchObject({ band: 'moderate', sectionsAnswered: 9 });
    await checkScreen(page, 'measures-oswestry-result');
  });

  it('answers pain on the 0–10 scales again, from the assessment’s result', async () => {
    await page.goto('/measures/pain');
    await expectHeading(page, 'Back pain rating');
    await page.getByRole('button', { name: 'Take it again' }).click();
    const now = page.getByRole('group', { name: 'How strong is your back pain right now?' });
    const week = page.getByRole('group', {
      name: 'Over the last 7 days, how strong has your back pain been on average?',
    });
    await now.getByRole('button', { name: '3 out of 10' }).click();
    await page.getByRole('button', { name: 'See my score' }).click();
    expect(await alertText(page)).toBe('Please answer the question marked above.');
    await checkScreen(page, 'measures-pain');
    await week.getByRole('button', { name: '4 out of 10' }).click();
    await page.getByRole('button', { name: 'See my score' }).click();
    await visible(
      page.getByRole('heading', { name: '4 out of 10 on average over the last week; 3 out of 10 right now' }),
    );
    expect((await history(page, 'pain')).measures.at(-1)?.score).toEqual({ now: 3, weekAverage: 4 });
  });

  it('answers STarT Back the next day, and learns it is high risk with what that means', async () => {
    await moveDays(1);
    await checkUpCard(page).getByRole('link', { name: 'Start: Back pain impact questionnaire' }).click();
    await expectHeading(page, 'Back pain impact questionnaire');
    // Leg pain, and all four of worry, mood and fear: a total of 6 with a distress score of 5.
    const agree = [true, false, false, false, true, true, true, true];
    for (const [index, isAgreed] of agree.entries()) {
      await visible(page.getByText(`Question ${index + 1} of 9`));
      await page.getByRole('radio', { name: isAgreed ? 'Agree' : 'Disagree', exact: true }).check();
      if (index === 0) await checkScreen(page, 'measures-start-back');
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await visible(page.getByText('Question 9 of 9'));
    await page.getByRole('radio', { name: 'Very much', exact: true }).check();
    await page.getByRole('button', { name: 'See my score' }).click();
    await visible(page.getByRole('heading', { name: 'High risk (6 of 9)' }));
    await visible(page.getByRole('heading', { name: 'Short reads that may help' }));
    await page.getByText('Moving is safe for your back').click();
    await visible(page.getByText(/hurt does not mean harm/));
    await checkScreen(page, 'measures-start-back-result');
  });

  it('answers the HOOS-12 the day after, twelve questions about the hips', async () => {
    await moveDays(1);
    await checkUpCard(page).getByRole('link', { name: 'Start: Hip function questionnaire' }).click();
    await expectHeading(page, 'Hip function questionnaire');
    for (const index of HOOS_12.items.keys()) {
      await visible(page.getByText(`Question ${index + 1} of 12`));
      await page.getByRole('radio', { name: optionLabel(HOOS_12.items, index, 1), exact: true }).check();
      if (index === 11) await checkScreen(page, 'measures-hoos-12');
      await page.getByRole('button', { name: index === 11 ? 'See my score' : 'Next', exact: true }).click();
    }
    await visible(page.getByRole('heading', { name: '75 out of 100 for your hips' }));
    await visible(page.getByText('In parts: pain 75, everyday activities 75, quality of life 75.'));
    // Nothing else is due, so the way on is back to Today.
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await expectHeading(page, 'Today');
  });

  it('takes the chair stand again with the timer, giving age and sex to compare', async () => {
    await page.getByRole('link', { name: 'Your check-ups and scores' }).click();
    await expectHeading(page, 'Your check-ups');
    await page.getByRole('link', { name: 'See your result: Chair stand test' }).click();
    await expectHeading(page, 'Chair stand test');
    await page.getByRole('button', { name: 'Take it again' }).click();
    await page.getByRole('button', { name: 'Start the 30 seconds' }).click();
    await visible(page.getByText('Go! Stand up and sit down.'));
    await page.getByRole('button', { name: 'See my result' }).click();
    await visible(page.getByText('Enter how many times you stood up, a whole number from 0 to 60.'));
    await page.getByLabel('Times you stood up').fill('11');
    await page.getByText('Compare with others your age (optional)').click();
    await page.getByLabel('Your age in years').fill('61');
    await page.getByRole('radio', { name: 'Female' }).check();
    await checkScreen(page, 'measures-chair-stand');
    await page.getByRole('button', { name: 'See my result' }).click();
    await visible(page.getByRole('heading', { name: '11 stands in 30 seconds' }));
    await visible(page.getByText('That is below the usual range of 12–17 for women aged 60–64.'));
    expect((await history(page, 'chair-stand')).measures.at(-1)?.answers).toEqual({
      stands: 11,
      age: 61,
      sex: 'female',
    });
    await checkScreen(page, 'measures-chair-stand-result');
  });

  it('has nothing left due; Today offers the reads for a high STarT Back risk instead', async () => {
    expect(await due(page)).toMatchObject({ due: [], snoozed: [] });
    await page.goto('/today');
    await expectHeading(page, 'Today');
    await visible(page.getByRole('heading', { name: 'Moving is safe for your back' }));
    expect(await dueCard(page).count()).toBe(0);
    await checkScreen(page, 'today-high-risk-read');
    await page.getByRole('button', { name: /^Got it\W+Moving is safe for your back$/ }).click();
    await visible(page.getByRole('heading', { name: 'Pain, worry and an alarm that is too sensitive' }));

    await page.getByRole('link', { name: 'Your check-ups and scores' }).click();
    await expectHeading(page, 'Your check-ups');
    // The heading shows before the list has loaded: wait for the list, then count.
    await expect.poll(() => page.getByText('Up to date').count()).toBe(5);
    await visible(page.getByText('Last time: 28.9 out of 100, on 3 Mar'));
    await visible(page.getByText('Last time: High risk, on 4 Mar'));
    await checkScreen(page, 'measures-list-done');
    await page.getByRole('link', { name: 'See your result: Back function questionnaire' }).click();
    await visible(page.getByRole('heading', { name: '28.9 out of 100: moderate disability' }));

    const laptop = await harness.newPage({ isLaptop: true });
    await laptop.context().addCookies(await page.context().cookies());
    await followClock(laptop, clock);
    await laptop.goto('/measures/start-back');
    await visible(laptop.getByRole('heading', { name: 'High risk (6 of 9)' }));
    await checkScreen(laptop, 'measures-start-back-laptop');
    await laptop.context().close();
  });

  it('four weeks after the baseline, all are due together; “Not today” puts them off, and they come back', async () => {
    await moveDays(25);
    await visible(dueCard(page).getByText(ALL_DUE));
    await dueCard(page).getByRole('button', { name: 'Not today' }).click();
    await dueCard(page).getByRole('button', { name: 'Tomorrow' }).click();
    await visible(
      page.getByText(
        /^Put off until tomorrow: back function questionnaire, back pain rating, back pain impact/,
      ),
    );
    expect(await dueCard(page).count()).toBe(0);
    expect((await due(page)).snoozed.map((measure) => measure.until)).toEqual(Array(5).fill('2026-03-31'));
    await checkScreen(page, 'today-measures-put-off');

    await moveDays(1);
    await visible(dueCard(page).getByText(ALL_DUE));
  });

  it('keeps the answers when the server refuses them, and stores a send whose answer was lost once', async () => {
    await page.goto('/measures/pain');
    await expectHeading(page, 'Back pain rating');
    let posts = 0;
    await page.route('**/api/measures', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      posts += 1;
      if (posts === 1) {
        // Refused outright: the member reads why, and nothing they chose is lost.
        return route.fulfill({
          status: 422,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Invalid answers', detail: 'We could not score these answers.' }),
        });
      }
      // Stored, but the answer never reaches the phone: the outbox keeps it and sends it again.
      await route.fetch();
      return route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' });
    });
    await page
      .getByRole('group', { name: 'How strong is your back pain right now?' })
      .getByRole('button', { name: '2 out of 10' })
      .click();
    await page
      .getByRole('group', { name: /^Over the last 7 days/ })
      .getByRole('button', { name: '3 out of 10' })
      .click();
    await page.getByRole('button', { name: 'See my score' }).click();
    expect(await alertText(page)).toBe('We could not score these answers.');
    expect(await page.getByRole('button', { name: '2 out of 10' }).first().getAttribute('aria-pressed')).toBe(
      'true',
    );
    await checkScreen(page, 'measures-pain-refused');

    await page.getByRole('button', { name: 'See my score' }).click();
    await visible(page.getByText(/Your answers are saved on this phone/));
    await page.unroute('**/api/measures');
    await page.getByText('See what is waiting').click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await visible(
      page.getByRole('heading', { name: '3 out of 10 on average over the last week; 2 out of 10 right now' }),
    );
    const pain = await history(page, 'pain');
    // The assessment's pain now is the baseline; the two taken since follow it.
    expect(pain.measures.map((measure) => measure.score)).toEqual([
      { now: 3, weekAverage: null },
      { now: 3, weekAverage: 4 },
      { now: 2, weekAverage: 3 },
    ]);
    await visible(page.getByText(/Pain 3 → 3/));
  });
});
