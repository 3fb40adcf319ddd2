/**
 * Web Push on this browser: whether it can, and subscribing it with the server's key. The subscription
 * belongs to the service worker's registration (offline/sw.ts shows what arrives), so the worker must be
 * installed first; in development, where there is no worker, push is simply not offered.
 */
import type { PushSubscriptionBody } from '../../contract/notifications.ts';

export function isPushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/**
 * Safari on iPhone and iPad offers push only to a web app added to the Home Screen, never to a tab; there
 * `PushManager` is missing altogether, so this is told apart from a browser without push.
 */
/** Said wherever push is turned on, and instead of the switch where a Home Screen is needed first. */
export const HOME_SCREEN_WORDS =
  'On an iPhone or iPad, notifications work only once Backstrong is on your Home Screen: in Safari tap Share, then “Add to Home Screen”, and open Backstrong from there.';

export function needsHomeScreen(): boolean {
  const isAppleMobile =
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    // An iPad asks for the desktop site and calls itself a Mac, but a Mac has no touch screen.
    (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);
  const isStandalone =
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return isAppleMobile && !isStandalone;
}

/** The key as `applicationServerKey` takes it: base64url text to bytes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** How long to wait for the worker before saying push is not ready on this browser. */
const WORKER_PATIENCE_MS = 10_000;

async function registration(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration('/');
  if (!existing) await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new PushUnavailable('worker')), WORKER_PATIENCE_MS),
    ),
  ]);
}

export type PushFailure = 'denied' | 'worker' | 'service';

/** Why push could not be turned on, for a sentence the person understands. */
export class PushUnavailable extends Error {
  override name = 'PushUnavailable';
  readonly reason: PushFailure;
  constructor(reason: PushFailure) {
    super(reason);
    this.reason = reason;
  }
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!isPushSupported()) return null;
  const found = await navigator.serviceWorker.getRegistration('/');
  return (await found?.pushManager.getSubscription()) ?? null;
}

/**
 * Asks permission (the browser's own question) and subscribes with the server's key. Returns what the
 * server needs to send here; throws PushUnavailable with the reason otherwise.
 */
export async function subscribeThisBrowser(publicKey: string): Promise<PushSubscriptionBody> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushUnavailable('denied');
  const ready = await registration();
  let subscription: PushSubscription;
  try {
    subscription =
      (await ready.pushManager.getSubscription()) ??
      (await ready.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      }));
  } catch {
    // The browser's push service could not be reached (offline, or blocked on this network).
    throw new PushUnavailable('service');
  }
  return subscription.toJSON() as PushSubscriptionBody;
}

export async function unsubscribeThisBrowser(): Promise<void> {
  await (await currentSubscription())?.unsubscribe();
}

export const PUSH_FAILURE_WORDS: Record<PushFailure, string> = {
  denied:
    'Notifications are blocked for Backstrong in this browser. You can allow them in the browser’s site settings, then try again.',
  worker: 'This browser is not ready for notifications yet. Please reload the page and try again.',
  service:
    'We could not reach this browser’s notification service. Please check your connection and try again later.',
};
