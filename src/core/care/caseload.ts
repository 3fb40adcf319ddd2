/**
 * A coach's caseload: for each member who shares with their coach, the few figures that say whether
 * they need the coach now, and the order a coach reads them in. Pure: the service loads the facts.
 */
import { z } from 'zod';
import { addDays, daysBetween } from '../engine/dates.ts';
import type { Plan } from '../engine/schemas.ts';
import { isoDateSchema } from '../engine/schemas.ts';
import { mondaysBetween } from '../progress/calendar.ts';
import type { HistoryDecision, HistoryWorkout } from '../progress/history.ts';
import type { PausePeriod } from '../progress/pauses.ts';
import type { Adherence } from '../progress/types.ts';
import { adherence } from '../progress/weeks.ts';
import { type PainReading, usualPainBefore } from './usual-pain.ts';

export const ALERT_SEVERITIES = ['critical', 'high', 'low', 'stalled'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** Why a member is at the top of the caseload. */
export const ATTENTION_REASONS = ['urgent-alert', 'pain-above-usual', 'no-recent-workout'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

export const CASELOAD = {
  /** Adherence looks at this week and the three before it. */
  adherenceWeeks: 4,
  /** "This week" is the last seven days, today included. */
  weekDays: 7,
  /** Pain this many points above usual needs the coach. */
  painAboveUsual: 2,
  /** So many days without a workout needs the coach (as the stalled alert says). */
  daysWithoutWorkout: 14,
} as const;

/** How far back the facts need to go: the usual pain before this week looks 28 days further. */
export function caseloadWindowStart(today: string): string {
  return addDays(today, -(CASELOAD.weekDays - 1) - 28);
}

/**
 * The caseload reads only the pauses and resumptions made since the window's start. One whose first word
 * there is a resumption began before it, so it is taken as paused from then (the days before do not count).
 */
export function pauseDecisionsSince(from: string, decisions: readonly HistoryDecision[]): HistoryDecision[] {
  const first = decisions.find((decision) => decision.change.paused !== undefined);
  if (first?.change.paused?.to !== false) return [...decisions];
  const began: HistoryDecision = {
    ...first,
    on: addDays(from, -1),
    change: { paused: { from: false, to: true } },
  };
  return [began, ...decisions];
}

/** What the service loads for one sharing member, from the caseload's window (see caseloadWindowStart). */
export interface TrainingFacts {
  plan: Plan | null;
  /** The days of the workouts that count (finished, or with sets logged) since the window's start. */
  recentWorkoutDates: readonly string[];
  /** The latest workout that counts, however long ago. */
  lastWorkoutOn: string | null;
  painReadings: readonly PainReading[];
  pauses: readonly PausePeriod[];
}

/** With what is read fresh on every load: open alerts and unread messages. */
export interface MemberFacts extends TrainingFacts {
  openAlerts: readonly AlertSeverity[];
  unreadMessages: number;
}

/** The training figures, which only change with the day or the plan (so they may be kept: member_summaries). */
export const trainingSummarySchema = z.object({
  phase: z.int().min(1).max(5).nullable(),
  adherence: z.object({
    done: z.int().min(0),
    planned: z.int().min(0),
    share: z.number().min(0).max(1).nullable(),
  }),
  lastWorkoutOn: isoDateSchema.nullable(),
  daysWithoutWorkout: z.int().min(0).nullable(),
  painThisWeek: z.number().min(0).max(10).nullable(),
  worstPainThisWeek: z.number().min(0).max(10).nullable(),
  usualPain: z.number().min(0).max(10).nullable(),
});
export type TrainingSummary = z.infer<typeof trainingSummarySchema>;

export interface MemberSummary {
  phase: number | null;
  adherence: Pick<Adherence, 'done' | 'planned' | 'share'>;
  lastWorkoutOn: string | null;
  /** Days since the last workout, or since the plan started when there has been none; null without a plan. */
  daysWithoutWorkout: number | null;
  /** The median of this week's readings, to the half point: measured as usual pain is, so the two compare. */
  painThisWeek: number | null;
  /** This week's highest reading, the one a coach asks about. */
  worstPainThisWeek: number | null;
  usualPain: number | null;
  openAlerts: { count: number; mostSevere: AlertSeverity | null };
  unreadMessages: number;
  attention: AttentionReason[];
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 4, high: 3, low: 2, stalled: 1 };

export function mostSevere(severities: readonly AlertSeverity[]): AlertSeverity | null {
  let worst: AlertSeverity | null = null;
  for (const severity of severities) {
    if (worst === null || SEVERITY_RANK[severity] > SEVERITY_RANK[worst]) worst = severity;
  }
  return worst;
}

function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(median * 2) / 2;
}

export function summariseTraining(facts: TrainingFacts, today: string): TrainingSummary {
  const { plan } = facts;
  const mondays = mondaysBetween(addDays(today, -7 * (CASELOAD.adherenceWeeks - 1)), today);
  // Adherence counts workouts by their day alone, so the days are all the caseload loads.
  const workouts = facts.recentWorkoutDates.map(
    (date): HistoryWorkout => ({ id: date, date, status: 'finished', sets: [] }),
  );
  const { done, planned, share } = adherence(mondays, workouts, plan, facts.pauses, today);
  const weekStart = addDays(today, -(CASELOAD.weekDays - 1));
  const thisWeek = facts.painReadings.filter((reading) => reading.on >= weekStart && reading.on <= today);
  const since = facts.lastWorkoutOn ?? plan?.startedOn ?? null;
  return {
    phase: plan?.phase ?? null,
    adherence: { done, planned, share },
    lastWorkoutOn: facts.lastWorkoutOn,
    daysWithoutWorkout: plan === null || since === null ? null : Math.max(0, daysBetween(since, today)),
    painThisWeek: medianOf(thisWeek.map((reading) => reading.pain)),
    worstPainThisWeek: thisWeek.length === 0 ? null : Math.max(...thisWeek.map((reading) => reading.pain)),
    usualPain: usualPainBefore(facts.painReadings, weekStart),
  };
}

/** The training figures with the open alerts and unread messages, and whether the member needs attention. */
export function completeSummary(
  training: TrainingSummary,
  openAlerts: readonly AlertSeverity[],
  unreadMessages: number,
): MemberSummary {
  const worst = mostSevere(openAlerts);
  const { painThisWeek, usualPain, daysWithoutWorkout } = training;
  const attention: AttentionReason[] = [];
  if (worst === 'critical' || worst === 'high') attention.push('urgent-alert');
  if (painThisWeek !== null && usualPain !== null && painThisWeek - usualPain >= CASELOAD.painAboveUsual) {
    attention.push('pain-above-usual');
  }
  if (daysWithoutWorkout !== null && daysWithoutWorkout >= CASELOAD.daysWithoutWorkout) {
    attention.push('no-recent-workout');
  }
  return {
    ...training,
    openAlerts: { count: openAlerts.length, mostSevere: worst },
    unreadMessages,
    attention,
  };
}

export function summariseMember(facts: MemberFacts, today: string): MemberSummary {
  return completeSummary(summariseTraining(facts, today), facts.openAlerts, facts.unreadMessages);
}

/** A caseload row: a member who does not share is listed by name only (summary null). */
export interface CaseloadRow {
  memberId: string;
  name: string;
  summary: MemberSummary | null;
}

/**
 * Needs attention first, then the most severe open alert, then the longest without a workout; members
 * not sharing (nothing known of them) come last; ties by name, so the order never shuffles between loads.
 */
export function compareCaseloadRows(a: CaseloadRow, b: CaseloadRow): number {
  const rank = (row: CaseloadRow): number[] => {
    const summary = row.summary;
    if (summary === null) return [0, 0, 0, -2];
    const severity = summary.openAlerts.mostSevere;
    return [
      summary.attention.length > 0 ? 1 : 0,
      1,
      severity === null ? 0 : SEVERITY_RANK[severity],
      summary.daysWithoutWorkout ?? -1,
    ];
  };
  const [rankA, rankB] = [rank(a), rank(b)];
  for (let index = 0; index < rankA.length; index++) {
    const difference = (rankB[index] as number) - (rankA[index] as number);
    if (difference !== 0) return difference;
  }
  return a.name.localeCompare(b.name) || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0);
}

export const CASELOAD_FILTERS = ['all', 'needs-attention', 'not-sharing'] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

export function matchesFilter(row: CaseloadRow, filter: CaseloadFilter, phase: number | null): boolean {
  if (filter === 'needs-attention' && !(row.summary && row.summary.attention.length > 0)) return false;
  if (filter === 'not-sharing' && row.summary !== null) return false;
  if (phase !== null && row.summary?.phase !== phase) return false;
  return true;
}
