/**
 * A member's Notifications screen: the recent list (unread marked, opening one reads it and goes where it
 * leads, "Mark all read"), the settings saved and read back, the kinds that are always on, a refused
 * field named beside its box, push on this browser and the member's other browsers; and the line on
 * Today while some are unread.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList, PushSubscriptionList } from '../src/contract/notifications.ts';
import {
  checkScreen,
  expectHeading,
  fieldMessage,
  followClock,
  type Harness,
  type MovableClock,
  movableClock,
  pathOf,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { addMemberBrowser } from './push-subscriptions.ts';
import { apiGet, memberWithPlan } from './training.ts';

const PASSWORD = 'a long and memorable password';

describe('a member’s notifications', () => {
  let harness: Harness;
  let page: Page;
  let memberId = '';
  let clock: MovableClock;

  async function notify(title: string, path: string, minutesAgo: number) {
    const sentAt = new Date(clock.now().getTime() - minutesAgo * 60_000);
    await harness
      .database()
      .insertInto('notifications')
      .values({
        id: randomUUID(),
        user_id: memberId,
        kind: 'workout-reminder',
        cause: `workout-reminder:${randomUUID()}`,
        title,
        body: `${title}: twenty minutes, when it suits you.`,
        path,
        sent_at: sentAt,
        read_at: null,
      })
      .execute();
  }

  beforeAll(async () => {
    // A Monday evening, after the 18:00 reminder time: the member makes their plan too late for that day's.
    clock = movableClock(new Date('2026-12-07T18:30:00Z'));
    harness = await startHarness({ clock });
    page = await harness.newPage();
    await followClock(page, clock);
    const email = uniqueEmail('notified');
    await memberWithPlan(harness, page, { email, password: PASSWORD, name: 'Nia Notified' });
    memberId = (
      await harness
        .database()
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('shows no line on Today while nothing is unread: no reminder for a time before the plan was made', async () => {
    await page.goto('/today');
    await expectHeading(page, 'Today');
    await visible(page.getByRole('link', { name: 'Start workout' }));
    expect(await page.getByRole('link', { name: /unread notification/ }).count()).toBe(0);
  });

  it('says on Today how many are unread, and leads to them', async () => {
    await notify('Your workout today', '/today', 30);
    await notify('Time for a check-up', '/measures', 10);
    await page.goto('/today');
    await page.getByRole('link', { name: 'You have 2 unread notifications' }).click();
    await expectHeading(page, 'Notifications');
    expect(pathOf(page)).toBe('/notifications');
  });

  it('lists the newest first with the unread marked', async () => {
    const items = page.locator('.notification-list__item');
    await visible(items.first());
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain('Time for a check-up');
    expect(await page.locator('.notification-list__item--unread').count()).toBe(2);
    await visible(page.getByText('2 unread.'));
    await checkScreen(page, 'notifications-phone');
  });

  it('marks one read when it is opened, and goes to its screen', async () => {
    await page.getByRole('link', { name: /Time for a check-up/ }).click();
    await page.waitForURL('**/measures');
    const list = await apiGet<NotificationList>(page, '/api/me/notifications');
    expect(list.unread).toBe(1);
    expect(list.notifications.find((item) => item.title === 'Time for a check-up')?.readAt).not.toBeNull();

    await page.goto('/notifications');
    await visible(page.getByText('1 unread.'));
    expect(await page.locator('.notification-list__item--unread').textContent()).toContain(
      'Your workout today',
    );
  });

  it('marks all read at once', async () => {
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await visible(page.getByText('You have read them all.'));
    expect(await page.locator('.notification-list__item--unread').count()).toBe(0);
    expect((await apiGet<NotificationList>(page, '/api/me/notifications')).unread).toBe(0);
    await page.goto('/today');
    await expectHeading(page, 'Today');
    await visible(page.getByRole('link', { name: 'Start workout' }));
    expect(await page.getByRole('link', { name: /unread notification/ }).count()).toBe(0);
  });

  it('starts from the defaults, in the browser’s time zone, with safety always on', async () => {
    await page.goto('/notifications');
    await visible(page.getByRole('heading', { name: 'What we send you, and when' }));
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/London');
    expect(await page.getByLabel('Quiet from').inputValue()).toBe('21:00');
    expect(await page.getByLabel('Quiet until').inputValue()).toBe('08:00');
    expect(await page.getByLabel('Reminders a week at most').inputValue()).toBe('5');
    await visible(page.getByText(/Messages from your coach and safety messages do not count/));
    for (const name of ['Safety messages', 'Urgent alerts to your coach']) {
      const always = page.getByRole('switch', { name });
      expect(await always.isChecked()).toBe(true);
      expect(await always.isDisabled()).toBe(true);
    }
    expect(await page.getByRole('switch', { name: 'New episode and article' }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Workout reminders' }).isChecked()).toBe(true);
  });

  it('names the box the server refused, beside it', async () => {
    await page.getByLabel('Reminders a week at most').fill('9');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => fieldMessage(page, 'Reminders a week at most')).toMatch(/7/);
    await visible(page.getByRole('alert').getByRole('link', { name: 'Reminders a week at most' }));
    const saved = await apiGet<{ isChosen: boolean }>(page, '/api/me/notification-settings');
    expect(saved.isChosen).toBe(false);
  });

  it('saves the settings whole and shows them again after a reload', async () => {
    await page.getByLabel('Reminders a week at most').fill('3');
    await page.getByLabel('Reminder time').fill('07:30');
    await page.getByLabel('Quiet from').fill('22:00');
    await page.getByLabel('Time zone').selectOption('Europe/Dublin');
    await page.getByRole('switch', { name: 'Morning check-in' }).uncheck();
    await page.getByRole('switch', { name: 'New episode and article' }).check();
    await page.getByRole('checkbox', { name: 'Also by email' }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await visible(page.getByText('Your notification settings are saved.'));

    await page.reload();
    await visible(page.getByRole('heading', { name: 'What we send you, and when' }));
    expect(await page.getByLabel('Reminders a week at most').inputValue()).toBe('3');
    expect(await page.getByLabel('Reminder time').inputValue()).toBe('07:30');
    expect(await page.getByLabel('Quiet from').inputValue()).toBe('22:00');
    expect(await page.getByLabel('Quiet until').inputValue()).toBe('08:00');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Dublin');
    expect(await page.getByRole('switch', { name: 'Morning check-in' }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'New episode and article' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Also by email' }).isChecked()).toBe(true);
    expect(await apiGet(page, '/api/me/notification-settings')).toEqual({
      timeZone: 'Europe/Dublin',
      reminderTime: '07:30',
      quietHours: { start: '22:00', end: '08:00' },
      weeklyCap: 3,
      off: ['morning-check-in'],
      byEmail: true,
      isChosen: true,
    });
  });

  it('is reachable from Settings', async () => {
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Notifications: what we send you, and when' }).click();
    await expectHeading(page, 'Notifications');
  });
});

describe('push on this browser', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function memberOnNotifications(isLaptop = false): Promise<Page> {
    const page = await harness.newPage({ isLaptop });
    await memberWithPlan(harness, page, {
      email: uniqueEmail('push'),
      password: PASSWORD,
      name: 'Pat Push',
    });
    return page;
  }

  it('lists the member’s other browsers and removes one', async () => {
    const page = await memberOnNotifications(true);
    const phone = await addMemberBrowser(page, 'fcm.googleapis.com');
    const laptop = await addMemberBrowser(page, 'updates.push.services.mozilla.com');
    await page.goto('/notifications');
    await visible(page.getByRole('heading', { name: 'Your other browsers with notifications' }));
    await visible(page.getByText(/A browser using fcm\.googleapis\.com, added \d{1,2} [A-Z][a-z]+ \d{4}/));
    await visible(
      page.getByText(/iPhone or iPad, notifications work only once Backstrong is on your Home Screen/),
    );
    await checkScreen(page, 'notifications-laptop');

    await page.getByRole('button', { name: /Remove the browser using fcm\.googleapis\.com/ }).click();
    await expect.poll(() => page.getByText(/fcm\.googleapis\.com/).count()).toBe(0);
    await visible(page.getByText(/updates\.push\.services\.mozilla\.com/));
    const left = await apiGet<PushSubscriptionList>(page, '/api/me/push-subscriptions');
    expect(left.subscriptions.map((item) => item.id)).toEqual([laptop.id]);
    expect(left.subscriptions.some((item) => item.id === phone.id)).toBe(false);
  });

  it('asks the browser, and says kindly when push cannot be turned on here', async () => {
    const page = await memberOnNotifications();
    await page.context().grantPermissions(['notifications'], { origin: harness.baseUrl });
    await page.goto('/notifications');
    const toggle = page.getByRole('switch', { name: 'Notifications on this browser' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    const keyAnswer = page.waitForResponse((response) => response.url().endsWith('/api/push/key'));
    await toggle.click();
    expect((await keyAnswer).status()).toBe(200);
    // Headless Chromium has no push service to reach (no Google account, no network), so subscribing
    // fails there: the member is told so in plain words, and the server holds no browser of theirs.
    const failure = page.getByRole('alert').filter({ hasText: /notification service/ });
    const turnedOn = page.getByRole('switch', { name: 'Notifications on this browser', checked: true });
    await Promise.race([failure.waitFor(), turnedOn.waitFor()]);
    const saved = await apiGet<PushSubscriptionList>(page, '/api/me/push-subscriptions');
    if (await failure.isVisible()) {
      expect(await toggle.isChecked()).toBe(false);
      expect(saved.subscriptions).toEqual([]);
    } else {
      expect(saved.subscriptions).toHaveLength(1);
    }
  });

  it('says when the browser has blocked notifications', async () => {
    const page = await memberOnNotifications();
    await page.goto('/notifications');
    const toggle = page.getByRole('switch', { name: 'Notifications on this browser' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    // Playwright's browser answers a permission it was not granted with "denied".
    await toggle.click();
    await visible(page.getByRole('alert').filter({ hasText: /blocked for Backstrong/ }));
    expect(await toggle.isChecked()).toBe(false);
    expect((await apiGet<PushSubscriptionList>(page, '/api/me/push-subscriptions')).subscriptions).toEqual(
      [],
    );
  });

  it('forgets this browser on the server when the member signs out, and only this one', async () => {
    const page = await memberOnNotifications();
    const here = await addMemberBrowser(page);
    const elsewhere = await addMemberBrowser(page, 'updates.push.services.mozilla.com');
    // As turning push on here leaves it (headless Chromium cannot subscribe for real).
    await page.evaluate(
      (id) => localStorage.setItem('backstrong.push-subscription-id', JSON.stringify(id)),
      here.id,
    );
    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/?left=signed-out');
    const kept = await harness
      .database()
      .selectFrom('push_subscriptions')
      .select('id')
      .where('id', 'in', [here.id, elsewhere.id])
      .execute();
    expect(kept.map((row) => row.id)).toEqual([elsewhere.id]);
    expect(await page.evaluate(() => localStorage.getItem('backstrong.push-subscription-id'))).toBeNull();
  });

  it('tells Safari on an iPhone that push comes once Backstrong is on the Home Screen', async () => {
    const page = await memberOnNotifications();
    // Safari in a tab, as an iPhone has it: no PushManager at all, and not opened from the Home Screen.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'userAgent', {
        get: () =>
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      });
      Reflect.deleteProperty(window, 'PushManager');
    });
    await page.goto('/notifications');
    await visible(page.getByRole('heading', { name: 'On this browser' }));
    await visible(
      page.getByText(/^On an iPhone or iPad, notifications work only once Backstrong is on your Home Screen/),
    );
    expect(await page.getByRole('switch', { name: 'Notifications on this browser' }).count()).toBe(0);
  });
});
