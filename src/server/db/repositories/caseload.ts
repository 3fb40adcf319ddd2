import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import type { AlertSeverity } from '../schema.ts';
import { checkedDecision } from './decisions.ts';

/**
 * The caseload's reads: each one query over many members at once (never one per member), limited to the
 * caseload's window of days, on the tables' (user, date) indexes; and the kept summaries.
 */

/** The ids of the coach's members who share with them: the only ones whose data the caseload reads. */
function sharingMemberIds(db: Executor, coachId: string) {
  return db
    .selectFrom('coach_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.member_id')
    .select('u.id')
    .where('a.coach_id', '=', coachId)
    .where('u.health_consent_version', 'is not', null)
    .where('u.coach_sharing_version', 'is not', null);
}

/**
 * Each sharing member's plan revision beside their kept summary, if any: a summary is good only for the
 * day it was made for and the revision it saw.
 */
export function listSummaryFreshness(db: Executor, coachId: string) {
  return db
    .selectFrom(sharingMemberIds(db, coachId).as('m'))
    .leftJoin('plans as p', 'p.user_id', 'm.id')
    .leftJoin('member_summaries as s', 's.member_id', 'm.id')
    .select(['m.id', 'p.revision', 's.computed_for', 's.plan_revision', 's.summary'])
    .execute();
}

export async function keepSummaries(
  db: Executor,
  rows: { memberId: string; computedFor: string; planRevision: number | null; summary: unknown }[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('member_summaries')
    .values(
      rows.map((row) => ({
        member_id: row.memberId,
        computed_for: row.computedFor,
        plan_revision: row.planRevision,
        summary: JSON.stringify(row.summary),
        computed_at: now,
      })),
    )
    .onConflict((conflict) =>
      conflict.column('member_id').doUpdateSet((eb) => ({
        computed_for: eb.ref('excluded.computed_for'),
        plan_revision: eb.ref('excluded.plan_revision'),
        summary: eb.ref('excluded.summary'),
        computed_at: eb.ref('excluded.computed_at'),
      })),
    )
    .execute();
}

export function listPlans(db: Executor, memberIds: readonly string[]) {
  return db.selectFrom('plans').select(['user_id', 'plan']).where('user_id', 'in', memberIds).execute();
}

/**
 * Each workout since `from`: its day, status, the pain the member gave before it and the pain of each of
 * its sets (null when none was logged). The sets are read per workout on their (workout) index, which is
 * several times quicker than joining and grouping all of them.
 */
export function listWorkoutsSince(db: Executor, memberIds: readonly string[], from: string) {
  return db
    .selectFrom('workouts as w')
    .select([
      'w.user_id',
      'w.date',
      'w.status',
      'w.pain_before',
      sql<number[] | null>`(select array_agg(s.pain) from set_logs s where s.workout_id = w.id)`.as(
        'set_pains',
      ),
    ])
    .where('w.user_id', 'in', memberIds)
    .where('w.date', '>=', from)
    .execute();
}

export function listCheckInsSince(db: Executor, memberIds: readonly string[], from: string) {
  return db
    .selectFrom('check_ins')
    .select(['user_id', 'workout_on', 'pain'])
    .where('user_id', 'in', memberIds)
    .where('workout_on', '>=', from)
    .execute();
}

/** The pauses and resumptions of the sharing members' plans since `from`, in order. */
export async function listPauseDecisionsSince(db: Executor, memberIds: readonly string[], from: Date) {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', 'in', memberIds)
    .where('made_at', '>=', from)
    .where(sql<boolean>`change -> 'paused' is not null`)
    .orderBy('user_id')
    .orderBy('made_at')
    .orderBy('position')
    .execute();
  return rows.map(checkedDecision);
}

export function listOpenAlertSeverities(
  db: Executor,
  coachId: string,
): Promise<{ member_id: string; severity: AlertSeverity }[]> {
  return db
    .selectFrom('coach_alerts')
    .select(['member_id', 'severity'])
    .where('member_id', 'in', sharingMemberIds(db, coachId))
    .where('resolved_at', 'is', null)
    .execute();
}

/** Messages from each member to this coach that the coach has not read. */
export function countUnreadFromMembers(db: Executor, coachId: string) {
  return db
    .selectFrom('messages')
    .select(['member_id', sql<number>`count(*)::int`.as('unread')])
    .where('member_id', 'in', sharingMemberIds(db, coachId))
    .where('coach_id', '=', coachId)
    .where('sender', '=', 'member')
    .where('read_at', 'is', null)
    .groupBy('member_id')
    .execute();
}
