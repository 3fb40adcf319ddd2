import { randomBytes, randomUUID } from 'node:crypto';
import { isCurrentConsentVersion } from '../../core/consent.ts';
import { requireAccess } from '../access/access.ts';
import { type Auth, INVITE_LINK_LIFETIME_SECONDS } from '../auth/auth.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import { lockConsentState, recordConsentChange } from '../db/repositories/consent-changes.ts';
import {
  findUserByEmail,
  insertInvitedUser,
  listUsers,
  markSeen,
  recordHealthConsent,
} from '../db/repositories/users.ts';
import type { User } from '../db/schema.ts';
import { coachInvitationMessage } from '../mail/messages.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { type Actor, outdatedConsent, Refusal } from './errors.ts';

/** Opening the app this often or more costs one write: "last seen" is at most this stale. */
export const LAST_SEEN_STALENESS_MS = 5 * 60 * 1000;

/**
 * The account has opened the app (its first read, GET /api/me): kept so a member away for a day can be
 * told of a message from their coach by email.
 */
export async function noteAccountSeen(
  db: Executor,
  actor: Actor,
  memberId: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await markSeen(db, memberId, now, LAST_SEEN_STALENESS_MS);
}

export async function giveHealthConsent(
  db: Executor,
  actor: Actor,
  memberId: string,
  version: string,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  if (!isCurrentConsentVersion(version)) {
    throw outdatedConsent('The consent text has changed since this page was loaded. Please read it again.');
  }
  await inTransaction(db, async (trx) => {
    const state = await lockConsentState(trx, memberId);
    // An account erased meanwhile (in another tab) has nothing to change.
    if (!state) return;
    await recordHealthConsent(trx, memberId, version, now);
    // Agreeing again to the text already agreed to is no change to the consent's history.
    if (state.healthConsentVersion !== version) {
      await recordConsentChange(trx, memberId, { consent: 'health-data', change: 'given', version, at: now });
    }
  });
}

export interface InviteCoachInput {
  email: string;
  name: string;
}

/**
 * An admin invites a coach: the account is created with the coach role and no password, and the coach
 * gets a single-use link (valid seven days) to choose one. The link is the same kind the password reset
 * uses, so there is one code path for setting a password from an email.
 */
export async function inviteCoach(
  deps: { db: Executor; auth: Auth; mail: OutgoingMail; publicUrl: string },
  actor: Actor & { name: string },
  input: InviteCoachInput,
  now: Date,
): Promise<User> {
  await requireAccess(deps.db, { actor, permission: 'account.manage' });
  if (await findUserByEmail(deps.db, input.email)) {
    throw new Refusal(
      'conflict',
      'email-taken',
      'Email already has an account',
      'This email already has an account.',
    );
  }
  // The link is stored by the auth library on its own connection, so before the transaction that makes
  // the account and its invitation email together: either both are kept or neither.
  const userId = randomUUID();
  const token = randomBytes(24).toString('base64url');
  const authContext = await deps.auth.$context;
  await authContext.internalAdapter.createVerificationValue({
    value: userId,
    identifier: `reset-password:${token}`,
    expiresAt: new Date(now.getTime() + INVITE_LINK_LIFETIME_SECONDS * 1000),
  });
  const link = `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}&invited=1`;
  const user = await inTransaction(deps.db, async (trx) => {
    const invited = await insertInvitedUser(trx, {
      id: userId,
      email: input.email,
      name: input.name,
      role: 'coach',
      invitedBy: actor.id,
      now,
    });
    await deps.mail.send(coachInvitationMessage(invited, actor.name, link), { db: trx });
    return invited;
  });
  return user;
}

export async function listAccounts(db: Executor, actor: Actor, page: { limit: number; offset: number }) {
  await requireAccess(db, { actor, permission: 'account.manage' });
  return listUsers(db, page.limit, page.offset);
}
