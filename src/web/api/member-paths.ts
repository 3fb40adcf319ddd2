/**
 * Whose data a member's screens show: the signed-in member's own (memberId null), or one member's as
 * their coach reads it. The API paths and the in-app links follow from that, so the same screens serve
 * both. A coach's reads take no `today`: the member's day is the server's.
 */

/** The signed-in member's own data. */
export const OWN = null;
export type MemberId = string | null;

type Query = Record<string, string | number | undefined>;

/** `/progress` → `/api/progress?today=…` for the member, `/api/coach/members/{id}/progress` for their coach. */
export function memberApiPath(memberId: MemberId, path: string, query: Query = {}): string {
  const base = memberId === OWN ? `/api${path}` : `/api/coach/members/${encodeURIComponent(memberId)}${path}`;
  const asked = Object.entries(query).flatMap(([name, value]): [string, string][] =>
    value === undefined || (memberId !== OWN && name === 'today') ? [] : [[name, String(value)]],
  );
  return asked.length === 0 ? base : `${base}?${new URLSearchParams(asked).toString()}`;
}

/** The places a member's screens link to one another. */
export type MemberLink = '/progress' | '/history' | '/report' | '/measures' | `/workouts/${string}`;

/** Where a coach finds each of those under the member's detail (the agreed tab paths). */
const COACH_TAB: Record<string, string> = {
  '/progress': '/progress',
  '/history': '/workouts',
  '/report': '/report',
  '/measures': '/check-ups',
};

export function memberHref(memberId: MemberId, link: MemberLink): string {
  if (memberId === OWN) return link;
  const base = coachMemberPath(memberId);
  return `${base}${COACH_TAB[link] ?? link}`;
}

/** The member's detail a coach opens: `/coach/members/{id}`, its tabs below it. */
export function coachMemberPath(memberId: string): string {
  return `/coach/members/${encodeURIComponent(memberId)}`;
}
