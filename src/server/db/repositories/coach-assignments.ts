import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import type { Role } from '../schema.ts';

/** Who coaches whom, as the admin sees it and the member's coach card shows it. */

export function findAccountRole(db: Executor, accountId: string): Promise<{ role: Role } | undefined> {
  return db.selectFrom('users').select('role').where('id', '=', accountId).executeTakeFirst();
}

/** Coaches by name, each with how many members they look after now. */
export function listCoachesWithMemberCounts(db: Executor, limit: number, offset: number) {
  return db
    .selectFrom('users as c')
    .leftJoin('coach_assignments as a', 'a.coach_id', 'c.id')
    .select([
      'c.id',
      'c.name',
      'c.email',
      sql<number>`cast(count(a.member_id) as integer)`.as('member_count'),
    ])
    .where('c.role', '=', 'coach')
    .groupBy(['c.id', 'c.name', 'c.email'])
    .orderBy('c.name')
    .orderBy('c.id')
    .limit(limit)
    .offset(offset)
    .execute();
}

const memberAssignmentColumns = [
  'm.id',
  'm.name',
  'm.email',
  'm.coach_requested_at',
  'c.id as coach_id',
  'c.name as coach_name',
] as const;

function membersWithCoaches(db: Executor) {
  return db
    .selectFrom('users as m')
    .leftJoin('coach_assignments as a', 'a.member_id', 'm.id')
    .leftJoin('users as c', 'c.id', 'a.coach_id')
    .where('m.role', '=', 'member');
}

/** Members with their coach: those who asked for one first (oldest request first), then by joining. */
export function listMemberAssignments(db: Executor, limit: number, offset: number) {
  return membersWithCoaches(db)
    .select(memberAssignmentColumns)
    .orderBy(sql`m.coach_requested_at asc nulls last`)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countMembers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`cast(count(*) as integer)`.as('count'))
    .where('role', '=', 'member')
    .executeTakeFirstOrThrow();
  return row.count;
}

export function findMemberAssignment(db: Executor, memberId: string) {
  return membersWithCoaches(db)
    .select(memberAssignmentColumns)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export type MemberAssignmentRow = NonNullable<Awaited<ReturnType<typeof findMemberAssignment>>>;

/**
 * Gives a member this coach (replacing any other) and clears their request for one. The same coach again
 * changes nothing, so the assignment keeps the time it began.
 */
export async function giveMemberCoach(
  db: Executor,
  assignment: { memberId: string; coachId: string; at: Date },
): Promise<void> {
  await db
    .insertInto('coach_assignments')
    .values({ member_id: assignment.memberId, coach_id: assignment.coachId, assigned_at: assignment.at })
    .onConflict((conflict) =>
      conflict
        .column('member_id')
        .doUpdateSet({ coach_id: assignment.coachId, assigned_at: assignment.at })
        .where('coach_assignments.coach_id', '!=', assignment.coachId),
    )
    .execute();
  await db
    .updateTable('users')
    .set({ coach_requested_at: null, updated_at: assignment.at })
    .where('id', '=', assignment.memberId)
    .where('coach_requested_at', 'is not', null)
    .execute();
}

export async function removeMemberCoach(db: Executor, memberId: string): Promise<void> {
  await db.deleteFrom('coach_assignments').where('member_id', '=', memberId).execute();
}

/** The member asks for a coach; asking again keeps the first request's time (its place in the queue). */
export async function recordCoachRequest(db: Executor, memberId: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ coach_requested_at: at, updated_at: at })
    .where('id', '=', memberId)
    .where('coach_requested_at', 'is', null)
    .execute();
}

/** What the member's coach card shows: their coach (if any), their sharing consent and their request. */
export function findMyCoach(db: Executor, memberId: string) {
  return db
    .selectFrom('users as m')
    .leftJoin('coach_assignments as a', 'a.member_id', 'm.id')
    .leftJoin('users as c', 'c.id', 'a.coach_id')
    .select([
      'm.coach_sharing_version',
      'm.coach_sharing_at',
      'm.coach_requested_at',
      'c.name as coach_name',
      'c.coach_intro',
    ])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export function findCoachProfile(db: Executor, coachId: string) {
  return db.selectFrom('users').select(['name', 'coach_intro']).where('id', '=', coachId).executeTakeFirst();
}

export async function recordCoachIntro(db: Executor, coachId: string, intro: string | null, at: Date) {
  await db
    .updateTable('users')
    .set({ coach_intro: intro, updated_at: at })
    .where('id', '=', coachId)
    .execute();
}

/** The member's coach (their name, not their account) and since when, for the member's export. */
export function findCoachOf(db: Executor, memberId: string) {
  return db
    .selectFrom('coach_assignments as a')
    .innerJoin('users as c', 'c.id', 'a.coach_id')
    .select(['c.name', 'a.assigned_at'])
    .where('a.member_id', '=', memberId)
    .executeTakeFirst();
}

export interface AssignedMemberRow {
  id: string;
  name: string;
  isSharing: boolean;
}

/** Every member assigned to the coach; sharing means consented to storing health data and to sharing it. */
export function listAssignedMembers(db: Executor, coachId: string): Promise<AssignedMemberRow[]> {
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
