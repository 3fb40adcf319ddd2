/**
 * Push in the service worker: a push message shown as a notification, and what a tap on it does. A
 * member's notification opens its screen in the app's window (or a new one) and is marked read; a
 * visitor's podcast notification offers "Stop", which ends their subscription with one tap.
 */
import { type PushPayload, pathToOpen, readPushPayload } from './push-payload.ts';

declare const self: ServiceWorkerGlobalScope;

const ICON = '/icons/icon-192.png';
const BADGE = '/icons/icon-192.png';
export const STOP_ACTION = 'stop';

/** What the notification keeps for the tap: where to go, and which of the member's notifications it is. */
interface TapData {
  path: string;
  id?: string;
  isVisitor?: boolean;
}

function parsed(event: PushEvent): PushPayload | null {
  try {
    return readPushPayload(event.data?.json());
  } catch {
    return null;
  }
}

async function show(payload: PushPayload | null): Promise<void> {
  // A push must show something (userVisibleOnly); one that cannot be read still says where to look.
  if (!payload) {
    await self.registration.showNotification('Backstrong', {
      body: 'Something new is waiting for you.',
      icon: ICON,
      badge: BADGE,
      data: { path: '/notifications' } satisfies TapData,
    });
    return;
  }
  const data: TapData = { path: pathToOpen(payload.path), id: payload.id, isVisitor: payload.isVisitor };
  await self.registration.showNotification(payload.title, {
    body: payload.body,
    tag: payload.tag,
    icon: ICON,
    badge: BADGE,
    data,
    ...(payload.isVisitor ? { actions: [{ action: STOP_ACTION, title: 'Stop these notifications' }] } : {}),
  } as NotificationOptions);
}

async function markRead(id: string): Promise<void> {
  await fetch(`/api/me/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: '{}',
  }).catch(() => undefined);
}

/** A window of this site already open is brought forward and sent to the path; otherwise a new one. */
async function openInWindow(path: string): Promise<void> {
  const url = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) {
    await self.clients.openWindow(url);
    return;
  }
  const focused = await open.focus().catch(() => open);
  await focused.navigate(url).catch(() => undefined);
}

async function stopVisitorPush(): Promise<void> {
  const subscription = await self.registration.pushManager.getSubscription();
  if (!subscription) return;
  await fetch('/api/publication/push-subscriptions/end', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
  }).catch(() => undefined);
  await subscription.unsubscribe();
}

async function tapped(event: NotificationEvent): Promise<void> {
  const data = (event.notification.data ?? { path: '/today' }) as TapData;
  event.notification.close();
  if (event.action === STOP_ACTION) {
    await stopVisitorPush();
    return;
  }
  await Promise.all([data.id ? markRead(data.id) : undefined, openInWindow(pathToOpen(data.path))]);
}

export function handlePush(): void {
  self.addEventListener('push', (event) => event.waitUntil(show(parsed(event))));
  self.addEventListener('notificationclick', (event) => event.waitUntil(tapped(event)));
}
