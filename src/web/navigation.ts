/**
 * Where to go after signing in. Only a path on this site is followed, never "//elsewhere.example" or a full
 * address, so a link cannot send someone off to another website after they sign in.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/exercises'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export function signInPathReturningTo(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/** Where someone lands after signing in or up: a member on Today, a coach on the caseload, an admin on the exercises. */
export function homePath(role: string): string {
  if (role === 'member') return '/today';
  return role === 'coach' ? '/coach' : '/exercises';
}
