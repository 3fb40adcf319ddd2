/**
 * Progress a member can feel, in the browser: a milestone celebrated once and only once (a new member's
 * first workout: shown on Today, dismissed, then never again, after a reload or on a second device), and
 * the demo member's Today, with six months of history: this month against the first, linking to My
 * progress, and the next phase's criteria counted, met and to go.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  type Harness,
  pathOf,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { browserDay, memberWithPlan } from './training.ts';

/** One workout, every prescribed set logged as prescribed, through the API with the page's login session. */
async function doWorkout(page: Page): Promise<void> {
  const id = crypto.randomUUID();
  const started = await page.request.post('/api/workouts', {
    data: { id, date: await browserDay(page), painBefore: 2 },
  });
  expect(started.status(), await started.text()).toBe(201);
  const { prescription } = (await started.json()) as {
    prescription: { exerciseId: string; sets: number; level: number; load: unknown }[];
  };
  for (const item of prescription) {
    for (let index = 0; index < item.sets; index++) {
      const logged = await page.request.put(`/api/workouts/${id}/sets/${crypto.randomUUID()}`, {
        data: {
          exerciseId: item.exerciseId,
          reps: 10,
          level: item.level,
          load: item.load,
          pain: 1,
          faults: [],
        },
      });
      expect(logged.status()).toBe(201);
    }
  }
  const finished = await page.request.post(`/api/workouts/${id}/finish`, {
    data: { effort: 'hard-good-form' },
  });
  expect(finished.status()).toBe(200);
}

const FIRST_WORKOUT = 'Your first workout is done';

describe('a milestone is celebrated once and only once', () => {
  let harness: Harness;
  let page: Page;
  const account = {
    email: uniqueEmail('milestones'),
    password: 'a long enough password',
    name: 'Mina Stone',
  };

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await memberWithPlan(harness, page, account);
  });
  afterAll(() => harness.stop());

  it('shows nothing before the first workout', async () => {
    await page.goto('/today');
    await visible(page.getByRole('heading', { name: /Phase \d of 5/ }));
    expect(await page.getByText(FIRST_WORKOUT).count()).toBe(0);
  });

  it('celebrates the first workout on Today, below the workout, until Thanks', async () => {
    await doWorkout(page);
    await page.goto('/today');
    const card = await visible(page.locator('section.milestones'));
    await visible(card.getByRole('heading', { name: FIRST_WORKOUT }));
    // Never in the workout's way: the next workout comes first on the page.
    const order = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('main section')];
      const milestones = sections.findIndex((section) => section.classList.contains('milestones'));
      const next = sections.findIndex((section) => section.classList.contains('next'));
      return { milestones, next };
    });
    if (order.next >= 0) expect(order.milestones).toBeGreaterThan(order.next);
    await card.scrollIntoViewIfNeeded();
    await checkScreen(page, 'milestone-first-workout-phone');
    // A reload before Thanks: still there, it has not been seen yet.
    await page.reload();
    await visible(page.getByRole('heading', { name: FIRST_WORKOUT }));

    const seen = page.waitForResponse((response) => response.url().endsWith('/api/milestones/seen'));
    await page.getByRole('button', { name: 'Thanks' }).click();
    expect((await seen).status()).toBe(200);
    expect(await page.locator('section.milestones').count()).toBe(0);
  });

  it('never shows it again: not after a reload, nor on another device', async () => {
    await page.reload();
    await visible(page.getByRole('heading', { name: /Phase \d of 5/ }));
    expect(await page.getByText(FIRST_WORKOUT).count()).toBe(0);

    const laptop = await harness.newPage({ isLaptop: true });
    await signIn(laptop, account.email, account.password);
    await laptop.waitForURL('**/today');
    await visible(laptop.getByRole('heading', { name: /Phase \d of 5/ }));
    expect(await laptop.getByText(FIRST_WORKOUT).count()).toBe(0);
    const answer = await laptop.request.get(`/api/milestones?today=${await browserDay(laptop)}`);
    expect(((await answer.json()) as { celebrate: unknown[] }).celebrate).toEqual([]);
  });
});

describe("the demo member's Today: this month against the first, and the next phase", () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
  });
  afterAll(() => harness.stop());

  it('shows only the figures the member has, and links to My progress', async () => {
    const snapshot = await visible(page.locator('section.snapshot'));
    await visible(snapshot.getByRole('heading', { name: /your first month$/ }));
    const labels = await snapshot.locator('tbody th').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toContain('Range level, on average');
    // Plain names on Today: the demo member's back-function score, never the questionnaire's own name.
    expect(labels).toContain('Back function score (lower is better)');
    expect(labels.join(' ')).not.toMatch(/Oswestry|Roland|STarT|HOOS/);
    for (const cell of await snapshot.locator('tbody td').allTextContents()) expect(cell.trim()).not.toBe('');
    await snapshot.scrollIntoViewIfNeeded();
    await checkScreen(page, 'today-snapshot-phone');
    await snapshot.getByRole('link', { name: 'See all your progress' }).click();
    await page.waitForURL('**/progress');
    expect(pathOf(page)).toBe('/progress');
  });

  it('counts the next phase criteria met and names those to go', async () => {
    await page.goto('/today');
    const summary = await visible(page.locator('.phase__next summary'));
    expect(await summary.textContent()).toMatch(/^What takes you to phase \d: \d+ of \d+ done$/);
    await summary.click();
    const items = page.locator('.phase-criteria__item');
    await visible(items.first());
    const texts = await items.evaluateAll((list) =>
      list.map((item) => ({
        text: item.textContent ?? '',
        isMet: item.classList.contains('phase-criteria__item--met'),
      })),
    );
    const [, met, total] = /(\d+) of (\d+) done/.exec((await summary.textContent()) ?? '') ?? [];
    expect(texts.length).toBe(Number(total));
    expect(texts.filter((item) => item.isMet).length).toBe(Number(met));
    for (const item of texts) expect(item.text).toMatch(item.isMet ? /^Done: / : /^To go: /);
    await checkScreen(page, 'today-phase-criteria-phone');
  });

  it('reads well at laptop size, the snapshot and the plan with its criteria', async () => {
    const laptop = await harness.newPage({ isLaptop: true });
    await signIn(laptop, DEMO.member, DEMO_PASSWORD);
    await laptop.waitForURL('**/today');
    await visible(laptop.locator('section.snapshot'));
    await checkScreen(laptop, 'today-snapshot-laptop');
    await laptop.goto('/plan');
    await visible(laptop.getByRole('heading', { name: /^What takes you to phase \d: \d+ of \d+ done$/ }));
    await checkScreen(laptop, 'plan-phase-criteria-laptop');
  });
});
