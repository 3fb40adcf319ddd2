import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * What the access rules need to know about a member: have they consented to storing health data, who is
 * their coach, and do they share their health data with that coach.
 */
export interface MemberStanding {
  hasConsent: boolean;
  coachId: string | null;
  sharesWithCoach: boolean;
}

/** One read for every rule about a member; undefined when there is no such account. */
export async function findMemberStanding(
  db: Executor,
  memberId: string,
): Promise<MemberStanding | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('coach_assignments as a', 'a.member_id', 'u.id')
    .select([
      sql<boolean>`u.health_consent_version is not null`.as('has_consent'),
      sql<boolean>`u.coach_sharing_version is not null`.as('shares_with_coach'),
      'a.coach_id',
    ])
    .where('u.id', '=', memberId)
    .executeTakeFirst();
  return (
    row && { hasConsent: row.has_consent, coachId: row.coach_id, sharesWithCoach: row.shares_with_coach }
  );
}

/** Gives a member this coach, replacing the one they had. */
export async function assignCoach(
  db: Executor,
  assignment: { memberId: string; coachId: string; at: Date },
): Promise<void> {
  await db
    .insertInto('coach_assignments')
    .values({ member_id: assignment.memberId, coach_id: assignment.coachId, assigned_at: assignment.at })
    .onConflict((conflict) =>
      conflict.column('member_id').doUpdateSet({ coach_id: assignment.coachId, assigned_at: assignment.at }),
    )
    .execute();
}

/** Records (a version) or revokes (null) the member's consent to share health data with their coach. */
export async function recordCoachSharing(
  db: Executor,
  memberId: string,
  version: string | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ coach_sharing_version: version, coach_sharing_at: version === null ? null : at, updated_at: at })
    .where('id', '=', memberId)
    .execute();
}

/** Whether the account holds the editor role now (granted by an admin, whatever its other role). */
export async function isEditor(db: Executor, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('editor_since')
    .where('id', '=', accountId)
    .executeTakeFirst();
  return row?.editor_since != null;
}
