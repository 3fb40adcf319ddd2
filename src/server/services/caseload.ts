import type { Kysely } from 'kysely';
import {
  type AlertSeverity,
  type CaseloadFilter,
  type CaseloadRow,
  caseloadWindowStart,
  compareCaseloadRows,
  completeSummary,
  matchesFilter,
  pauseDecisionsSince,
  summariseTraining,
  type TrainingFacts,
  type TrainingSummary,
  trainingSummarySchema,
} from '../../core/care/caseload.ts';
import type { PainReading } from '../../core/care/usual-pain.ts';
import { addDays } from '../../core/engine/dates.ts';
import { planSchema } from '../../core/engine/index.ts';
import type { HistoryDecision } from '../../core/progress/history.ts';
import { pausePeriods } from '../../core/progress/pauses.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import {
  countUnreadFromMembers,
  keepSummaries,
  listCheckInsSince,
  listOpenAlertSeverities,
  listPauseDecisionsSince,
  listPlans,
  listSummaryFreshness,
  listWorkoutsSince,
} from '../db/repositories/caseload.ts';
import { listAssignedMembers } from '../db/repositories/coach-assignments.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from './errors.ts';
import { rowToDecision } from './plan.ts';

export interface CaseloadOptions {
  filter: CaseloadFilter;
  phase: number | null;
  search: string | null;
}

export interface CaseloadAnswer {
  today: string;
  members: CaseloadRow[];
  counts: { all: number; needsAttention: number; notSharing: number };
}

/**
 * The coach's caseload: every member assigned to them, the sharing ones with their figures, sorted as
 * src/core/care/caseload.ts says, then filtered and searched (the counts are of all of it). Each member's
 * training figures are kept (member_summaries) for the day and plan revision they were made from, so a
 * load reads months of sets only for members whose plan moved since; open alerts and unread messages are
 * read fresh every time. bench/caseload.ts measures it with 200 members of six months each.
 */
export async function coachCaseload(
  db: Kysely<Database>,
  actor: Actor,
  now: Date,
  options: CaseloadOptions,
): Promise<CaseloadAnswer> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const today = now.toISOString().slice(0, 10);
  const { rows, made } = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => summariseCaseload(trx, actor.id, today));
  // Kept after the snapshot, not in it: two loads at once each write what they made, and neither fails.
  await keepSummaries(db, made, now);
  rows.sort(compareCaseloadRows);
  const needle = options.search?.toLocaleLowerCase() ?? '';
  return {
    today,
    members: rows.filter(
      (row) =>
        matchesFilter(row, options.filter, options.phase) &&
        (needle === '' || row.name.toLocaleLowerCase().includes(needle)),
    ),
    counts: {
      all: rows.length,
      needsAttention: rows.filter((row) => matchesFilter(row, 'needs-attention', null)).length,
      notSharing: rows.filter((row) => row.summary === null).length,
    },
  };
}

/** The training facts as they are gathered, query by query. */
interface GatheredFacts extends TrainingFacts {
  plan: TrainingFacts['plan'];
  recentWorkoutDates: string[];
  lastWorkoutOn: string | null;
  painReadings: PainReading[];
  pauses: TrainingFacts['pauses'];
  pauseDecisions: HistoryDecision[];
}

/** Adds each row to its member's facts; a row for a member not asked about is skipped, never trusted. */
function addEach<Row>(
  facts: Map<string, GatheredFacts>,
  rows: readonly Row[],
  memberOf: (row: Row) => string,
  add: (member: GatheredFacts, row: Row) => void,
): void {
  for (const row of rows) {
    const member = facts.get(memberOf(row));
    if (member) add(member, row);
  }
}

