import type { Kysely } from 'kysely';
import { requireAccess } from '../access/access.ts';
import type { Auth } from '../auth/auth.ts';
import type { Billing } from '../billing/billing.ts';
import { deleteAccount } from '../db/repositories/member-data.ts';
import { findCurrentSubscription } from '../db/repositories/membership.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';

/**
 * Erasing an account: the member confirms with their current password (a stolen, still-open login session
 * is not enough to destroy six months of history), then the account and every row of their data go, in
 * one transaction.
 */
async function isCurrentPassword(
  deps: { db: Kysely<Database>; auth: Auth },
  userId: string,
  password: string,
) {
  const authContext = await deps.auth.$context;
  const credential = await deps.db
    .selectFrom('auth_accounts')
    .select('password')
    .where('user_id', '=', userId)
    .where('provider_id', '=', 'credential')
    .executeTakeFirst();
  if (!credential?.password) {
    // Same work either way, so the answer's timing does not tell whether a password exists.
    await authContext.password.hash(password);
    return false;
  }
  return authContext.password.verify({ hash: credential.password, password });
}

/**
 * A subscription still running is cancelled at Stripe first, so an erased member is never charged again;
 * if Stripe cannot be reached, nothing is deleted and the member is asked to try again.
 */
async function cancelPayments(db: Kysely<Database>, billing: Billing | undefined, memberId: string) {
  const subscription = await findCurrentSubscription(db, memberId);
  if (!billing?.stripe || !subscription || subscription.status === 'canceled') return;
  try {
    await billing.stripe.subscriptions.cancel(subscription.id);
  } catch (error) {
    // Already cancelled at Stripe (in its dashboard, say): nothing more to stop.
    if ((error as { code?: string }).code === 'resource_missing') return;
    throw new Refusal(
      'conflict',
      'payments-not-cancelled',
      'Try again in a minute',
      'Your premium payments could not be cancelled just now, so nothing was deleted. Please try again in a minute.',
    );
  }
}

export async function eraseAccount(
  deps: { db: Kysely<Database>; auth: Auth; billing?: Billing },
  actor: Actor,
  memberId: string,
  password: string,
): Promise<void> {
  await requireAccess(deps.db, { actor, permission: 'account.own', memberId });
  if (!(await isCurrentPassword(deps, memberId, password))) {
    throw new Refusal(
      'forbidden',
      'wrong-password',
      'Password not right',
      'That is not your current password, so nothing was deleted.',
    );
  }
  await cancelPayments(deps.db, deps.billing, memberId);
  await deps.db.transaction().execute((trx) => deleteAccount(trx, memberId));
}
