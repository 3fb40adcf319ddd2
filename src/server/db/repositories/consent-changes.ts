import type { Executor } from '../executor.ts';
import type { ConsentKind } from '../schema.ts';

export interface ConsentChange {
  consent: ConsentKind;
  change: 'given' | 'withdrawn';
  version: string | null;
  at: Date;
}

/** Keeps one change to a member's consent in its history. */
export async function recordConsentChange(
  db: Executor,
  memberId: string,
  change: ConsentChange,
): Promise<void> {
  await db
    .insertInto('consent_changes')
    .values({ member_id: memberId, ...change })
    .execute();
}

/** The member's consent history, oldest first. */
export async function listConsentChanges(db: Executor, memberId: string): Promise<ConsentChange[]> {
  return db
    .selectFrom('consent_changes')
    .select(['consent', 'change', 'version', 'at'])
    .where('member_id', '=', memberId)
    .orderBy('at', 'asc')
    .orderBy('consent', 'desc')
    .execute();
}

/** When the member last withdrew their health-data consent; undefined if they never have. */
export async function findLastHealthConsentWithdrawal(
  db: Executor,
  memberId: string,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom('consent_changes')
    .select('at')
    .where('member_id', '=', memberId)
    .where('consent', '=', 'health-data')
    .where('change', '=', 'withdrawn')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

/** Where the member's two consents stand now, the row locked until the transaction ends. */
export async function lockConsentState(
  db: Executor,
  memberId: string,
): Promise<{ healthConsentVersion: string | null; coachSharingVersion: string | null } | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['health_consent_version', 'coach_sharing_version'])
    .where('id', '=', memberId)
    .forUpdate()
    .executeTakeFirst();
  return (
    row && {
      healthConsentVersion: row.health_consent_version,
      coachSharingVersion: row.coach_sharing_version,
    }
  );
}
