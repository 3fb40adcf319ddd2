/**
 * Installs the service worker (src/web/offline/sw.ts, built to /sw.js; production builds only: Vite's
 * development server has no build to keep). The first time it takes charge of the page, the reads this
 * page already made are asked again through it, so it holds a copy of each before the connection can drop.
 *
 * A new release's worker installs beside the running one and waits: the page hears of it here and says
 * "A new version is ready"; only when the member agrees does the new worker take over and the page reload.
 * Nothing is lost by that reload: what the member logged is in the outbox on the phone, which sends it
 * again after the reload (each write carries its id, so the server stores it once).
 */
import { requestedPaths } from '../api/client.ts';
import { API_COPIES_CACHE } from './cache-names.ts';

/** How often an app left open asks whether there is a new release (also on coming back, and online). */
const LOOK_FOR_UPDATES_EVERY_MS = 60 * 60 * 1000;

let takeNewVersion: (() => Promise<void>) | undefined;
let isReady = false;
const listeners = new Set<() => void>();

function askAgainThroughWorker(): void {
  for (const path of requestedPaths) {
    void fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => {});
  }
}

/** The browser looks when a page opens; an app kept open on a phone for days needs asking. */
function keepLookingForUpdates(registration: ServiceWorkerRegistration): void {
  const look = () => {
    if (navigator.onLine) void registration.update().catch(() => {});
  };
  window.addEventListener('online', look);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') look();
  });
  window.setInterval(look, LOOK_FOR_UPDATES_EVERY_MS);
}

async function register(): Promise<void> {
  // Loaded after the page is up: the worker's registration is not needed before Today is.
  const { registerSW } = await import('virtual:pwa-register');
  takeNewVersion = registerSW({
    immediate: true,
    onNeedRefresh() {
      isReady = true;
      for (const listener of listeners) listener();
    },
    onRegisteredSW(_url, registration) {
      if (registration) keepLookingForUpdates(registration);
    },
  });
  void askToBeClaimed();
}

/**
 * The worker claims every open page when it activates, except one whose navigation was still under way
 * then (or a forced reload): that page would work without it, and without its copies for offline, until
 * it reloads. Once a worker is active, an uncontrolled page asks it to be claimed.
 */
async function askToBeClaimed(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) registration.active?.postMessage({ type: 'CLAIM' });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', askAgainThroughWorker);
  const start = () => void register().catch(() => {});
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** Whether a new release is installed and waits for the member's word. */
export function isNewVersionReady(): boolean {
  return isReady;
}

export function subscribeToNewVersion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The member agreed: the new release's worker takes over, and the page reloads once it has. */
export async function reloadToNewVersion(): Promise<void> {
  await takeNewVersion?.();
}

/** On signing out: no copy of this member's answers stays for the next person on this phone. */
export async function forgetApiCopies(): Promise<void> {
  if ('caches' in window) await caches.delete(API_COPIES_CACHE).catch(() => false);
}
