import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseAlertsFor } from '../src/server/jobs/raise-alerts.ts';
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

/**
 * The coach's review queue: the demo member (the demo coach's, sharing) logs a squat set at pain 8 today,
 * the alert job raises a critical alert, and the coach acknowledges it and resolves it with a note.
 */
describe('the coach’s review queue', () => {
  let harness: Harness;
  let memberId = '';

  beforeAll(async () => {
    harness = await startHarness();
    const db = harness.database();
    const idOf = async (email: string) =>
      (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    memberId = await idOf(DEMO.member);
    await giveCoach(db, { memberId, coachId: await idOf(DEMO.coach) });
    const now = new Date();
    const workoutId = randomUUID();
    await db
      .insertInto('workouts')
      .values({
        id: workoutId,
        user_id: memberId,
        date: now.toISOString().slice(0, 10),
        status: 'finished',
        pain_before: 2,
        prescription: '[]',
        effort: null,
        new_symptoms: false,
        started_at: now,
        finished_at: now,
      })
      .execute();
    await db
      .insertInto('set_logs')
      .values({
        id: randomUUID(),
        user_id: memberId,
        workout_id: workoutId,
        exercise_id: 'squat',
        reps: 6,
        good_reps: null,
        level: 2,
        load: JSON.stringify({ kind: 'bodyweight' }),
        pain: 8,
        faults: '[]',
        logged_at: now,
      })
      .execute();
    expect(await raiseAlertsFor(db, memberId, now)).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('shows the critical alert among the first, acknowledges it, and resolves it with a note', async () => {
    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto('/coach/alerts');
    await expectHeading(page, 'Alerts to review');

    const alerts = page.getByRole('list', { name: 'Open alerts' }).getByRole('listitem');
    // The demo caseload has critical alerts of its own; critical ones come first, this one among them.
    await visible(alerts.first().getByText('Critical'));
    const first = alerts
      .filter({ hasText: /Pain 8\/10 during a squat set on .* — the workout ended\./ })
      .first();
    await visible(first.getByText(/^Pain 8\/10 during a squat set on .* — the workout ended\.$/));
    await visible(first.getByText('Critical'));
    const evidence = first.getByRole('link', { name: /See the evidence/ });
    expect(await evidence.getAttribute('href')).toMatch(new RegExp(`^/coach/members/${memberId}/workouts/`));
    await checkScreen(page, 'coach-alerts-laptop');

    await first.getByRole('button', { name: 'Acknowledge' }).click();
    await visible(first.getByText(/^Acknowledged /));
    expect(await first.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);

    await first.getByRole('button', { name: 'Resolve' }).click();
    await first.getByRole('button', { name: 'Resolve with this note' }).click();
    await visible(first.getByText('Please write a note: what you did about it.').first());

    const note = 'Called them: the pain settled overnight; <b>one level lower</b> next time.';
    await first.getByLabel('Note').fill(note);
    await first.getByRole('button', { name: 'Resolve with this note' }).click();
    await expect
      .poll(async () => page.getByText(/^Pain 8\/10 during a squat set on .* — the workout ended\.$/).count())
      .toBe(0);

    await page.getByLabel('Show').selectOption('resolved');
    const resolved = page.getByRole('list', { name: 'Resolved alerts' });
    // The note is text, never markup.
    await visible(resolved.getByText(note, { exact: false }));
    expect(await resolved.locator('b').count()).toBe(0);
  });

  it('is usable on a phone', async () => {
    const page = await harness.newPage();
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto('/coach/alerts');
    await expectHeading(page, 'Alerts to review');
    await page.getByLabel('Show').selectOption('resolved');
    await visible(page.getByRole('list', { name: 'Resolved alerts' }));
    await checkScreen(page, 'coach-alerts-phone');
  });
});
