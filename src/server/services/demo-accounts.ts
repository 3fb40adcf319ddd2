import type { Kysely } from 'kysely';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import type { ReleaseSchedule } from '../../core/publication/release-schedule.ts';
import type { Auth } from '../auth/auth.ts';
import { createVerifiedAccount } from '../auth/verified-account.ts';
import { findUserByEmail, setUserRole } from '../db/repositories/users.ts';
import type { Database, Role } from '../db/schema.ts';
import { raiseAlertsFor } from '../jobs/raise-alerts.ts';
import { seedDemoPublication } from '../publication/demo-publication.ts';
import { seedDemoCaseload } from './demo-caseload.ts';
import { generateHistory, type HistorySummary } from './demo-history/generate.ts';

/** Listed in README: anyone trying the app signs in with these. */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: Role }[] = [
  { email: 'member@backstrong.example', password: 'backstrong-demo', name: 'Dana Member', role: 'member' },
  { email: 'coach@backstrong.example', password: 'backstrong-demo', name: 'Chris Coach', role: 'coach' },
  { email: 'admin@backstrong.example', password: 'backstrong-demo', name: 'Alex Admin', role: 'admin' },
];

const SEED_NAME = 'demo-accounts';

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
}

/**
 * Creates the demo accounts the first time the database boots, and never again: an account deleted
 * later stays deleted. Accounts are made as a sign-up makes them, so their passwords hash like anyone's,
 * with their emails taken as confirmed. With `history`, the demo member gets six months of training and
 * measures up to now, so the progress screens have something to show. The demo coach coaches the demo
 * member and, with `history`, three generated members (demo-caseload.ts), all sharing with the coach.
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
  const claimed = await db
    .insertInto('seed_runs')
    .values({ name: SEED_NAME })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!claimed) return false;
  for (const account of DEMO_ACCOUNTS) {
    if (!(await findUserByEmail(db, account.email))) {
      await createVerifiedAccount(auth, {
        email: account.email,
        password: account.password,
        name: account.name,
        healthConsentVersion: HEALTH_DATA_CONSENT.version,
      });
    }
    const user = await findUserByEmail(db, account.email);
    if (user && user.role !== account.role) await setUserRole(db, user.id, account.role);
    if (user && account.role === 'member' && options.history) {
      const started = performance.now();
      const summary = await generateHistory(db, {
        userId: user.id,
        until: options.history.now,
        disability: options.history.disability,
      });
      options.history.onGenerated?.(summary, performance.now() - started);
    }
  }
  const coach = await findUserByEmail(db, 'coach@backstrong.example');
  const member = await findUserByEmail(db, 'member@backstrong.example');
  if (coach && member) {
    const now = options.history?.now ?? new Date();
    await db.updateTable('users').set({ coach_intro: DEMO_COACH_INTRO }).where('id', '=', coach.id).execute();
    await db
      .updateTable('users')
      .set({ editor_since: now })
      .where('id', '=', coach.id)
      .where('editor_since', 'is', null)
      .execute();
    const caseload = await seedDemoCaseload(
      { db, auth },
      {
        coachId: coach.id,
        demoMemberId: member.id,
        ...(options.history
          ? { history: { now: options.history.now, disability: options.history.disability } }
          : {}),
      },
    );
    // The alerts a coach would have found by now, raised as the job raises them after each write.
    for (const memberId of caseload) await raiseAlertsFor(db, memberId, now);
  }
  return true;
}

const DEMO_COACH_INTRO =
  'I am a physiotherapist who has helped people with back pain get back to what they love for twelve years. I look at your training every week and I am here when something hurts or gets in the way.';
