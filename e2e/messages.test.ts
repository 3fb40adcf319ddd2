import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveCoach } from '../src/server/testing/coach-fixtures.ts';
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

/**
 * The thread between a member and their coach in the browser: the coach writes, the member sees the
 * unread badge, opens the thread (which marks it read), answers, and the coach sees the answer. Markup
 * in a message shows as the text it is.
 */
describe('messages between a member and their coach', () => {
  let harness: Harness;
  const member = { email: uniqueEmail('ana'), password: 'a long enough password', name: 'Ana Member' };
  let memberId = '';
  const markup =
    '<img src=x onerror="document.title=\'hacked\'"> <script>alert(1)</script> javascript:alert(1)';

  beforeAll(async () => {
    harness = await startHarness();
    await createAccount(harness, member);
    const db = harness.database();
    const ids = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', 'in', [member.email, DEMO.coach])
      .execute();
    memberId = ids.find((row) => row.email === member.email)?.id ?? '';
    const coachId = ids.find((row) => row.email === DEMO.coach)?.id ?? '';
    await giveCoach(db, { memberId, coachId });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('the coach writes to the member, and markup stays text', async () => {
    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto(`/coach/members/${memberId}/messages`);
    await expectHeading(page, 'Messages');
    await visible(page.getByText('No messages yet.'));
    await page.getByLabel('Message to Ana Member').fill('How did the squats feel this week?');
    await page.getByRole('button', { name: 'Send' }).click();
    await visible(page.getByText('How did the squats feel this week?'));
    await page.getByLabel('Message to Ana Member').fill(markup);
    await page.getByRole('button', { name: 'Send' }).click();
    const thread = page.getByRole('list', { name: 'Messages' });
    await visible(thread.getByText(markup));
    expect(await thread.locator('img, script').count()).toBe(0);
    expect(await page.getByLabel('Message to Ana Member').inputValue()).toBe('');
    await checkScreen(page, 'coach-messages-laptop');
  });

  it('the member sees the unread badge, opens the thread, and answers (a failed send keeps its text, on the phone)', async () => {
    const page = await harness.newPage();
    await signIn(page, member.email, member.password);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto('/account');
    await expectHeading(page, 'Your account');
    expect(await (await visible(page.getByTestId('unread-messages'))).textContent()).toBe('2 unread');
    await visible(page.getByRole('link', { name: 'Messages with your coach (2 unread)' }));
    // On the phone the envelope stands for the word: the bar keeps to one line.
    const barHeight = await page.locator('.topbar').evaluate((bar) => bar.getBoundingClientRect().height);
    expect(barHeight).toBeLessThan(70);

    await page.getByRole('link', { name: 'Messages 2 unread' }).click();
    await expectHeading(page, 'Messages with your coach');
    const thread = page.getByRole('list', { name: 'Messages' });
    await visible(thread.getByText('How did the squats feel this week?'));
    await visible(thread.getByText(markup));
    expect(await thread.locator('img, script').count()).toBe(0);
    expect(await page.title()).not.toBe('hacked');
    await visible(thread.getByText('Chris Coach, your coach').first());
    // Opened: read, so the badge goes.
    await page.getByTestId('unread-messages').waitFor({ state: 'detached' });

    // Offline, the reply fails but stays with its text; back online, "Try again" sends it once.
    await page.context().setOffline(true);
    await page.getByLabel('Message to Chris Coach').fill('Fine, a bit stiff in the mornings.');
    await page.getByRole('button', { name: 'Send' }).click();
    await visible(page.getByText('Not sent yet.', { exact: false }));
    await visible(thread.getByText('Fine, a bit stiff in the mornings.'));
    await checkScreen(page, 'member-messages-not-sent-phone');
    await page.context().setOffline(false);
    // Kept on the phone: a reload still shows it, waiting to be tried again.
    await page.reload();
    await expectHeading(page, 'Messages with your coach');
    await visible(thread.getByText('Fine, a bit stiff in the mornings.'));
    await page.getByRole('button', { name: 'Try again' }).click();
    await visible(thread.getByText('Sent', { exact: true }));
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await checkScreen(page, 'member-messages-phone');
  });

  it('the coach sees the answer, and their messages marked read', async () => {
    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto(`/coach/members/${memberId}/messages`);
    const thread = page.getByRole('list', { name: 'Messages' });
    await visible(thread.getByText('Fine, a bit stiff in the mornings.'));
    await visible(thread.getByText('Ana Member'));
    expect(await thread.getByText('Read', { exact: true }).count()).toBe(2);
    const unread = () =>
      harness
        .database()
        .selectFrom('messages')
        .select('id')
        .where('member_id', '=', memberId)
        .where('read_at', 'is', null)
        .execute();
    await expect.poll(unread).toEqual([]);
  });
});
