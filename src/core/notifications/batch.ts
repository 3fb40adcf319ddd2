/**
 * Deciding everything that is due at once, as when quiet hours end. No burst: of the candidates still
 * worth sending, only the latest of each kind goes and the others are superseded; then each is decided in
 * turn, counting those just sent, so a batch never passes the weekly cap either.
 */
import { decide } from './decide.ts';
import {
  type Candidate,
  causeOf,
  type MemberNow,
  type NotificationKind,
  type SentNotification,
} from './kinds.ts';
import type { Verdict } from './reasons.ts';

/** Each safety message and critical alert is its own matter: a later one never stands in for another. */
const NEVER_SUPERSEDED: readonly NotificationKind[] = ['safety', 'critical-alert'];

export interface BatchVerdict {
  candidate: Candidate;
  cause: string;
  verdict: Verdict;
}

export function decideBatch(
  pending: readonly Candidate[],
  history: readonly SentNotification[],
  member: MemberNow,
  now: Date,
): BatchVerdict[] {
  const ordered = [...pending].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const worthSending = ordered.filter((candidate) => decide(candidate, history, member, now).send);
  const latestOfKind = new Map<NotificationKind, Candidate>();
  for (const candidate of worthSending) latestOfKind.set(candidate.kind, candidate);
  const isSuperseded = (candidate: Candidate) =>
    worthSending.includes(candidate) &&
    !NEVER_SUPERSEDED.includes(candidate.kind) &&
    latestOfKind.get(candidate.kind) !== candidate;

  const sentSoFar = [...history];
  return ordered.map((candidate) => {
    const cause = causeOf(candidate);
    if (isSuperseded(candidate)) return { candidate, cause, verdict: { send: false, reason: 'superseded' } };
    const verdict = decide(candidate, sentSoFar, member, now);
    if (verdict.send) sentSoFar.push({ kind: candidate.kind, cause, sentAt: now, engagedAt: null });
    return { candidate, cause, verdict };
  });
}
