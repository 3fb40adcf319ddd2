import type { Kysely } from 'kysely';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import type { ReleaseSchedule } from '../../core/publication/release-schedule.ts';
import type { Auth } from '../auth/auth.ts';
import { createVerifiedAccount } from '../auth/verified-account.ts';
import { findComp, saveComp } from '../db/repositories/membership.ts';
import { findUserByEmail, setUserRole } from '../db/repositories/users.ts';
import type { Database, Role } from '../db/schema.ts';
import { seedDemoPublication } from '../publication/demo-publication.ts';
import { seedDemoCaseload } from './demo-caseload.ts';
import type { HistorySummary } from './demo-history/generate.ts';

/** Listed in README: anyone trying the app signs in with these. */
export const DEMO_ACCOUNTS = [
  {
    email: 'member@backstrong.example',
    password: 'backstrong-demo',
    name: 'Dana Member',
    role: 'member',
    // Given, as a member may, so the demo's report shows it in its header.
    dateOfBirth: '1972-05-14',
  },
  { email: 'coach@backstrong.example', password: 'backstrong-demo', name: 'Chris Coach', role: 'coach' },
  { email: 'admin@backstrong.example', password: 'backstrong-demo', name: 'Alex Admin', role: 'admin' },
] as const satisfies readonly {
  email: string;
  password: string;
  name: string;
  role: Role;
  dateOfBirth?: string;
}[];

const SEED_NAME = 'demo-accounts';

export const DEMO_MEMBER = DEMO_ACCOUNTS[0];

/** Present while the demo members' histories are owed: made at first boot, gone once they are complete. */
export const DEMO_DATA_OWED = 'demo-data-owed';

/** The demo articles and episodes, placed on the release schedule from `now`. */
export interface DemoPublicationOptions {
  now: Date;
  schedule: ReleaseSchedule;
  onSeeded?: (elapsedMs: number) => void;
}

/** The demo member's six months of history, made by the engine itself (see demo-history/generate.ts). */
export interface DemoHistoryOptions {
  disability: DisabilityInstrument;
  now: Date;
  onGenerated?: (summary: HistorySummary, elapsedMs: number) => void;
  onCaseloadGenerated?: (elapsedMs: number) => void;
}

/**
 * Creates the demo accounts the first time the database boots, and never again: an account deleted
 * later stays deleted. Accounts are made as a sign-up makes them, so their passwords hash like anyone's,
 * with their emails taken as confirmed. The demo coach coaches the demo member. With `history`, the demo
 * member's six months and the three generated members of the coach's caseload (demo-caseload.ts) are
 * owed rather than made here: they take seconds, so the server makes them after it is ready
 * (`completeDemoData`, demo-data.ts), and until then the demo accounts cannot sign in.
 */
export async function seedDemoAccounts(
  db: Kysely<Database>,
  auth: Auth,
  options: { history?: DemoHistoryOptions; publication?: DemoPublicationOptions } = {},
): Promise<boolean> {
  // The publication has a seed run of its own, so a database seeded before it existed gets it too.
  if (options.publication) {
    const started = performance.now();
    if (await seedDemoPublication(db, options.publication)) {
      options.publication.onSeeded?.(performance.now() - started);
    }
  }
  // Claimed with what it owes in one transaction: a stop between the two cannot lose the histories.
  const claimed = await db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto('seed_runs')
      .values({ name: SEED_NAME })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    if (run && options.history) await trx.insertInto('seed_runs').values({ name: DEMO_DATA_OWED }).execute();
    return run !== undefined;
  });
  if (!claimed) return false;
  for (const account of DEMO_ACCOUNTS) {
    // The demo member, when its history is owed, is made with it (and made again if that was cut short).
    if (account.role === 'member' && options.history) continue;
    await createDemoAccount(db, auth, account);
  }
  const coach = await findUserByEmail(db, 'coach@backstrong.example');
  if (coach) {
    const now = options.history?.now ?? new Date();
    await db.updateTable('users').set({ coach_intro: DEMO_COACH_INTRO }).where('id', '=', coach.id).execute();
    await db
      .updateTable('users')
      .set({ editor_since: now })
      .where('id', '=', coach.id)
      .where('editor_since', 'is', null)
      .execute();
    const member = await findUserByEmail(db, DEMO_MEMBER.email);
    if (member) await seedDemoCaseload({ db, auth }, { coachId: coach.id, demoMemberId: member.id });
  }
  return true;
}

/** One demo account, with its role, unless its email already has one. */
export async function createDemoAccount(
  db: Kysely<Database>,
  auth: Auth,
  account: (typeof DEMO_ACCOUNTS)[number],
): Promise<string> {
  if (!(await findUserByEmail(db, account.email))) {
    await createVerifiedAccount(auth, {
      email: account.email,
      password: account.password,
      name: account.name,
      healthConsentVersion: HEALTH_DATA_CONSENT.version,
    });
  }
  const user = await findUserByEmail(db, account.email);
  if (!user) throw new Error('the new demo account vanished');
  if (user.role !== account.role) await setUserRole(db, user.id, account.role);
  // The demo member shows the whole program: premium by hand, as an admin would grant it.
  if (account.role === 'member' && !(await findComp(db, user.id))) {
    await saveComp(db, { userId: user.id, grantedBy: null, until: null, reason: 'Demo account' }, new Date());
  }
  if ('dateOfBirth' in account && user.date_of_birth === null) {
    await db
      .updateTable('users')
      .set({ date_of_birth: account.dateOfBirth })
      .where('id', '=', user.id)
      .execute();
  }
  return user.id;
}

const DEMO_COACH_INTRO =
  'I am a physiotherapist who has helped people with back pain get back to what they love for twelve years. I look at your training every week and I am here when something hurts or gets in the way.';
