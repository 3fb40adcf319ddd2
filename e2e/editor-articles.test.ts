/**
 * Writing an article in the browser: the admin makes a coach an editor, the coach writes an article,
 * marks it premium from the keyboard, saves it, sees the revision and schedules it for the next release slot;
 * the list marks it (and the demo's premium article) Premium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  createAccount,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

const PASSWORD = 'a long and memorable password';

describe('an editor writes and schedules an article', () => {
  let harness: Harness;
  const email = uniqueEmail('new-editor');

  beforeAll(async () => {
    harness = await startHarness();
    await createAccount(harness, { email, password: PASSWORD, name: 'Eddie Editor' });
    await harness.database().updateTable('users').set({ role: 'coach' }).where('email', '=', email).execute();
  });
  afterAll(() => harness?.stop());

  it('the admin grants the editor role on the Account screen', async () => {
    const admin = await harness.newPage({ isLaptop: true });
    await signIn(admin, DEMO.admin, DEMO_PASSWORD);
    await admin.waitForURL((url) => url.pathname !== '/sign-in');
    await admin.goto('/account');
    const section = admin.getByRole('region', { name: 'Editors' });
    await section.getByRole('button', { name: 'Make Eddie Editor an editor' }).click();
    await visible(section.getByText('Eddie Editor is an editor now.'));
    await checkScreen(admin, 'account-admin-editors');
  });

  it('the coach writes, saves, sees the revision and schedules the article', async () => {
    const coach = await harness.newPage();
    await signIn(coach, email, PASSWORD);
    await coach.waitForURL((url) => url.pathname !== '/sign-in');
    await coach.getByRole('link', { name: 'Editor' }).click();
    await expectHeading(coach, 'Articles');
    await coach.getByRole('button', { name: 'New article' }).click();
    await expectHeading(coach, 'Edit article');
    await coach.getByLabel('Title').fill('Knees out: why it matters');
    await coach.getByLabel('Text (Markdown)').fill('Push the knees **out** over the toes.');
    await coach.getByLabel('Squat', { exact: true }).check();
    await coach.getByLabel('Phase 2').check();
    const premium = coach.getByRole('checkbox', { name: 'Premium', exact: true });
    await premium.focus();
    await coach.keyboard.press('Space');
    expect(await premium.isChecked()).toBe(true);
    await coach.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(coach.getByText('Saved as revision 2.'));
    await coach.reload();
    await expectHeading(coach, 'Edit article');
    await expect.poll(() => premium.isChecked()).toBe(true);
    await premium.scrollIntoViewIfNeeded();
    await checkScreen(coach, 'editor-article-premium');
    expect(await coach.getByLabel('Address (slug)').inputValue()).toBe('knees-out-why-it-matters');
    await visible(coach.getByTestId('revision-row').getByText('Revision 2 (current)'));
    await coach.getByRole('button', { name: 'Schedule', exact: true }).click();
    await visible(coach.getByTestId('article-status').getByText('Scheduled for', { exact: false }));
    expect(await coach.getByTestId('article-status').textContent()).toContain('07:00 (Europe/London)');
    await checkScreen(coach, 'editor-article-scheduled');

    await coach.getByRole('link', { name: 'Articles', exact: true }).click();
    await expectHeading(coach, 'Articles');
    const row = (title: string) => coach.getByTestId('article-row').filter({ hasText: title });
    await visible(row('Knees out: why it matters').getByText('Premium', { exact: true }));
    await visible(row('Why your hips matter to your back').getByText('Premium', { exact: true }));
    expect(
      await row('The glute bridge, a stepping stone').getByText('Premium', { exact: true }).count(),
    ).toBe(0);
    await checkScreen(coach, 'editor-articles-premium');
  });
});
