import type { Kysely } from 'kysely';
import type { Auth } from '../auth/auth.ts';
import { deleteAccount } from '../db/repositories/member-data.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import type { Database } from '../db/schema.ts';
import { raiseAlertsFor } from '../jobs/raise-alerts.ts';
import {
  createDemoAccount,
  DEMO_ACCOUNTS,
  DEMO_DATA_OWED,
  DEMO_MEMBER,
  type DemoHistoryOptions,
} from './demo-accounts.ts';
import { DEMO_CASELOAD, seedDemoCaseload } from './demo-caseload.ts';
import { generateHistory } from './demo-history/generate.ts';
import { Refusal } from './errors.ts';

/** Every account the demo data is about: none of them signs in while it is being made. */
const DEMO_EMAILS = new Set<string>([
  ...DEMO_ACCOUNTS.map((account) => account.email),
  ...DEMO_CASELOAD.map((person) => person.email),
]);
/** The members whose data is made here, and cleared when a making was cut short. */
const MADE_HERE = [DEMO_MEMBER.email, ...DEMO_CASELOAD.map((person) => person.email)];

export async function isDemoDataOwed(db: Kysely<Database>): Promise<boolean> {
  const owed = await db
    .selectFrom('seed_runs')
    .select('name')
    .where('name', '=', DEMO_DATA_OWED)
    .executeTakeFirst();
  return owed !== undefined;
}

/**
 * Signing in as a demo account before its data is complete would show half a history (or a caseload
 * still filling): refused with a plain word instead, for the few seconds it takes.
 */
export async function refuseDemoSignInWhileMade(db: Kysely<Database>, email: string): Promise<void> {
  if (!DEMO_EMAILS.has(email.trim().toLowerCase())) return;
  if (!(await isDemoDataOwed(db))) return;
  throw new Refusal(
    'conflict',
    'demo-data-being-made',
    'The demo accounts are nearly ready',
    'The demo accounts are still getting their months of history. This takes a few seconds on a first start; please try again in a moment.',
    { retryAfterSeconds: 5 },
  );
}

/**
 * Makes the demo member's history and the coach's caseload when the first boot owed them (seedDemoAccounts),
 * and does nothing otherwise. Safe to run again after a stop halfway: whatever a cut-short run stored for
 * these made-up members goes first (they could not sign in, so nobody else wrote to them), and the debt
 * is settled only once everything is stored. The caller makes sure one runs at a time (jobs/demo-data.ts).
 */
export async function completeDemoData(
  deps: { db: Kysely<Database>; auth: Auth },
  options: { history: DemoHistoryOptions; signal?: AbortSignal },
): Promise<boolean> {
  const { db, auth } = deps;
  if (!(await isDemoDataOwed(db))) return false;
  const { now, disability, signal } = { ...options.history, signal: options.signal };
  for (const email of MADE_HERE) {
    const left = await findUserByEmail(db, email);
    if (left) await db.transaction().execute((trx) => deleteAccount(trx, left.id));
  }
  const coach = await findUserByEmail(db, 'coach@backstrong.example');
  const memberId = await createDemoAccount(db, auth, DEMO_MEMBER);
  let started = performance.now();
  const summary = await generateHistory(db, {
    userId: memberId,
    until: now,
    disability,
    ...(signal ? { signal } : {}),
  });
  options.history.onGenerated?.(summary, performance.now() - started);
  if (coach) {
    started = performance.now();
    const caseload = await seedDemoCaseload(deps, {
      coachId: coach.id,
      demoMemberId: memberId,
      history: { now, disability, ...(signal ? { signal } : {}) },
    });
    // The alerts a coach would have found by now, raised as the job raises them after each write.
    for (const id of caseload) await raiseAlertsFor(db, id, now);
    options.history.onCaseloadGenerated?.(performance.now() - started);
  }
  signal?.throwIfAborted();
  await db.deleteFrom('seed_runs').where('name', '=', DEMO_DATA_OWED).execute();
  return true;
}
