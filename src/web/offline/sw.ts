/**
 * Backstrong's service worker, so that a workout goes on without a connection. vite-plugin-pwa builds it
 * (strategy injectManifest) and writes the build's own list of files into `self.__WB_MANIFEST`.
 *
 * - The app (index.html and every file in that list) is kept when the worker installs, and every page of
 *   the app is answered with the kept index.html: the app a member runs is always one whole release.
 * - The form check's TensorFlow.js is left out of that list (vite.config.ts) and kept once a form check
 *   has fetched it; hashed files never change, so they come from the copy first.
 * - API reads (kept-reads.ts) are asked from the network first, for 4 seconds; the last good answer is
 *   kept for when the network is gone. Writes are never touched: the app's outbox sends them itself.
 * - A push message is shown as a notification, and a tap on it opens its screen (push-handlers.ts).
 * - A new release installs beside the one running and waits; the page says "A new version is ready" and
 *   the member decides when to reload (service-worker.ts), which tells this worker to take over.
 *
 * Answers from the copies are the server's own, headers and all, so the pages stay cross-origin isolated.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { createHandlerBoundToURL, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import {
  API_COPIES_CACHE,
  CACHE_PREFIX,
  CACHE_VERSION,
  ON_DEMAND_CACHE,
  OUR_CACHES,
  SHELL_CACHE_PART,
} from './cache-names.ts';
import { isKeptRead } from './kept-reads.ts';
import { handlePush } from './push-handlers.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const NETWORK_PATIENCE_SECONDS = 4;
/** Enough for this release's on-demand files and the last one's; older ones make room. */
const ON_DEMAND_FILES_KEPT = 12;

/** As the server decides which paths are pages of the app (src/server/http/web-app.ts). */
function isAppPage(pathname: string): boolean {
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  if (pathname === '/models' || pathname.startsWith('/models/')) return false;
  if (pathname === '/healthz' || pathname === '/readyz') return false;
  // The public site is rendered by the server (src/server/site), always fresh from the network.
  if (pathname === '/') return false;
  if (/^\/(articles|episodes|tags|archive|premium|search|preview|site|feeds|media)(\/|$)/.test(pathname))
    return false;
  return !(pathname.split('/').pop() ?? '').includes('.');
}

setCacheNameDetails({ prefix: CACHE_PREFIX, precache: SHELL_CACHE_PART, suffix: CACHE_VERSION });
// No directory index: `/` is the server's homepage, never the precached index.html (that would load the app
// at `/`, whose only job there is to go to the homepage, again and again).
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '' });

registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' && url.origin === self.location.origin && isAppPage(url.pathname),
  createHandlerBoundToURL('/index.html'),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: ON_DEMAND_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: ON_DEMAND_FILES_KEPT, purgeOnQuotaError: true })],
  }),
);

registerRoute(
  ({ request, url }) =>
    request.mode !== 'navigate' && url.origin === self.location.origin && isKeptRead(url.pathname),
  new NetworkFirst({
    cacheName: API_COPIES_CACHE,
    networkTimeoutSeconds: NETWORK_PATIENCE_SECONDS,
    plugins: [
      {
        // One copy per path: an answer for yesterday's ?today= is still better than none offline.
        cacheKeyWillBeUsed: async ({ request }) => {
          const url = new URL(request.url);
          url.search = '';
          return url.href;
        },
      },
    ],
  }),
  'GET',
);

// The first install takes charge of the page that registered it at once, so the copies are there before
// the connection can drop; a later release waits for the member's word (SKIP_WAITING from workbox-window).
clientsClaim();
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  // A page whose navigation was under way while this worker activated (or a forced reload) is left out
  // of the claim above and would stay uncontrolled until it reloads: it asks, and is claimed now.
  if (type === 'CLAIM') event.waitUntil(self.clients.claim());
});

handlePush();

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(`${CACHE_PREFIX}-`) && !OUR_CACHES.includes(name))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
