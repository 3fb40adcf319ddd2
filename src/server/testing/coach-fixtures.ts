import { COACH_SHARING_CONSENT } from '../../core/consent.ts';
import type { Executor } from '../db/executor.ts';
import { assignCoach, recordCoachSharing } from '../db/repositories/access.ts';

/**
 * Gives a member this coach, as an admin's assignment does, and (unless told otherwise) the member's
 * consent to share with them, as the member's Account page records it.
 */
export async function giveCoach(
  db: Executor,
  options: { memberId: string; coachId: string; at?: Date; sharing?: boolean },
): Promise<void> {
  const at = options.at ?? new Date();
  await assignCoach(db, { memberId: options.memberId, coachId: options.coachId, at });
  await recordCoachSharing(
    db,
    options.memberId,
    options.sharing === false ? null : COACH_SHARING_CONSENT.version,
    at,
  );
}
