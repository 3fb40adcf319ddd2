import type { Executor } from '../executor.ts';
import { toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for the plan: plans, assessments and red-flag screens. Every query names the member (user_id), so one member's rows can never be
 * read or written through another's request. JSON columns are written as strings and come back parsed
 * but unchecked: the services check them with the engine's Zod schemas.
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

export function findAssessment(db: Executor, id: string) {
  return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAssessment(
  db: Executor,
  row: { id: string; userId: string; answers: unknown; now: Date },
) {
  await db
    .insertInto('assessments')
    .values({ id: row.id, user_id: row.userId, answers: json(row.answers), created_at: row.now })
    .execute();
}

export function findScreen(db: Executor, id: string) {
  return db.selectFrom('red_flag_screens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertScreen(
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
) {
  await db
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
    .execute();
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
