import { sql } from 'kysely';
import { METHOD } from '../../../core/engine/rules.ts';
import type { Executor } from '../executor.ts';
import { toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for workouts, their logged sets and next-morning check-ins. Every query names the member (user_id), so one member's rows can never be
 * read or written through another's request. JSON columns are written as strings and come back parsed
 * but unchecked: the services check them with the engine's Zod schemas.
 */

export function findWorkout(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('workouts').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function findWorkoutInProgress(db: Executor, userId: string) {
  return db
    .selectFrom('workouts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'in-progress')
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
}

export async function insertWorkout(
  db: Executor,
  row: { id: string; userId: string; date: string; painBefore: number; prescription: unknown; now: Date },
) {
  await db
    .insertInto('workouts')
    .values({
      id: row.id,
      user_id: row.userId,
      date: row.date,
      status: 'in-progress',
      pain_before: row.painBefore,
      prescription: json(row.prescription),
      effort: null,
      new_symptoms: null,
      started_at: row.now,
      finished_at: null,
    })
    .execute();
}

export async function markWorkoutFinished(
  db: Executor,
  id: string,
  finish: { effort: string | null; newSymptoms: boolean; now: Date },
) {
  await db
    .updateTable('workouts')
    .set({
      status: 'finished',
      effort: finish.effort,
      new_symptoms: finish.newSymptoms,
      finished_at: finish.now,
    })
    .where('id', '=', id)
    .execute();
}

export function listFinishedWorkoutDates(db: Executor, userId: string) {
  return db
    .selectFrom('workouts')
    .select('date')
    .where('user_id', '=', userId)
    .where('status', '=', 'finished')
    .orderBy('date', 'desc')
    .limit(60)
    .execute();
}

export function listWorkouts(db: Executor, userId: string, limit: number, offset: number) {
  return db
    .selectFrom('workouts')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date', 'desc')
    .orderBy('started_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export function findSetLog(db: Executor, id: string) {
  return db.selectFrom('set_logs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts the set unless its id is already stored; says which happened. */
export async function insertSetLogOnce(db: Executor, row: NewSetLog): Promise<boolean> {
  const inserted = await db
    .insertInto('set_logs')
    .values({
      id: row.id,
      user_id: row.userId,
      workout_id: row.workoutId,
      exercise_id: row.exerciseId,
      reps: row.reps,
      good_reps: row.goodReps ?? null,
      level: row.level,
      load: json(row.load),
      pain: row.pain,
      faults: json(row.faults),
      measured_by: row.measuredBy ?? 'member',
      logged_at: row.at,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export interface NewSetLog {
  id: string;
  userId: string;
  workoutId: string;
  exerciseId: string;
  reps: number;
  /** Left out (or null) when the reps are the good ones, as a member counting for themselves logs them. */
  goodReps?: number | null;
  level: number;
  load: unknown;
  pain: number;
  faults: readonly string[];
  /** Who counted: the member unless said otherwise. */
  measuredBy?: 'member' | 'camera';
  at: Date;
}

/**
 * The one-statement path for logging sets, many at once: each row is stored only if its workout is its
 * member's, still open, prescribes its exercise, the member has consented, its id is new, the member is
 * not on a safety hold (an open flagged screen), and no earlier set of that workout was painful enough for
 * the in-workout pain rule to stop anything. After such a set every later one takes the slow path, where
 * the engine's rule itself (pain-during-workout.ts) decides. The ids stored come back with their workout's
 * pain before it; a row left out is "not stored", and the caller then finds out why. Workout rows are
 * share-locked, so a finish running at the same moment either sees these sets or makes them find the
 * workout closed.
 *
 * Run it in a transaction: it first locks the members' rows, in id order, before any workout row. Every
 * other write takes a member's row first too (lockMember, and an erase deleting it), so the
 * locks are always taken in one order and cannot deadlock; without this the statement would lock the
 * workouts first and the members only in its foreign-key checks at the end, the reverse of an erase.
 */
export async function insertSetLogsIntoOpenWorkouts(
  db: Executor,
  rows: readonly NewSetLog[],
): Promise<Map<string, { painBefore: number }>> {
  if (rows.length === 0) return new Map();
  const memberIds = [...new Set(rows.map((row) => row.userId))].sort();
  await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', memberIds)
    .orderBy('id')
    .forKeyShare()
    .execute();
  const records = rows.map((row) => ({
    id: row.id,
    user_id: row.userId,
    workout_id: row.workoutId,
    exercise_id: row.exerciseId,
    reps: row.reps,
    good_reps: row.goodReps ?? null,
    level: row.level,
    load: row.load,
    pain: row.pain,
    faults: row.faults,
    measured_by: row.measuredBy ?? 'member',
    logged_at: row.at.toISOString(),
  }));
  const result = await sql<{ id: string; pain_before: number }>`
    with inserted as (
      insert into set_logs (id, user_id, workout_id, exercise_id, reps, good_reps, level, load, pain, faults,
        measured_by, logged_at)
      select v.id, w.user_id, w.id, v.exercise_id, v.reps, v.good_reps, v.level, v.load, v.pain, v.faults,
        v.measured_by, v.logged_at
      from jsonb_to_recordset(${json(records)}::jsonb) as v(
        id text, user_id text, workout_id text, exercise_id text, reps integer, good_reps integer,
        level integer, load jsonb, pain integer, faults jsonb, measured_by text, logged_at timestamptz)
      join workouts w on w.id = v.workout_id and w.user_id = v.user_id and w.status = 'in-progress'
      join users u on u.id = w.user_id and u.health_consent_version is not null
      where w.prescription @> jsonb_build_array(jsonb_build_object('exerciseId', v.exercise_id))
        and not exists (
          select 1 from set_logs earlier
          where earlier.workout_id = w.id
            and (earlier.pain > ${METHOD.pain.regressAbove}
              or earlier.pain - w.pain_before >= ${METHOD.pain.setRisesBy}))
        and not exists (
          select 1 from red_flag_screens s
          where s.user_id = w.user_id and s.outcome <> 'continue' and s.cleared_at is null)
      for share of w
      on conflict (id) do nothing
      returning id, workout_id)
    select inserted.id, w.pain_before from inserted join workouts w on w.id = inserted.workout_id`.execute(
    db,
  );
  return new Map(result.rows.map((row) => [row.id, { painBefore: row.pain_before }]));
}

export function listSetLogs(db: Executor, workoutIds: readonly string[]) {
  if (workoutIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('set_logs')
    .selectAll()
    .where('workout_id', 'in', workoutIds)
    .orderBy('logged_at')
    .orderBy('id')
    .execute();
}

export function findCheckIn(db: Executor, id: string) {
  return db.selectFrom('check_ins').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCheckIn(
  db: Executor,
  row: { id: string; userId: string; workoutOn: string; pain: number; newSymptoms: boolean; at: Date },
) {
  await db
    .insertInto('check_ins')
    .values({
      id: row.id,
      user_id: row.userId,
      workout_on: row.workoutOn,
      pain: row.pain,
      new_symptoms: row.newSymptoms,
      checked_in_at: row.at,
    })
    .execute();
}

/** Whether the member finished a workout on that day: what a check-in must answer for. */
export async function hasFinishedWorkoutOn(db: Executor, userId: string, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('workouts')
    .select('id')
    .where('user_id', '=', userId)
    .where('status', '=', 'finished')
    .where('date', '=', date)
    .executeTakeFirst();
  return row !== undefined;
}
