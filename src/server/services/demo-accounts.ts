import type { Kysely } from 'kysely';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import type { Auth } from '../auth/auth.ts';
import { findUserByEmail, setUserRole } from '../db/repositories/users.ts';
import type { Database, Role } from '../db/schema.ts';

/** Listed in README: anyone trying the app signs in with these. */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: Role }[] = [
  { email: 'member@backstrong.example', password: 'backstrong-demo', name: 'Dana Member', role: 'member' },
  { email: 'coach@backstrong.example', password: 'backstrong-demo', name: 'Chris Coach', role: 'coach' },
  { email: 'admin@backstrong.example', password: 'backstrong-demo', name: 'Alex Admin', role: 'admin' },
];

const SEED_NAME = 'demo-accounts';

/**
 * Creates the demo accounts the first time the database boots, and never again: an account deleted
 * later stays deleted. Accounts go through the auth library so their passwords hash like anyone's.
 */
export async function seedDemoAccounts(db: Kysely<Database>, auth: Auth): Promise<boolean> {
  const claimed = await db
    .insertInto('seed_runs')
    .values({ name: SEED_NAME })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!claimed) return false;
  for (const account of DEMO_ACCOUNTS) {
    if (!(await findUserByEmail(db, account.email))) {
      await auth.api.signUpEmail({
        body: {
          email: account.email,
          password: account.password,
          name: account.name,
          healthConsentVersion: HEALTH_DATA_CONSENT.version,
        },
      });
    }
    const user = await findUserByEmail(db, account.email);
    if (user && user.role !== account.role) await setUserRole(db, user.id, account.role);
  }
  return true;
}
