/**
 * Which API reads the service worker keeps the last good answer of, for when the connection is gone:
 * every GET under /api/ but the few that must not be kept. The other way round, a list of the reads to
 * keep, has to follow every new screen, and the worker's hand-copied one once fell behind the app. What
 * must not be kept is few, and does not change with the screens:
 * - /api/auth/…: the login state, and the one-use links (confirming an email) that must reach the server;
 * - the exports (/api/me/export…): a download of everything, asked for on purpose, never needed offline;
 * - the API docs and the OpenAPI document: for developers, not for the app;
 * - the milestones to celebrate (/api/milestones): a kept answer would celebrate again one seen since.
 * Only answers 200 are kept (never someone else's "not signed in"), and signing out deletes them all.
 */
const NEVER_KEPT: readonly RegExp[] = [
  /^\/api\/auth\//,
  /^\/api\/me\/export/,
  /^\/api\/docs(?:\/|$)/,
  /^\/api\/openapi\.json$/,
  /^\/api\/milestones(?:\/|$)/,
];

export function isKeptRead(pathname: string): boolean {
  return pathname.startsWith('/api/') && !NEVER_KEPT.some((pattern) => pattern.test(pathname));
}
