/**
 * The service worker's side of push, in Chromium: a push message delivered through the DevTools protocol
 * (ServiceWorker.deliverPushMessage, as DevTools' own "Push" button does) is shown as a notification, and
 * a tap on a member's notification opens its screen in the app's window and marks it read.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '../src/contract/notifications.ts';
import { DEMO, DEMO_PASSWORD, expectHeading, type Harness, signIn, startHarness } from './harness.ts';
import { apiGet } from './training.ts';

interface Shown {
  title: string;
  body: string;
  tag: string;
  icon: string;
  data: { path: string; id?: string; isVisitor?: boolean };
  actions: { action: string; title: string }[];
}

/** The notifications the worker's registration shows now, read from the page. */
function shownNotifications(page: Page): Promise<Shown[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const shown = await registration.getNotifications();
    return shown.map((item) => ({
      title: item.title,
      body: item.body,
      tag: item.tag,
      icon: item.icon,
      data: item.data,
      actions: [
        ...((item as Notification & { actions?: { action: string; title: string }[] }).actions ?? []),
      ],
    }));
  });
}

/** The id DevTools knows the page's worker registration by. */
async function registrationId(devtools: CDPSession, scope: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const registration = registrations.find((item) => item.scopeURL === scope && !item.isDeleted);
      if (registration) resolve(registration.registrationId);
    });
  });
  await devtools.send('ServiceWorker.enable');
  return found;
}

describe('push in the service worker', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;
  let devtools: CDPSession;
  let registration = '';
  let memberId = '';

  async function deliver(data: string): Promise<void> {
    await devtools.send('ServiceWorker.deliverPushMessage', {
      origin: harness.baseUrl,
      registrationId: registration,
      data,
    });
  }

  async function worker(): Promise<Worker> {
    const found = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return found;
  }

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    context = page.context();
    await context.grantPermissions(['notifications'], { origin: harness.baseUrl });
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await expectHeading(page, 'Today');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    devtools = await context.newCDPSession(page);
    registration = await registrationId(devtools, `${harness.baseUrl}/`);
    memberId = (
      await harness
        .database()
        .selectFrom('users')
        .select('id')
        .where('email', '=', DEMO.member)
        .executeTakeFirstOrThrow()
    ).id;
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('shows a member’s notification with its title, body, tag, the app’s icon, and where it leads', async () => {
    await deliver(
      JSON.stringify({
        id: 'n-reminder',
        kind: 'workout-reminder',
        title: 'Your workout today',
        body: 'Twenty minutes, when it suits you.',
        path: '/today',
        tag: 'workout-reminder',
      }),
    );
    await expect.poll(async () => (await shownNotifications(page)).length, { timeout: 10_000 }).toBe(1);
    const [shown] = await shownNotifications(page);
    expect(shown).toMatchObject({
      title: 'Your workout today',
      body: 'Twenty minutes, when it suits you.',
      tag: 'workout-reminder',
      icon: `${harness.baseUrl}/icons/icon-192.png`,
      data: { path: '/today', id: 'n-reminder' },
      actions: [],
    });
  });

  it('replaces a notification of the same tag rather than piling them up', async () => {
    await deliver(
      JSON.stringify({
        id: 'n-reminder-2',
        kind: 'workout-reminder',
        title: 'Still time today',
        body: 'Your workout is waiting.',
        path: '/today',
        tag: 'workout-reminder',
      }),
    );
    await expect
      .poll(async () => (await shownNotifications(page)).map((item) => item.title), { timeout: 10_000 })
      .toEqual(['Still time today']);
  });

  it('offers a visitor’s episode notification a way to stop', async () => {
    await deliver(
      JSON.stringify({
        kind: 'publication',
        title: 'A new episode',
        body: 'Why hips take the strain',
        path: '/episodes/why-hips',
        tag: 'publication',
        isVisitor: true,
      }),
    );
    await expect
      .poll(async () => (await shownNotifications(page)).find((item) => item.tag === 'publication'), {
        timeout: 10_000,
      })
      .toMatchObject({
        title: 'A new episode',
        data: { path: '/episodes/why-hips', isVisitor: true },
        actions: [{ action: 'stop', title: 'Stop these notifications' }],
      });
  });

  it('still says something when a message cannot be read', async () => {
    await deliver('not a notification');
    await expect
      .poll(async () => (await shownNotifications(page)).find((item) => item.title === 'Backstrong'), {
        timeout: 10_000,
      })
      .toMatchObject({ body: 'Something new is waiting for you.', data: { path: '/notifications' } });
  });

  it('opens the screen in the app’s window and marks the notification read when it is tapped', async () => {
    const id = randomUUID();
    await harness
      .database()
      .insertInto('notifications')
      .values({
        id,
        user_id: memberId,
        kind: 'coach-message',
        cause: `coach-message:${id}`,
        title: 'Your coach wrote',
        body: 'How did the squats feel?',
        path: '/messages',
        sent_at: new Date(),
        read_at: null,
      })
      .execute();
    await deliver(
      JSON.stringify({
        id,
        kind: 'coach-message',
        title: 'Your coach wrote',
        body: 'How did the squats feel?',
        path: '/messages',
        tag: 'coach-message',
      }),
    );
    await expect
      .poll(async () => (await shownNotifications(page)).some((item) => item.tag === 'coach-message'), {
        timeout: 10_000,
      })
      .toBe(true);
    // No protocol taps a notification, so the tap is the event the browser would fire, in the worker.
    await (await worker()).evaluate(async (tag) => {
      // The worker's own globals, which the page's types (DOM) do not name.
      const scope = globalThis as unknown as {
        registration: { getNotifications(filter: { tag: string }): Promise<Notification[]> };
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
        dispatchEvent(event: Event): boolean;
      };
      const [notification] = await scope.registration.getNotifications({ tag });
      if (!notification) throw new Error('no notification to tap');
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification }));
    }, 'coach-message');
    await page.waitForURL('**/messages');
    await expect
      .poll(async () => {
        const list = await apiGet<NotificationList>(page, '/api/me/notifications');
        return list.notifications.find((item) => item.id === id)?.readAt ?? null;
      })
      .not.toBeNull();
    expect((await shownNotifications(page)).some((item) => item.tag === 'coach-message')).toBe(false);
  });
});
