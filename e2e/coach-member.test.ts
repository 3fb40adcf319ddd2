/**
 * A coach opens one of their members — the demo member, with six months of generated history and a
 * workout tonight whose first set the camera counted — and reads the member's own screens pointed at the
 * member: the overview, progress charts, workouts with their sets, decisions, check-ups and the report.
 * Each tab at laptop and phone size: a picture in test-results/screens/, axe, and nothing only a member
 * does (starting a workout, taking a check-up, logging a set).
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../src/server/db/repositories/users.ts';
import { giveCoach } from '../src/server/testing/coach-fixtures.ts';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  visible,
} from './harness.ts';

/** The member's day where the browsers are (Europe/London), as the member's phone would send it. */
function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** Tonight's workout, as the member's phone sends it: every prescribed set, the first counted by the camera. */
async function workoutWithCameraSet(page: Page, date: string): Promise<string> {
  const workoutId = randomUUID();
  const started = await page.request.post('/api/workouts', { data: { id: workoutId, date, painBefore: 2 } });
  expect(started.status(), await started.text()).toBe(201);
  let isFirst = true;
  for (const item of (await started.json()).prescription) {
    for (let index = 0; index < item.sets; index++) {
      const set = {
        exerciseId: item.exerciseId,
        reps: 10,
        level: item.level,
        load: item.load,
        pain: 2,
        faults: [],
        ...(isFirst && { goodReps: 8, measuredBy: 'camera' }),
      };
      isFirst = false;
      const logged = await page.request.put(`/api/workouts/${workoutId}/sets/${randomUUID()}`, { data: set });
      expect(logged.status(), await logged.text()).toBe(201);
    }
  }
  const finished = await page.request.post(`/api/workouts/${workoutId}/finish`, {
    data: { effort: 'hard-good-form' },
  });
  expect(finished.status(), await finished.text()).toBe(200);
  return workoutId;
}

const MEMBER_ONLY_ACTIONS =
  /start (a |the |your )?workout|take it now|log (a|this) set|go to today|back to today/i;

/** Nothing on the screen a member would do: no link or button to train or answer for them. */
async function expectNoMemberActions(page: Page): Promise<void> {
  const controls = await page.locator('main a, main button').allTextContents();
  expect(controls.filter((text) => MEMBER_ONLY_ACTIONS.test(text))).toEqual([]);
}

async function openTab(page: Page, tab: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'This member' })
    .getByRole('link', { name: tab, exact: true })
    .click();
  await expectHeading(page, heading);
  expect(
    await page
      .getByRole('navigation', { name: 'This member' })
      .locator('[aria-current="page"]')
      .textContent(),
  ).toBe(tab);
}

