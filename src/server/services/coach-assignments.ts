import type { MemberAssignment } from '../../contract/coaching.ts';
import { requireAccess } from '../access/access.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import {
  countMembers,
  findAccountRole,
  findMemberAssignment,
  giveMemberCoach,
  listCoachesWithMemberCounts,
  listMemberAssignments,
  type MemberAssignmentRow,
  removeMemberCoach,
} from '../db/repositories/coach-assignments.ts';
import { type Actor, notFound, Refusal } from './errors.ts';

/**
 * Who coaches whom, as the admin manages it. A member has at most one coach; the access rules read the
 * assignment on every request, so giving a member another coach moves the access to their data at once.
 */

export async function listCoaches(db: Executor, actor: Actor, page: { limit: number; offset: number }) {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const rows = await listCoachesWithMemberCounts(db, page.limit, page.offset);
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, memberCount: row.member_count }));
}

export async function listMembersWithCoaches(
  db: Executor,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ total: number; members: MemberAssignment[] }> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const [total, rows] = await Promise.all([
    countMembers(db),
    listMemberAssignments(db, page.limit, page.offset),
  ]);
  return { total, members: rows.map(toMemberAssignment) };
}

/** Gives the member this coach, replacing any other, and clears their request for one. Idempotent. */
export async function assignMemberToCoach(
  db: Executor,
  actor: Actor,
  memberId: string,
  coachId: string,
  now: Date,
): Promise<MemberAssignment> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  return inTransaction(db, async (trx) => {
    await requireMember(trx, memberId);
    if ((await findAccountRole(trx, coachId))?.role !== 'coach') {
      const message = 'no coach has this id';
      throw new Refusal('invalid', 'not-a-coach', 'Not a coach', `body.coachId: ${message}`, {
        errors: [{ location: 'body.coachId', message }],
      });
    }
    await giveMemberCoach(trx, { memberId, coachId, at: now });
    return toMemberAssignment(await requireMember(trx, memberId));
  });
}

/** The member has no coach from now on (their coach's access ends with it). Idempotent. */
export async function removeCoachFromMember(
  db: Executor,
  actor: Actor,
  memberId: string,
): Promise<MemberAssignment> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  return inTransaction(db, async (trx) => {
    await requireMember(trx, memberId);
    await removeMemberCoach(trx, memberId);
    return toMemberAssignment(await requireMember(trx, memberId));
  });
}

async function requireMember(db: Executor, memberId: string): Promise<MemberAssignmentRow> {
  const member = await findMemberAssignment(db, memberId);
  if (!member) throw notFound('There is no member with this id.');
  return member;
}

function toMemberAssignment(row: MemberAssignmentRow): MemberAssignment {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    coach: row.coach_id && row.coach_name ? { id: row.coach_id, name: row.coach_name } : null,
    coachRequestedAt: row.coach_requested_at ? new Date(row.coach_requested_at).toISOString() : null,
  };
}
