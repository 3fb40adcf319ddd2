import { isCurrentCoachSharingVersion } from '../../core/consent.ts';
import { requireAccess } from '../access/access.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import { recordCoachSharing } from '../db/repositories/access.ts';
import { lockConsentState, recordConsentChange } from '../db/repositories/consent-changes.ts';
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
  await inTransaction(db, async (trx) => {
    const state = await lockConsentState(trx, memberId);
    // An account erased meanwhile (in another tab) has nothing to change.
    if (!state) return;
    await recordCoachSharing(trx, memberId, version, now);
    if (state.coachSharingVersion !== version) {
      await recordConsentChange(trx, memberId, {
        consent: 'coach-sharing',
        change: 'given',
        version,
        at: now,
      });
    }
  });
}

/** The member stops sharing: from the next request on, their coach sees and changes nothing of theirs. */
export async function stopSharingWithCoach(
  db: Executor,
  actor: Actor,
  memberId: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await inTransaction(db, async (trx) => {
    const state = await lockConsentState(trx, memberId);
    if (!state || state.coachSharingVersion === null) return;
    await endCoachSharing(trx, memberId, now);
  });
}

/** Inside the caller's transaction: sharing with the coach ends, and the consent history says when. */
export async function endCoachSharing(trx: Executor, memberId: string, now: Date): Promise<void> {
  await recordCoachSharing(trx, memberId, null, now);
  await recordConsentChange(trx, memberId, {
    consent: 'coach-sharing',
    change: 'withdrawn',
    version: null,
    at: now,
  });
}