/** The training figures of these members, from the last five weeks of their data. */
async function summariseTrainingOf(
  db: Executor,
  memberIds: string[],
  today: string,
): Promise<Map<string, TrainingSummary>> {
  const from = caseloadWindowStart(today);
  const facts = new Map<string, GatheredFacts>();
  for (const memberId of memberIds) {
    facts.set(memberId, {
      plan: null,
      recentWorkoutDates: [],
      lastWorkoutOn: null,
      painReadings: [],
      pauses: [],
      pauseDecisions: [],
    });
  }
  addEach(
    facts,
    await listPlans(db, memberIds),
    (row) => row.user_id,
    (member, row) => {
      member.plan = planSchema.parse(row.plan);
      // The plan knows its last finished workout; a workout left open with sets counts too, as in progress.
      member.lastWorkoutOn = member.plan.lastWorkoutOn;
    },
  );
  addEach(
    facts,
    await listWorkoutsSince(db, memberIds, from),
    (row) => row.user_id,
    (member, row) => {
      const setPains = row.set_pains ?? [];
      if (row.status === 'finished' || setPains.length > 0) {
        member.recentWorkoutDates.push(row.date);
        if (member.lastWorkoutOn === null || row.date > member.lastWorkoutOn) member.lastWorkoutOn = row.date;
      }
      member.painReadings.push({ on: row.date, pain: row.pain_before });
      for (const pain of setPains) member.painReadings.push({ on: row.date, pain });
    },
  );
  // A check-in is given the morning after its workout.
  addEach(
    facts,
    await listCheckInsSince(db, memberIds, from),
    (row) => row.user_id,
    (member, row) => {
      member.painReadings.push({ on: addDays(row.workout_on, 1), pain: row.pain });
    },
  );
  const pauses = await listPauseDecisionsSince(db, memberIds, new Date(`${from}T00:00:00Z`));
  addEach(
    facts,
    pauses,
    (row) => row.user_id,
    (member, row) => {
      member.pauseDecisions.push({
        ...rowToDecision(row),
        on: new Date(row.made_at).toISOString().slice(0, 10),
      });
    },
  );
  const summaries = new Map<string, TrainingSummary>();
  for (const [memberId, member] of facts) {
    member.pauses = pausePeriods(pauseDecisionsSince(from, member.pauseDecisions), member.plan);
    summaries.set(memberId, summariseTraining(member, today));
  }
  return summaries;
}

/**
 * The kept training figures of the coach's sharing members, made again for those whose row is missing,
 * from another day or from an older plan revision (and kept for the next load).
 */
interface MadeSummary {
  memberId: string;
  computedFor: string;
  planRevision: number | null;
  summary: TrainingSummary;
}

async function currentTrainingSummaries(
  db: Executor,
  coachId: string,
  today: string,
): Promise<{ summaries: Map<string, TrainingSummary>; made: MadeSummary[] }> {
  const summaries = new Map<string, TrainingSummary>();
  const stale: { memberId: string; planRevision: number | null }[] = [];
  for (const row of await listSummaryFreshness(db, coachId)) {
    const planRevision = row.revision ?? null;
    const kept = row.summary === null ? null : trainingSummarySchema.safeParse(row.summary);
    const isFresh = row.computed_for === today && row.plan_revision === planRevision && kept?.success;
    if (isFresh && kept?.success) summaries.set(row.id, kept.data);
    else stale.push({ memberId: row.id, planRevision });
  }
  if (stale.length === 0) return { summaries, made: [] };
  const fresh = await summariseTrainingOf(
    db,
    stale.map((row) => row.memberId),
    today,
  );
  const made: MadeSummary[] = [];
  for (const row of stale) {
    const summary = fresh.get(row.memberId);
    if (!summary) continue;
    summaries.set(row.memberId, summary);
    made.push({ ...row, computedFor: today, summary });
  }
  return { summaries, made };
}

async function summariseCaseload(
  db: Executor,
  coachId: string,
  today: string,
): Promise<{ rows: CaseloadRow[]; made: MadeSummary[] }> {
  const members = await listAssignedMembers(db, coachId);
  const { summaries: training, made } = await currentTrainingSummaries(db, coachId, today);
  const openAlerts = new Map<string, AlertSeverity[]>();
  for (const row of await listOpenAlertSeverities(db, coachId)) {
    openAlerts.set(row.member_id, [...(openAlerts.get(row.member_id) ?? []), row.severity]);
  }
  const unread = new Map<string, number>();
  for (const row of await countUnreadFromMembers(db, coachId)) unread.set(row.member_id, row.unread);
  const rows = members.map((member) => {
    const figures = member.isSharing ? training.get(member.id) : undefined;
    return {
      memberId: member.id,
      name: member.name,
      summary: figures
        ? completeSummary(figures, openAlerts.get(member.id) ?? [], unread.get(member.id) ?? 0)
        : null,
    };
  });
  return { rows, made };
}
