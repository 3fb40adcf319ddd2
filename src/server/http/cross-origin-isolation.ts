/**
 * Cross-origin isolation, so the form check's WASM can run on several threads (SharedArrayBuffer needs
 * it). Every answer carries these, pages, scripts, workers, API and docs alike: a page is isolated only
 * when it and everything it loads agree, and the app loads nothing from another host.
 */
export const CROSS_ORIGIN_ISOLATION_HEADERS = {
  /** The page shares no browsing context group with other sites' windows. */
  'cross-origin-opener-policy': 'same-origin',
  /** The page (and the workers it starts) loads only what agrees to be loaded. */
  'cross-origin-embedder-policy': 'require-corp',
  /** Our own files agree to be loaded by our own pages, and by no other site's. */
  'cross-origin-resource-policy': 'same-origin',
} as const;
