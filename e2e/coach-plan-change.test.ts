import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT } from '../src/core/consent.ts';
import { giveCoach } from '../src/server/testing/coach-fixtures.ts';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  saveScreen,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { memberWithPlan } from './training.ts';

describe('a coach moving a member’s squat back', () => {
  let harness: Harness;
  const member = { email: uniqueEmail('coached'), password: 'my back feels better', name: 'Dana Coached' };
  const reason = 'your knees caved in on the last two workouts';
  const sentence = `Chris, your coach, moved your squat back to level 2 (quarter squat): ${reason}.`;
  let memberId = '';

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('is written with a reason, and the coach reads the member’s sentence before saving', async () => {
    const memberPage = await harness.newPage();
    await memberWithPlan(harness, memberPage, member);
    const shared = await memberPage.request.put('/api/me/coach-sharing', {
      data: { version: COACH_SHARING_CONSENT.version },
    });
    expect(shared.status()).toBe(200);
    const db = harness.database();
    memberId = (
      await db.selectFrom('users').select('id').where('email', '=', member.email).executeTakeFirstOrThrow()
    ).id;
    const coach = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO.coach)
      .executeTakeFirstOrThrow();
    await giveCoach(db, { memberId, coachId: coach.id });

    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL('**/coach');
    await page.goto(`/coach/members/${memberId}/plan`);
    await expectHeading(page, 'Change the member’s plan');
    const planNow = page.getByRole('region', { name: 'The plan now' });
    await visible(planNow.getByText('level 3 (half squat)'));
    await page.getByLabel('Exercise').selectOption({ label: 'Squat' });
    await page.getByLabel('Level').selectOption({ label: 'Level 2: Quarter squat' });

    // Saving without a reason is refused on the spot, naming the field.
    await page.getByRole('button', { name: 'Save the change' }).click();
    await visible(page.getByRole('alert').getByRole('link', { name: 'Why' }));

    await page.getByLabel('Why').fill(reason);
    await visible(page.getByText(sentence));
    expect(await page.getByText('Say why, in a few words').count()).toBe(0);
    await checkScreen(page, 'coach-plan-change-laptop');
    await page.getByRole('button', { name: 'Save the change' }).click();
    await visible(page.getByRole('status').getByText(`Saved. The member will read: “${sentence}”`));
    await visible(planNow.getByText('level 2 (quarter squat)'));

    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreen(page, 'coach-plan-change-phone');
  });

  it('shows the member the change on Today and in their plan, with the coach’s name', async () => {
    const page = await harness.newPage();
    await signIn(page, member.email, member.password);
    await page.waitForURL('**/today');
    const note = page.getByRole('region', { name: 'From your coach' });
    await visible(note.getByText(sentence));
    await checkScreen(page, 'today-from-your-coach');

    await page.getByRole('link', { name: 'See your plan' }).click();
    const changes = page.getByRole('list', { name: 'Changes from your coach' });
    await visible(changes.getByText('from Chris, your coach'));
    await visible(changes.getByText(sentence));
    await checkScreen(page, 'plan-changes-from-your-coach');
  });
});