describe("a coach opens a member's detail", () => {
  let harness: Harness;
  let laptop: Page;
  let phone: Page;
  let memberId: string;
  let cameraWorkoutId: string;
  let memberPage: Page;

  beforeAll(async () => {
    harness = await startHarness();
    const db = harness.database();
    const member = await findUserByEmail(db, DEMO.member);
    const coach = await findUserByEmail(db, DEMO.coach);
    if (!member || !coach) throw new Error('the demo accounts are missing');
    memberId = member.id;
    await giveCoach(db, { memberId, coachId: coach.id });

    memberPage = await harness.newPage();
    await signIn(memberPage, DEMO.member, DEMO_PASSWORD);
    await memberPage.waitForURL('**/today');
    cameraWorkoutId = await workoutWithCameraSet(memberPage, londonToday());

    laptop = await harness.newPage({ isLaptop: true });
    phone = await harness.newPage();
    for (const page of [laptop, phone]) {
      await signIn(page, DEMO.coach, DEMO_PASSWORD);
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await page.goto(`/coach/members/${memberId}`);
      await expectHeading(page, 'Overview');
    }
  }, 120_000);

  afterAll(async () => {
    await harness?.stop();
  });

  it('the overview: who, the phase, the plan, the last workouts and the latest check-ups', async () => {
    for (const [page, size] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      await visible(page.locator('.member-table tbody tr').first());
      await visible(page.locator('.member-header__name').getByText('Dana Member', { exact: true }));
      await visible(page.locator('.member-header__facts').getByText(/^Phase \d of 5: /));
      expect(await page.locator('.member-table tbody tr').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('#last-workouts-heading ~ .member-list li').count()).toBe(5);
      expect(
        await page.locator('#latest-check-ups-heading ~ .member-list li').count(),
      ).toBeGreaterThanOrEqual(4);
      await expectNoMemberActions(page);
      await checkScreen(page, `coach-member-overview-${size}`);
    }
  });

  it('progress: the story and every chart, the member’s own screen pointed at the member', async () => {
    for (const [page, size] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      await openTab(page, 'Progress', 'Progress');
      await visible(page.locator('.progress-story p').first());
      expect(await page.locator('.progress-story p').count()).toBeGreaterThanOrEqual(2);
      await visible(page.locator('figure.chart-figure canvas').first());
      const titles = await page.locator('figure.chart-figure .chart-figure__title').allTextContents();
      expect(titles).toEqual(
        expect.arrayContaining(['Oswestry Disability Index', 'Workouts each week', 'Squat']),
      );
      await expectNoMemberActions(page);
      await checkScreen(page, `coach-member-progress-${size}`);
    }
  });

  it('workouts: the list, then tonight’s with its sets, the camera-counted one marked', async () => {
    for (const [page, size] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      await openTab(page, 'Workouts', 'Workouts');
      await visible(page.locator('.history-list li').first());
      expect(await page.locator('.history-list li').count()).toBeGreaterThanOrEqual(12);
      await expectNoMemberActions(page);
      await checkScreen(page, `coach-member-workouts-${size}`);

      await page.locator('.history-list a').first().click();
      await page.waitForURL(`**/coach/members/${memberId}/workouts/${cameraWorkoutId}`);
      await visible(page.getByRole('heading', { name: 'What was done' }));
      const sets = page.locator('.did__sets li');
      expect(await sets.first().textContent()).toBe(
        '10 reps, 8 with good form, pain 2/10 (counted by the camera)',
      );
      expect(await page.locator('.did__sets li[data-measured-by="member"]').count()).toBeGreaterThan(0);
      await visible(page.getByText('10 good reps, pain 2/10 (counted by the member)').first());
      expect(await page.locator('.decision').count()).toBeGreaterThan(0);
      await expectNoMemberActions(page);
      await checkScreen(page, `coach-member-workout-${size}`);
    }
  });

  it('decisions: every change to the plan with its sentence and day', async () => {
    for (const [page, size] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      await openTab(page, 'Decisions', 'Decisions');
      await visible(page.locator('.decision').first());
      expect(await page.locator('.decision').count()).toBeGreaterThan(10);
      const first = (await page.locator('.decision__sentence').first().textContent()) ?? '';
      expect(first.length).toBeGreaterThan(10);
      await visible(page.locator('.decision__when').first());
      await checkScreen(page, `coach-member-decisions-${size}`);
    }
  });

  it('check-ups: each with its last result, and none to take or put off', async () => {
    for (const [page, size] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      await openTab(page, 'Check-ups', 'Check-ups');
      await visible(page.locator('.check-up').first());
      expect(await page.locator('.check-up').count()).toBe(5);
      await visible(
        page
          .locator('.check-up__last')
          .getByText(/^Last time: /)
          .first(),
      );
      expect(await page.getByRole('button', { name: /put off|not now|snooze/i }).count()).toBe(0);
      await expectNoMemberActions(page);
      await checkScreen(page, `coach-member-check-ups-${size}`);
    }
  });

  it('the report: the member’s name and every section, ready to print', async () => {
    for (const [page, size] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      await openTab(page, 'Report', 'Progress report');
      await visible(page.locator('.report-facts dd').getByText('Dana Member', { exact: true }));
      // The date of birth the member gave heads the coach's copy too.
      await visible(page.locator('.report-facts dd').getByText(/^14 May 1972 \(aged \d+\)$/));
      for (const section of [
        'Summary',
        'Red flags',
        'Outcome measures',
        'Appendix D: Current plan',
        'Appendix E: Sources',
      ]) {
        await visible(page.getByRole('heading', { level: 2, name: section, exact: true }));
      }
      await expect.poll(() => page.locator('.report-list--sources li').count()).toBe(6);
      await visible(page.locator('figure.chart-figure canvas').first());
      await visible(page.getByRole('link', { name: 'Back to progress' }));
      await checkScreen(page, `coach-member-report-${size}`);
    }
  });

  it('once the member stops sharing, the detail says so and shows nothing of theirs', async () => {
    const stopped = await memberPage.request.delete('/api/me/coach-sharing');
    expect(stopped.status(), await stopped.text()).toBe(200);
    await laptop.goto(`/coach/members/${memberId}/progress`);
    await expectHeading(laptop, 'This member did not open');
    await visible(laptop.getByRole('alert').getByText(/does not share their health information with you/));
    expect(await laptop.locator('.member-header, .progress-story, figure.chart-figure').count()).toBe(0);
    await checkScreen(laptop, 'coach-member-not-sharing-laptop');
  });
});
