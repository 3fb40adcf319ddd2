import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import type { AlertSeverity } from '../schema.ts';
import { checkedDecision } from './decisions.ts';

/**
 * The caseload's reads: each one query over all of a coach's sharing members at once (never one per
 * member), limited to the caseload's window of days, on the tables' (user, date) indexes.
 */

export interface CaseloadMemberRow {
  id: string;
  name: string;
  isSharing: boolean;
}

/** Every member assigned to the coach; sharing means consented to storing health data and to sharing it. */
export function listAssignedMembers(db: Executor, coachId: string): Promise<CaseloadMemberRow[]> {
  return db
    .selectFrom('coach_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.member_id')
    .select([
      'u.id',
      'u.name',
      sql<boolean>`u.health_consent_version is not null and u.coach_sharing_version is not null`.as(
        'isSharing',
      ),
    ])
    .where('a.coach_id', '=', coachId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

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

export function listSharingPlans(db: Executor, coachId: string) {
  return db
    .selectFrom('plans')
    .select(['user_id', 'plan'])
    .where('user_id', 'in', sharingMemberIds(db, coachId))
    .execute();
}

/** A workout counts once finished, or while open with a set logged (as the progress figures count it). */
const isCounted = sql<boolean>`(w.status = 'finished' or exists (select 1 from set_logs s where s.workout_id = w.id))`;

/** Each workout since `from`: its day, whether it counts, and the pain the member gave before it. */
export function listWorkoutsSince(db: Executor, coachId: string, from: string) {
  return db
    .selectFrom('workouts as w')
    .select(['w.user_id', 'w.date', 'w.pain_before', isCounted.as('is_counted')])
    .where('w.user_id', 'in', sharingMemberIds(db, coachId))
    .where('w.date', '>=', from)
    .execute();
}

/** The latest counted workout of each sharing member, however long ago. */
export function listLastWorkouts(db: Executor, coachId: string) {
  return db
    .selectFrom('workouts as w')
    .select(['w.user_id', sql<string>`max(w.date)`.as('last_on')])
    .where('w.user_id', 'in', sharingMemberIds(db, coachId))
    .where(isCounted)
    .groupBy('w.user_id')
    .execute();
}

/** The pain of every set since `from`, counted by member, day and score: the readings without the rows. */
export function countSetPainsSince(db: Executor, coachId: string, from: string) {
  return db
    .selectFrom('set_logs as s')
    .innerJoin('workouts as w', 'w.id', 's.workout_id')
    .select(['w.user_id', 'w.date', 's.pain', sql<number>`count(*)::int`.as('sets')])
    .where('w.user_id', 'in', sharingMemberIds(db, coachId))
    .where('w.date', '>=', from)
    .groupBy(['w.user_id', 'w.date', 's.pain'])
    .execute();
}

export function listCheckInsSince(db: Executor, coachId: string, from: string) {
  return db
    .selectFrom('check_ins')
    .select(['user_id', 'workout_on', 'pain'])
    .where('user_id', 'in', sharingMemberIds(db, coachId))
    .where('workout_on', '>=', from)
    .execute();
}

/** Every pause and resumption of the sharing members' plans, in order (few: a pause is rare). */
export async function listPauseDecisions(db: Executor, coachId: string) {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', 'in', sharingMemberIds(db, coachId))
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
