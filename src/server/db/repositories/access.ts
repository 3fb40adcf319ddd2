import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/** What the access rules need to know about a member: have they consented, and who is their coach. */
export interface MemberStanding {
  hasConsent: boolean;
  coachId: string | null;
}

/** One read for every rule about a member; undefined when there is no such account. */
export async function findMemberStanding(
  db: Executor,
  memberId: string,
): Promise<MemberStanding | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('coach_assignments as a', 'a.member_id', 'u.id')
    .select([sql<boolean>`u.health_consent_version is not null`.as('has_consent'), 'a.coach_id'])
    .where('u.id', '=', memberId)
    .executeTakeFirst();
  return row && { hasConsent: row.has_consent, coachId: row.coach_id };
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
