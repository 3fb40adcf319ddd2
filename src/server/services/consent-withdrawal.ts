import { requireAccess } from '../access/access.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import {
  findLastHealthConsentWithdrawal,
  lockConsentState,
  recordConsentChange,
} from '../db/repositories/consent-changes.ts';
import { recordHealthConsent } from '../db/repositories/users.ts';
import { endCoachSharing } from './coach-sharing.ts';
import type { Actor } from './errors.ts';

/**
 * The member withdraws their consent to storing health data. From the next request on nothing new of it
 * is stored (every health-data write needs the consent) and their coach sees nothing of it; sharing with
 * the coach needs this consent first, so it stops too and is asked for again. What is already stored stays
 * as it was, for the member to download or carry on with if they consent again, until they erase the
 * account. Withdrawing when it is already withdrawn changes nothing and records nothing.
 */
export async function withdrawHealthConsent(
  db: Executor,
  actor: Actor,
  memberId: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await inTransaction(db, async (trx) => {
    const state = await lockConsentState(trx, memberId);
    if (!state || state.healthConsentVersion === null) return;
    if (state.coachSharingVersion !== null) await endCoachSharing(trx, memberId, now);
    await recordHealthConsent(trx, memberId, null, now);
    await recordConsentChange(trx, memberId, {
      consent: 'health-data',
      change: 'withdrawn',
      version: null,
      at: now,
    });
  });
}

/** When the member last withdrew their health-data consent (their Account and Today say so). */
export async function lastHealthConsentWithdrawal(
  db: Executor,
  actor: Actor,
  memberId: string,
): Promise<Date | undefined> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  return findLastHealthConsentWithdrawal(db, memberId);
}
