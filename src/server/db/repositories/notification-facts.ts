import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * Thin queries for what a member's notifications depend on, each bounded to the days asked about (and
 * what the rules need from just before them). Every query names the member (user_id).
 */

/** Finished workouts dated from `fromDay` to `toDay`, with when each was finished. */
export function listFinishedWorkoutsBetween(db: Executor, userId: string, fromDay: string, toDay: string) {
  return db
    .selectFrom('workouts')
    .select(['date', 'finished_at'])
    .where('user_id', '=', userId)
    .where('status', '=', 'finished')
    .where('finished_at', 'is not', null)
    .where('date', '>=', fromDay)
    .where('date', '<=', toDay)
    .orderBy('date')
    .execute();
}

/** Morning check-ins about the workouts of `fromDay` to `toDay`, with when each was answered. */
export function listCheckInsBetween(db: Executor, userId: string, fromDay: string, toDay: string) {
  return db
    .selectFrom('check_ins')
    .select(['workout_on', 'checked_in_at'])
    .where('user_id', '=', userId)
    .where('workout_on', '>=', fromDay)
    .where('workout_on', '<=', toDay)
    .orderBy('workout_on')
    .execute();
}

/**
 * The decisions that paused or resumed the plan from `from` to `to`, oldest first, and the last one before
 * `from` (it says whether the plan was paused when the days began).
 */
export async function listPauseChangesAround(db: Executor, userId: string, from: Date, to: Date) {
  const pauseChanges = db
    .selectFrom('decisions')
    .select(['made_at', sql<boolean>`(change -> 'paused' ->> 'to')::boolean`.as('paused')])
    .where('user_id', '=', userId)
    .where(sql<boolean>`change -> 'paused' is not null`);
  const before = await pauseChanges
    .where('made_at', '<', from)
    .orderBy('made_at', 'desc')
    .orderBy('position', 'desc')
    .limit(1)
    .execute();
  const during = await pauseChanges
    .where('made_at', '>=', from)
    .where('made_at', '<', to)
    .orderBy('made_at')
    .orderBy('position')
    .execute();
  return [...before, ...during];
}

/** Flagged screens (safety holds) that held the account at some moment from `from` to `to`. */
export function listFlaggedScreensOverlapping(db: Executor, userId: string, from: Date, to: Date) {
  return db
    .selectFrom('red_flag_screens')
    .select(['screened_at', 'cleared_at'])
    .where('user_id', '=', userId)
    .where('outcome', '<>', 'continue')
    .where('screened_at', '<', to)
    .where((where) => where.or([where('cleared_at', 'is', null), where('cleared_at', '>=', from)]))
    .orderBy('screened_at')
    .execute();
}

/** Measures taken, snoozes and first-week skips from `fromDay` on, with when each was made. */
export async function listMeasureActionsSince(db: Executor, userId: string, fromDay: string) {
  const taken = await db
    .selectFrom('measures')
    .select(['instrument_id', 'taken_on as on', 'recorded_at as at'])
    .where('user_id', '=', userId)
    .where('taken_on', '>=', fromDay)
    .execute();
  const snoozed = await db
    .selectFrom('measure_snoozes')
    .select(['instrument_id', 'snoozed_on as on', 'snoozed_at as at'])
    .where('user_id', '=', userId)
    .where('snoozed_on', '>=', fromDay)
    .execute();
  const skipped = await db
    .selectFrom('measure_skips')
    .select(['instrument_id', 'skipped_on as on', 'skipped_at as at'])
    .where('user_id', '=', userId)
    .where('skipped_on', '>=', fromDay)
    .execute();
  return [...taken, ...snoozed, ...skipped];
}

/** Articles and episodes published from `from` to `to` (an episode names the article it pairs with). */
export async function listPublishedBetween(db: Executor, from: Date, to: Date) {
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'slug', 'title', 'published_at'])
    .where('status', '=', 'published')
    .where('published_at', '>=', from)
    .where('published_at', '<', to)
    .execute();
  const episodes = await db
    .selectFrom('episodes')
    .select(['slug', 'title', 'article_id', 'published_at'])
    .where('status', '=', 'published')
    .where('published_at', '>=', from)
    .where('published_at', '<', to)
    .execute();
  return { articles, episodes };
}

/** The coach's messages to the member sent from `from` to `to`, with when the member read each. */
export function listCoachMessagesBetween(db: Executor, memberId: string, from: Date, to: Date) {
  return db
    .selectFrom('messages')
    .select(['id', 'sent_at', 'read_at'])
    .where('member_id', '=', memberId)
    .where('sender', '=', 'coach')
    .where('sent_at', '>=', from)
    .where('sent_at', '<', to)
    .orderBy('sent_at')
    .execute();
}
