import { isCurrentCoachSharingVersion } from '../../core/consent.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { recordCoachSharing } from '../db/repositories/access.ts';
import { type Actor, outdatedConsent } from './errors.ts';

/** The member agrees to share their health data with their coach (whoever is assigned, now or later). */
export async function shareWithCoach(
  db: Executor,
  actor: Actor,
  memberId: string,
  version: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  if (!isCurrentCoachSharingVersion(version)) {
    throw outdatedConsent(
      'The text about sharing with your coach has changed since this page was loaded. Please read it again.',
    );
  }
  await recordCoachSharing(db, memberId, version, now);
}

/** The member stops sharing: from the next request on, their coach sees and changes nothing of theirs. */
export async function stopSharingWithCoach(
  db: Executor,
  actor: Actor,
  memberId: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await recordCoachSharing(db, memberId, null, now);
}
