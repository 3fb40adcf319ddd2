import type { Kysely } from 'kysely';
import { requireAccess } from '../access/access.ts';
import type { Auth } from '../auth/auth.ts';
import { deleteAccount } from '../db/repositories/member-data.ts';
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

export async function eraseAccount(
  deps: { db: Kysely<Database>; auth: Auth },
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
  await deps.db.transaction().execute((trx) => deleteAccount(trx, memberId));
}
