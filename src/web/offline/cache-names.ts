/**
 * The names of the service worker's caches, shared by the worker (src/web/offline/sw.ts) and the page
 * (signing out deletes the API copies). A new name is a clean start: the worker deletes every other cache
 * of ours when it takes charge.
 */
export const CACHE_PREFIX = 'backstrong';
export const CACHE_VERSION = 'v1';

/** The app itself (index.html and every file the build lists), kept when the worker installs. */
export const SHELL_CACHE_PART = 'shell';
export const SHELL_CACHE = `${CACHE_PREFIX}-${SHELL_CACHE_PART}-${CACHE_VERSION}`;

/** The last good answer to each API read, for when the network is gone. */
export const API_COPIES_CACHE = `${CACHE_PREFIX}-api-${CACHE_VERSION}`;

/** Hashed files left out of the install (the form check's TensorFlow.js), kept once first fetched. */
export const ON_DEMAND_CACHE = `${CACHE_PREFIX}-on-demand-${CACHE_VERSION}`;

export const OUR_CACHES: readonly string[] = [SHELL_CACHE, API_COPIES_CACHE, ON_DEMAND_CACHE];
