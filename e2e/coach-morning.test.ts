/**
 * The demo coach's morning, end to end on the first start's demo caseload: the caseload shows Priya (a set
 * at 7/10 yesterday) needing attention; the review queue has her critical alert; its evidence opens her
 * workout in her detail; the coach writes to her and moves one of her exercises back a level with a
 * reason, then resolves the alert with a note. Priya (choosing a password through "Forgotten your
 * password?", as a member who never set one would) reads the change with her coach's name on Today and the
 * message in her thread.
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

const PRIYA = { email: 'priya@backstrong.example', name: 'Priya Spike' };
const MESSAGE = 'Sorry the squats hurt yesterday. Shall we take them back a step for a week?';
const REASON = 'the pain rose to 7 in yesterday’s workout';

describe('the coach’s morning', () => {
  let harness: Harness;
  let coach: Page;
  let priyaId = '';
  let sentence = '';

  beforeAll(async () => {
    harness = await startHarness();
    priyaId = (
      await harness
        .database()
        .selectFrom('users')
        .select('id')
        .where('email', '=', PRIYA.email)
        .executeTakeFirstOrThrow()
    ).id;
    coach = await harness.newPage({ isLaptop: true });
    await signIn(coach, DEMO.coach, DEMO_PASSWORD);
    await coach.waitForURL('**/coach');
  }, 180_000);

  afterAll(async () => {
    await harness?.stop();
  });

  it('starts on the caseload, where Priya needs attention with a critical alert', async () => {
    await expectHeading(coach, 'Your members');
    const priya = coach.getByRole('table').getByRole('row', { name: /Priya Spike/ });
    await expect(priya.textContent()).resolves.toMatch(/Needs attention/);
    await expect(priya.textContent()).resolves.toMatch(/critical/i);
    await checkScreen(coach, 'coach-morning-caseload-laptop');
  });

  it('finds the critical alert first in the review queue, and its evidence opens the workout', async () => {
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Alerts' }).click();
    await expectHeading(coach, 'Alerts to review');
    const alerts = coach.getByRole('list', { name: 'Open alerts' }).getByRole('listitem');
    // Critical alerts come first; Priya's is one of them.
    await visible(alerts.first().getByText('Critical'));
    const first = alerts.filter({ hasText: PRIYA.name }).first();
    await visible(first.getByText('Critical'));
    await visible(first.getByText(/^Pain 7\/10 during an? .+ set on /));
    await checkScreen(coach, 'coach-morning-alerts-laptop');

    await first.getByRole('link', { name: /See the evidence/ }).click();
    await coach.waitForURL(new RegExp(`/coach/members/${priyaId}/workouts/`));
    await visible(
      coach.getByRole('heading', { name: PRIYA.name, level: 1 }).or(coach.getByText(PRIYA.name).first()),
    );
    // The set that hurt, as the member logged it.
    await visible(coach.getByText(/7 ?\/ ?10|pain 7/i).first());
    await checkScreen(coach, 'coach-morning-evidence-laptop');
  });

  it('writes to Priya from her detail', async () => {
    const tabs = coach.getByRole('navigation', { name: 'This member' });
    await tabs.getByRole('link', { name: 'Messages' }).click();
    expect(pathOf(coach)).toBe(`/coach/members/${priyaId}/messages`);
    await coach.getByLabel(`Message to ${PRIYA.name}`).fill(MESSAGE);
    await coach.getByRole('button', { name: 'Send' }).click();
    await visible(coach.getByRole('list', { name: 'Messages' }).getByText(MESSAGE));
  });

  it('moves an exercise back a level with a reason, reading first what Priya will read', async () => {
    const tabs = coach.getByRole('navigation', { name: 'This member' });
    await tabs.getByRole('link', { name: 'Plan' }).click();
    await expectHeading(coach, 'Change the member’s plan');
    // The first exercise above its first level goes one level back.
    const level = coach.getByLabel('Level');
    const selectedIndex = () => level.evaluate((select) => (select as HTMLSelectElement).selectedIndex);
    const exercises = await coach
      .getByLabel('Exercise')
      .locator('option')
      .evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
    let current = 0;
    for (const exercise of exercises) {
      await coach.getByLabel('Exercise').selectOption(exercise);
      current = await selectedIndex();
      if (current > 0) break;
    }
    expect(current).toBeGreaterThan(0);
    await level.selectOption({ index: current - 1 });
    await coach.getByLabel('Why').fill(REASON);
    const preview = await visible(
      coach.getByText(new RegExp(`^Chris, your coach, moved your .+: ${REASON}\\.$`)),
    );
    sentence = (await preview.textContent()) ?? '';
    await checkScreen(coach, 'coach-morning-plan-change-laptop');
    await coach.getByRole('button', { name: 'Save the change' }).click();
    await visible(coach.getByRole('status').getByText(`Saved. The member will read: “${sentence}”`));
  });

  it('resolves the alert with a note, and the queue no longer shows it', async () => {
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Alerts' }).click();
    await expectHeading(coach, 'Alerts to review');
    const alert = coach
      .getByRole('list', { name: 'Open alerts' })
      .getByRole('listitem')
      .filter({ hasText: /^.*Pain 7\/10/ })
      .first();
    await alert.getByRole('button', { name: 'Resolve' }).click();
    await alert.getByLabel('Note').fill('Messaged her and moved the exercise back a level for a week.');
    await alert.getByRole('button', { name: 'Resolve with this note' }).click();
    await expect
      .poll(() =>
        coach
          .getByRole('list', { name: 'Open alerts' })
          .getByText(/Pain 7\/10/)
          .count(),
      )
      .toBe(0);

    // Each of those was recorded for the coach's time log.
    const kinds = await harness
      .database()
      .selectFrom('coach_actions')
      .select('kind')
      .where('member_id', '=', priyaId)
      .orderBy('at')
      .execute();
    expect(kinds.map((row) => row.kind)).toEqual(['message', 'plan-change', 'alert']);
  });

  it('shows the coach’s screens on a phone too', async () => {
    await coach.setViewportSize(PHONE);
    await coach.goto('/coach');
    await expectHeading(coach, 'Your members');
    await checkScreen(coach, 'coach-morning-caseload-phone');
    await coach.goto(`/coach/members/${priyaId}`);
    await visible(coach.getByRole('navigation', { name: 'This member' }));
    await checkScreen(coach, 'coach-morning-member-phone');
    await coach.setViewportSize(LAPTOP);
  });

  it('and Priya reads the change with her coach’s name on Today, and the message in her thread', async () => {
    const page = await harness.newPage();
    const since = await harness.mailCount();
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(PRIYA.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    const link = (await harness.waitForMail(PRIYA.email, since)).link ?? '';
    await page.goto(link);
    const password = 'priya chooses a password';
    await page.getByLabel('New password').fill(password);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL('**/sign-in?password=saved');
    await signIn(page, PRIYA.email, password);
    await page.waitForURL('**/today');

    const note = page.getByRole('region', { name: 'From your coach' });
    await visible(note.getByText(sentence));
    await visible(page.getByTestId('unread-messages'));
    await checkScreen(page, 'coach-morning-member-today');

    await page
      .getByRole('link', { name: /^Messages/ })
      .first()
      .click();
    await page.waitForURL('**/messages');
    await visible(page.getByRole('list', { name: 'Messages' }).getByText(MESSAGE));
    await checkScreen(page, 'coach-morning-member-messages');
  });
});
