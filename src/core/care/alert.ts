/** An alert for a member's coach, as the rules derive it: what raised it, how urgent, why, and where to look. */

/** Most urgent first: the order the review queue shows them in. */
export const ALERT_SEVERITIES = ['critical', 'high', 'low', 'stalled'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_KINDS = [
  'red-flag',
  'pain-pause',
  'severe-pain',
  'pain-above-usual',
  'regression',
  'measure-worse',
  'start-back-high',
  'form-repeat',
  'missed-training',
  'stalled',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Where the evidence is: a coach screen of the member's, and what to call the link. */
export interface AlertEvidence {
  label: string;
  href: string;
}

export interface AlertCause {
  /**
   * The episode, stable across runs ("workout:<id>:critical", "stalled:since:2026-03-02"): one alert per
   * cause for good, so a job that runs twice raises nothing new and a recurrence has a key of its own.
   */
  cause: string;
  kind: AlertKind;
  severity: AlertSeverity;
  /** For the coach, in plain words, with the day it happened. */
  reason: string;
  evidence: AlertEvidence;
  /** The member's day it happened on. */
  on: string;
}

export function severityRank(severity: AlertSeverity): number {
  return ALERT_SEVERITIES.indexOf(severity);
}

/** The most urgent of one event's candidates (the first of equals): one event, one alert. */
export function mostSevere<T extends { severity: AlertSeverity }>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (!best || severityRank(candidate.severity) < severityRank(best.severity)) best = candidate;
  }
  return best;
}

/** The coach's web screens the evidence links point at. */
export const evidenceLinks = {
  workout: (memberId: string, workoutId: string): AlertEvidence => ({
    label: 'The workout',
    href: `/coach/members/${memberId}/workouts/${workoutId}`,
  }),
  progress: (memberId: string): AlertEvidence => ({
    label: 'Progress',
    href: `/coach/members/${memberId}/progress`,
  }),
  checkUps: (memberId: string): AlertEvidence => ({
    label: 'Check-ups',
    href: `/coach/members/${memberId}/check-ups`,
  }),
  decisions: (memberId: string): AlertEvidence => ({
    label: 'Decisions',
    href: `/coach/members/${memberId}/decisions`,
  }),
  workouts: (memberId: string): AlertEvidence => ({
    label: 'Workouts',
    href: `/coach/members/${memberId}/workouts`,
  }),
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Tue 3 Mar": short, because a coach scans a queue of these. */
export function shortDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[month - 1]}`;
}
