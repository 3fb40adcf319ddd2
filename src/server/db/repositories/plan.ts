import type { Executor } from '../executor.ts';
import { toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for the plan: plans, assessments and red-flag screens. Every query names the member
 * (user_id), so one member's rows can never be read or written through another's request; an id another
 * member already used is not read, its insert just stores nothing. JSON columns are written as strings
 * and come back parsed but unchecked: the services check plans with the engine's plan schema, and read
 * screens' answers leniently, as a screen stored before a question was added lacks its answer.
 */

export function findPlanRow(db: Executor, userId: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('plans').selectAll().where('user_id', '=', userId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function insertPlan(
  db: Executor,
  userId: string,
  assessmentId: string,
  plan: unknown,
  now: Date,
) {
  await db
    .insertInto('plans')
    .values({
      user_id: userId,
      assessment_id: assessmentId,
      plan: json(plan),
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updatePlan(db: Executor, userId: string, plan: unknown, now: Date) {
  await db
    .updateTable('plans')
    .set((eb) => ({ plan: json(plan), revision: eb('revision', '+', 1), updated_at: now }))
    .where('user_id', '=', userId)
    .execute();
}

export function findAssessment(db: Executor, userId: string, id: string) {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts the assessment unless its id is already stored (this member's or another's); says which happened. */
export async function insertAssessmentOnce(
  db: Executor,
  row: { id: string; userId: string; answers: unknown; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('assessments')
    .values({ id: row.id, user_id: row.userId, answers: json(row.answers), created_at: row.now })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findScreen(db: Executor, userId: string, id: string) {
  return db
    .selectFrom('red_flag_screens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts the screen unless its id is already stored (this member's or another's); says which happened. */
export async function insertScreenOnce(
  db: Executor,
  row: {
    id: string;
    userId: string;
    answers: unknown;
    outcome: 'emergency' | 'see-doctor' | 'continue';
    urgency: string | null;
    reasons: unknown;
    context: 'onboarding' | 'assessment' | 'symptoms';
    at: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('red_flag_screens')
    .values({
      id: row.id,
      user_id: row.userId,
      answers: json(row.answers),
      outcome: row.outcome,
      urgency: row.urgency,
      reasons: json(row.reasons),
      context: row.context,
      screened_at: row.at,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The member's flagged screens no clearance has closed yet: what keeps the account on a safety hold. */
export function listOpenFlaggedScreens(db: Executor, userId: string) {
  return db
    .selectFrom('red_flag_screens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('outcome', '<>', 'continue')
    .where('cleared_at', 'is', null)
    .orderBy('screened_at')
    .execute();
}

export function findLatestScreen(db: Executor, userId: string) {
  return db
    .selectFrom('red_flag_screens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('screened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The member's clearance closes every flagged screen still open. */
export async function closeOpenFlaggedScreens(
  db: Executor,
  userId: string,
  clearance: { id: string; assessedOn: string; at: Date },
) {
  await db
    .updateTable('red_flag_screens')
    .set({ cleared_at: clearance.at, clearance_id: clearance.id, assessed_on: clearance.assessedOn })
    .where('user_id', '=', userId)
    .where('outcome', '<>', 'continue')
    .where('cleared_at', 'is', null)
    .execute();
}
