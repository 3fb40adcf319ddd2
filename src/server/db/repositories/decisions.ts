import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Decision } from '../../../core/engine/index.ts';
import type { Executor } from '../executor.ts';
import type { DecisionSource } from '../schema.ts';
import { toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for the decisions the engine made. Every query names the member (user_id), so one member's rows can never be
 * read or written through another's request. JSON columns are written as strings and come back parsed
 * but unchecked: the services check them with the engine's Zod schemas.
 */

export async function insertDecisions(
  db: Executor,
  userId: string,
  source: { kind: DecisionSource; id: string },
  decisions: readonly Decision[],
  at: Date,
) {
  if (decisions.length === 0) return;
  await db
    .insertInto('decisions')
    .values(
      decisions.map((decision, position) => ({
        id: randomUUID(),
        user_id: userId,
        source: source.kind,
        source_id: source.id,
        position,
        exercise_id: decision.exerciseId,
        rule_id: decision.ruleId,
        inputs: json(decision.inputs),
        change: json(decision.change),
        sentence: decision.sentence,
        tell_coach: decision.tellCoach,
        made_at: at,
      })),
    )
    .execute();
}

export function listDecisionsOf(db: Executor, userId: string, sourceId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('source_id', '=', sourceId)
    .orderBy('position')
    .execute();
}

export function listDecisions(db: Executor, userId: string, limit: number, offset: number) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('made_at', 'desc')
    .orderBy('position', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** The decisions that paused or resumed the plan, oldest first: the pauses, read back for progress. */
export function listPauseChanges(db: Executor, userId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .where(sql<boolean>`change -> 'paused' is not null`)
    .orderBy('made_at')
    .orderBy('position')
    .execute();
}
