import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import { checkedDecision, type DecisionRow } from './decisions.ts';
import { checkedSetLog, checkedWorkout, type SetLogRow, type WorkoutRow } from './workouts.ts';

/**
 * Everything stored about one account, table by table, for the export; and the erase. Every query names
 * the account (user_id, or the id itself), so nobody else's rows are read or removed. Workouts, sets and
 * decisions are checked as their own repositories check them.
 */

export function findAccount(db: Executor, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

/** Sign-in methods without their secrets: no password hash, no tokens. */
export function listSignInMethods(db: Executor, userId: string) {
  return db
    .selectFrom('auth_accounts')
    .select(['provider_id', 'created_at', 'updated_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

/** Login sessions without their tokens. */
export function listLoginSessions(db: Executor, userId: string) {
  return db
    .selectFrom('auth_sessions')
    .select(['created_at', 'expires_at', 'ip_address', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export function listAssessments(db: Executor, userId: string) {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export function listAllScreens(db: Executor, userId: string) {
  return db
    .selectFrom('red_flag_screens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('screened_at')
    .execute();
}

export async function listAllWorkouts(db: Executor, userId: string): Promise<WorkoutRow[]> {
  const rows = await db
    .selectFrom('workouts')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date')
    .orderBy('started_at')
    .execute();
  return rows.map(checkedWorkout);
}

export async function listAllSetLogs(db: Executor, userId: string): Promise<SetLogRow[]> {
  const rows = await db
    .selectFrom('set_logs')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('logged_at')
    .orderBy('id')
    .execute();
  return rows.map(checkedSetLog);
}

export function listCheckIns(db: Executor, userId: string) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('checked_in_at')
    .execute();
}

export async function listAllDecisions(db: Executor, userId: string): Promise<DecisionRow[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('made_at')
    .orderBy('position')
    .execute();
  return rows.map(checkedDecision);
}

/**
 * Removes the account. Its health data goes with it: every table holding a member's rows references
 * users(id) with ON DELETE CASCADE. Password-reset links are stored apart (identifier hashed, the account
 * id as value), so they are removed by that value first; and so is the account's outgoing mail.
 */
export async function deleteAccount(db: Executor, userId: string): Promise<void> {
  // Emails to the account are kept by address, not by account: they go with it, sent or not (a job
  // still queued for one then finds nothing to send).
  const account = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  if (account) {
    await db
      .deleteFrom('outgoing_mail')
      .where(sql<string>`lower(recipient)`, '=', account.email.toLowerCase())
      .execute();
    // The Sunday email to the same address goes too: someone erasing everything expects to hear no more.
    await db.deleteFrom('subscribers').where('email', '=', account.email.toLowerCase()).execute();
  }
  await db.deleteFrom('auth_verifications').where('value', '=', userId).execute();
  await db.deleteFrom('users').where('id', '=', userId).execute();
  // After the member's rows, whose triggers wrote it one last time (migration 0029).
  await db.deleteFrom('member_data_versions').where('user_id', '=', userId).execute();
}
