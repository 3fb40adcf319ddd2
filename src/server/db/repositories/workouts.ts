import { type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { ExerciseId, FormFaultId, Load } from '../../../core/catalogue/types.ts';
import {
  EFFORTS,
  type Effort,
  exerciseIdSchema,
  formFaultSchema,
  loadSchema,
  type Prescription,
  prescriptionSchema,
} from '../../../core/engine/index.ts';
import { METHOD } from '../../../core/engine/rules.ts';
import type { Executor } from '../executor.ts';
import type { SetLogsTable, WorkoutsTable } from '../schema.ts';
import { checkedColumn, toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for workouts, their logged sets and next-morning check-ins. Every query names the member
 * (user_id), so one member's rows can never be read or written through another's request; an id another
 * member already used is not read, its insert just stores nothing. JSON columns are written as strings,
 * and every row read is checked here with the engine's Zod schemas, so what leaves this file is typed
 * because it was checked: a row that fails is a CorruptRowError naming the table, column and row.
 */

export type WorkoutRow = Omit<Selectable<WorkoutsTable>, 'prescription' | 'effort'> & {
  prescription: Prescription[];
  effort: Effort | null;
};

export type SetLogRow = Omit<Selectable<SetLogsTable>, 'exercise_id' | 'load' | 'faults'> & {
  exercise_id: ExerciseId;
  load: Load;
  faults: FormFaultId[];
};

const prescriptionsSchema = z.array(prescriptionSchema);
const effortSchema = z.enum(EFFORTS).nullable();
const faultsSchema = z.array(formFaultSchema);

export function checkedWorkout(row: Selectable<WorkoutsTable>): WorkoutRow {
  const at = (column: string) => ({ table: 'workouts', column, rowId: row.id });
  return {
    ...row,
    prescription: checkedColumn(prescriptionsSchema, row.prescription, at('prescription')),
    effort: checkedColumn(effortSchema, row.effort, at('effort')),
  };
}

export function checkedSetLog(row: Selectable<SetLogsTable>): SetLogRow {
  const at = (column: string) => ({ table: 'set_logs', column, rowId: row.id });
  return {
    ...row,
    exercise_id: checkedColumn(exerciseIdSchema, row.exercise_id, at('exercise_id')),
    load: checkedColumn(loadSchema, row.load, at('load')),
    faults: checkedColumn(faultsSchema, row.faults, at('faults')),
  };
}

export async function findWorkout(
  db: Executor,
  userId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<WorkoutRow | undefined> {
  let query = db.selectFrom('workouts').selectAll().where('user_id', '=', userId).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && checkedWorkout(row);
}

export async function findWorkoutInProgress(db: Executor, userId: string): Promise<WorkoutRow | undefined> {
  const row = await db
    .selectFrom('workouts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'in-progress')
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
  return row && checkedWorkout(row);
}

/** Inserts the workout unless its id is already stored (this member's or another's); says which happened. */
export async function insertWorkoutOnce(
  db: Executor,
  row: { id: string; userId: string; date: string; painBefore: number; prescription: unknown; now: Date },
): Promise<boolean> {
  const inserted = await db
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
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function markWorkoutFinished(
  db: Executor,
  userId: string,
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
    .where('user_id', '=', userId)
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

export async function listWorkouts(
  db: Executor,
  userId: string,
  limit: number,
  offset: number,
): Promise<WorkoutRow[]> {
  const rows = await db
    .selectFrom('workouts')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date', 'desc')
    .orderBy('started_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(checkedWorkout);
}

export async function findSetLog(db: Executor, userId: string, id: string): Promise<SetLogRow | undefined> {
  const row = await db
    .selectFrom('set_logs')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && checkedSetLog(row);
}

/** Inserts the set unless its id is already stored (this member's or another's); says which happened. */
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

export async function listSetLogs(
  db: Executor,
  userId: string,
  workoutIds: readonly string[],
): Promise<SetLogRow[]> {
  if (workoutIds.length === 0) return [];
  const rows = await db
    .selectFrom('set_logs')
    .selectAll()
    .where('user_id', '=', userId)
    .where('workout_id', 'in', workoutIds)
    .orderBy('logged_at')
    .orderBy('id')
    .execute();
  return rows.map(checkedSetLog);
}

export function findCheckIn(db: Executor, userId: string, id: string) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts the check-in unless its id is already stored (this member's or another's); says which happened. */
export async function insertCheckInOnce(
  db: Executor,
  row: { id: string; userId: string; workoutOn: string; pain: number; newSymptoms: boolean; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('check_ins')
    .values({
      id: row.id,
      user_id: row.userId,
      workout_on: row.workoutOn,
      pain: row.pain,
      new_symptoms: row.newSymptoms,
      checked_in_at: row.at,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
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
