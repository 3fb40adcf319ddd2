/*
 * Backstrong's service worker: small and hand-written, so that a workout can go on without a connection.
 *
 * - The app shell (index.html) and every hashed file it needs are kept when the worker installs; pages
 *   are asked from the network first and from the copy when there is no network.
 * - Hashed files (/assets/*) never change, so they come from the copy first.
 * - The few API reads the app needs offline (who is signed in, any safety hold, the plan, the next workout,
 *   the exercises)
 *   are asked from the network first; the last good answer is kept for when the network is gone.
 * - Writes (POST, PUT) are never touched: the app keeps them in its own outbox and sends them itself.
 */
const SHELL = 'backstrong-shell-v1';
const API = 'backstrong-api-v1';
const NETWORK_PATIENCE_MS = 4000;
const API_READS = [
  /^\/api\/me$/,
  /^\/api\/plan$/,
  /^\/api\/decisions$/,
  /^\/api\/workouts(\/next|\/[\w-]+)?$/,
  /^\/api\/exercises(\/[\w-]+)?$/,
  /^\/api\/red-flag-questions$/,
  /^\/api\/measures(\/due|\/instruments|\/[\w-]+)?$/,
  /^\/api\/progress$/,
  /^\/api\/safety-hold$/,
];
/** Vite's hashed file names ("TodayScreen-Bx3k9_aZ.js"), as they appear in index.html and in chunks. */
const HASHED_FILE = /[\w.-]+-[\w-]{8}\.(?:js|css)\b/g;
/**
 * TensorFlow.js for the form check (1.6 MB before compression, page and worker copies): fetched when a
 * form check first opens, not on every member's phone at install. The form check needs the camera and
 * the model anyway; a workout offline does not need it.
 */
const ON_DEMAND_ONLY = /^(?:browser-runtime|pose-worker|tfjs-wasm-threads)-/;

/**
 * Every hashed file index.html loads, and those they load in turn (lazy screens), read from the copy if
 * kept; `onDemand` collects this release's on-demand files, kept once a form check has fetched them.
 */
async function filesNeededBy(html, cache, onDemand) {
  const found = new Set();
  let texts = [html];
  // Level by level, each level's scripts fetched together: the worker takes charge sooner.
  while (texts.length > 0) {
    const scripts = [];
    for (const text of texts) {
      for (const name of text.match(HASHED_FILE) ?? []) {
        const url = `/assets/${name}`;
        if (ON_DEMAND_ONLY.test(name)) {
          onDemand.add(url);
          continue;
        }
        if (found.has(url)) continue;
        found.add(url);
        if (name.endsWith('.js')) scripts.push(url);
      }
    }
    const loaded = await Promise.all(
      scripts.map(async (url) => {
        const response = (await cache.match(url)) ?? (await fetch(url).catch(() => undefined));
        if (!response?.ok) {
          found.delete(url);
          return null;
        }
        await cache.put(url, response.clone());
        return response.text();
      }),
    );
    texts = loaded.filter((text) => text !== null);
  }
  return [...found];
}

/** Keeps index.html and everything it loads; drops hashed files an older release needed. */
async function keepShell() {
  const response = await fetch('/', { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  const cache = await caches.open(SHELL);
  const onDemand = new Set();
  const files = await filesNeededBy(html, cache, onDemand);
  await Promise.all(
    files.map(async (url) => {
      if (await cache.match(url)) return;
      const file = await fetch(url).catch(() => undefined);
      if (file?.ok) await cache.put(url, file);
    }),
  );
  await cache.put('/', response);
  for (const request of await cache.keys()) {
    const { pathname } = new URL(request.url);
    const isThisRelease = files.includes(pathname) || onDemand.has(pathname);
    if (pathname.startsWith('/assets/') && !isThisRelease) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    keepShell()
      .catch(() => {})
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => ![SHELL, API].includes(name)).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

/** The network's answer, or the kept copy when the network fails or takes too long. */
async function networkFirst(request, cacheName, { copyKey = request, isOneCopyPerPath = false, isKeepable }) {
  const cache = await caches.open(cacheName);
  const fromNetwork = fetch(request).then(async (response) => {
    if (isKeepable(response)) {
      // One copy per path: an answer for yesterday's ?today= is still better than none offline.
      if (isOneCopyPerPath) {
        for (const old of await cache.keys(request, { ignoreSearch: true })) await cache.delete(old);
      }
      await cache.put(copyKey, response.clone());
    }
    return response;
  });
  fromNetwork.catch(() => {});
  const patience = new Promise((resolve) => setTimeout(resolve, NETWORK_PATIENCE_MS, undefined));
  try {
    const response = await Promise.race([fromNetwork, patience]);
    if (response) return response;
  } catch {
    // No network: the copy below.
  }
  const copy =
    (await cache.match(copyKey)) ??
    (isOneCopyPerPath ? await cache.match(request, { ignoreSearch: true }) : undefined);
  return copy ?? fromNetwork;
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    const isPage = (response) =>
      response.ok && (response.headers.get('content-type') ?? '').includes('text/html');
    event.respondWith(networkFirst(request, SHELL, { copyKey: '/', isKeepable: isPage }));
    if (url.pathname === '/' || !url.pathname.includes('.')) event.waitUntil(keepShell().catch(() => {}));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (API_READS.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(
      networkFirst(request, API, {
        isOneCopyPerPath: true,
        isKeepable: (response) => response.status === 200,
      }),
    );
  }
});
