import type { Kysely } from 'kysely';
import {
  type AlertSeverity,
  type CaseloadFilter,
  type CaseloadRow,
  caseloadWindowStart,
  compareCaseloadRows,
  type MemberFacts,
  matchesFilter,
  pauseDecisionsSince,
  summariseMember,
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
  listAssignedMembers,
  listCheckInsSince,
  listOpenAlertSeverities,
  listPauseDecisionsSince,
  listSharingPlans,
  listWorkoutsSince,
} from '../db/repositories/caseload.ts';
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
 * src/core/care/caseload.ts says, then filtered and searched. The whole caseload is summarised every time
 * (the counts are of all of it), in a handful of queries over the last five weeks of data, whatever the
 * number of members; bench/caseload.ts measures it with 200 members of six months each.
 */
export async function coachCaseload(
  db: Kysely<Database>,
  actor: Actor,
  today: string,
  options: CaseloadOptions,
): Promise<CaseloadAnswer> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const rows = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => summariseCaseload(trx, actor.id, today));
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

/** The facts as they are gathered, query by query. */
interface GatheredFacts extends MemberFacts {
  plan: MemberFacts['plan'];
  recentWorkoutDates: string[];
  lastWorkoutOn: string | null;
  painReadings: PainReading[];
  pauses: MemberFacts['pauses'];
  openAlerts: AlertSeverity[];
  unreadMessages: number;
  pauseDecisions: HistoryDecision[];
}

async function summariseCaseload(db: Executor, coachId: string, today: string): Promise<CaseloadRow[]> {
  const from = caseloadWindowStart(today);
  const members = await listAssignedMembers(db, coachId);
  const facts = new Map<string, GatheredFacts>();
  for (const member of members) {
    if (!member.isSharing) continue;
    facts.set(member.id, {
      plan: null,
      recentWorkoutDates: [],
      lastWorkoutOn: null,
      painReadings: [],
      pauses: [],
      openAlerts: [],
      unreadMessages: 0,
      pauseDecisions: [],
    });
  }
  // Every query reads only sharing members, so each row finds its member here; one that does not (a
  // member who started sharing between two reads of this snapshot cannot) is skipped rather than trusted.
  const each = <Row>(
    rows: readonly Row[],
    memberOf: (row: Row) => string,
    add: (member: GatheredFacts, row: Row) => void,
  ) => {
    for (const row of rows) {
      const member = facts.get(memberOf(row));
      if (member) add(member, row);
    }
  };
  each(
    await listSharingPlans(db, coachId),
    (row) => row.user_id,
    (member, row) => {
      member.plan = planSchema.parse(row.plan);
    },
  );
  // The plan knows its last finished workout; a workout left open with sets counts too, as in progress.
  for (const member of facts.values()) member.lastWorkoutOn = member.plan?.lastWorkoutOn ?? null;
  each(
    await listWorkoutsSince(db, coachId, from),
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
  each(
    await listCheckInsSince(db, coachId, from),
    (row) => row.user_id,
    (member, row) => {
      member.painReadings.push({ on: addDays(row.workout_on, 1), pain: row.pain });
    },
  );
  each(
    await listPauseDecisionsSince(db, coachId, new Date(`${from}T00:00:00Z`)),
    (row) => row.user_id,
    (member, row) => {
      member.pauseDecisions.push({
        ...rowToDecision(row),
        on: new Date(row.made_at).toISOString().slice(0, 10),
      });
    },
  );
  each(
    await listOpenAlertSeverities(db, coachId),
    (row) => row.member_id,
    (member, row) => {
      member.openAlerts.push(row.severity);
    },
  );
  each(
    await countUnreadFromMembers(db, coachId),
    (row) => row.member_id,
    (member, row) => {
      member.unreadMessages = row.unread;
    },
  );

  return members.map((member) => {
    const gathered = facts.get(member.id);
    if (gathered)
      gathered.pauses = pausePeriods(pauseDecisionsSince(from, gathered.pauseDecisions), gathered.plan);
    return {
      memberId: member.id,
      name: member.name,
      summary: gathered ? summariseMember(gathered, today) : null,
    };
  });
}
