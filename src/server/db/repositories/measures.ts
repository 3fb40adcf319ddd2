import type { Executor } from '../executor.ts';
import { toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for outcome measures, their snoozes and first-week skips. Every query names the member (user_id), so one
 * member's rows can never be read or written through another's request; an id another member already
 * used is not read, its insert just stores nothing. Answers and scores come back parsed but unchecked:
 * their shape is the instrument's, and the services read them through it.
 */

/** The member's measure with this id, to recognise a retry. */
export function findMeasure(db: Executor, userId: string, id: string) {
  return db
    .selectFrom('measures')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts the measure unless its id is already stored (this member's or another's); says which happened. */
export async function insertMeasureOnce(
  db: Executor,
  row: {
    id: string;
    userId: string;
    instrumentId: string;
    takenOn: string;
    answers: unknown;
    score: unknown;
    at: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('measures')
    .values({
      id: row.id,
      user_id: row.userId,
      instrument_id: row.instrumentId,
      taken_on: row.takenOn,
      answers: json(row.answers),
      score: json(row.score),
      recorded_at: row.at,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The member's measures, oldest first; of one instrument when it is named. */
export function listMeasures(db: Executor, userId: string, instrumentId?: string) {
  let query = db.selectFrom('measures').selectAll().where('user_id', '=', userId);
  if (instrumentId !== undefined) query = query.where('instrument_id', '=', instrumentId);
  return query.orderBy('taken_on').orderBy('recorded_at').orderBy('id').execute();
}

/** What the schedule needs: which instrument was taken on which day. */
export function listTakenMeasures(db: Executor, userId: string) {
  return db
    .selectFrom('measures')
    .select(['instrument_id', 'taken_on'])
    .where('user_id', '=', userId)
    .orderBy('taken_on')
    .execute();
}

export function findSnooze(db: Executor, userId: string, id: string) {
  return db
    .selectFrom('measure_snoozes')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts the snooze unless its id is already stored (this member's or another's); says which happened. */
export async function insertSnoozeOnce(
  db: Executor,
  row: { id: string; userId: string; instrumentId: string; on: string; days: number; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('measure_snoozes')
    .values({
      id: row.id,
      user_id: row.userId,
      instrument_id: row.instrumentId,
      snoozed_on: row.on,
      days: row.days,
      snoozed_at: row.at,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function listSnoozes(db: Executor, userId: string) {
  return db
    .selectFrom('measure_snoozes')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('snoozed_on')
    .orderBy('snoozed_at')
    .execute();
}

export function findSkip(db: Executor, userId: string, id: string) {
  return db
    .selectFrom('measure_skips')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Inserts the skip unless its id is already stored (this member's or another's) or the member has skipped
 * this instrument before; says whether it was stored.
 */
export async function insertSkipOnce(
  db: Executor,
  row: { id: string; userId: string; instrumentId: string; on: string; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('measure_skips')
    .values({
      id: row.id,
      user_id: row.userId,
      instrument_id: row.instrumentId,
      skipped_on: row.on,
      skipped_at: row.at,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function listSkips(db: Executor, userId: string) {
  return db
    .selectFrom('measure_skips')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('skipped_on')
    .orderBy('skipped_at')
    .execute();
}

/** The age the member gave in their (latest) assessment, with the day it was given. */
export function findAssessedAge(db: Executor, userId: string) {
  return db
    .selectFrom('assessments')
    .select(['answers', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}
