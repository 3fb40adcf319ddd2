import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import { type Decision, decisionSchema } from '../../../core/engine/index.ts';
import type { Executor } from '../executor.ts';
import type { DecisionSource, DecisionsTable } from '../schema.ts';
import { checkedColumn, toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for the decisions the engine made. Every query names the member (user_id), so one
 * member's rows can never be read or written through another's request. JSON columns are written as
 * strings, and every row read is checked here with the engine's decision schema: a row that fails is a
 * CorruptRowError naming the table, column and row.
 */

export type DecisionRow = Omit<
  Selectable<DecisionsTable>,
  'exercise_id' | 'rule_id' | 'inputs' | 'change'
> & {
  exercise_id: Decision['exerciseId'];
  rule_id: Decision['ruleId'];
  inputs: Decision['inputs'];
  change: Decision['change'];
};

export function checkedDecision(row: Selectable<DecisionsTable>): DecisionRow {
  const at = (column: string) => ({ table: 'decisions', column, rowId: row.id });
  const { shape } = decisionSchema;
  return {
    ...row,
    exercise_id: checkedColumn(shape.exerciseId, row.exercise_id, at('exercise_id')),
    rule_id: checkedColumn(shape.ruleId, row.rule_id, at('rule_id')),
    inputs: checkedColumn(shape.inputs, row.inputs, at('inputs')),
    change: checkedColumn(shape.change, row.change, at('change')),
  };
}

export async function insertDecisions(
  db: Executor,
  userId: string,
  source: { kind: DecisionSource; id: string },
  decisions: readonly Decision[],
  at: Date,
  /** The coach who made them; left out for the engine's own. */
  madeBy: string | null = null,
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
        made_by: madeBy,
      })),
    )
    .execute();
}

export async function listDecisionsOf(
  db: Executor,
  userId: string,
  sourceId: string,
): Promise<DecisionRow[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('source_id', '=', sourceId)
    .orderBy('position')
    .execute();
  return rows.map(checkedDecision);
}

export async function listDecisions(
  db: Executor,
  userId: string,
  limit: number,
  offset: number,
): Promise<DecisionRow[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('made_at', 'desc')
    .orderBy('position', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(checkedDecision);
}

/** The decisions that paused or resumed the plan, oldest first: the pauses, read back for progress. */
export async function listPauseChanges(db: Executor, userId: string): Promise<DecisionRow[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('user_id', '=', userId)
    .where(sql<boolean>`change -> 'paused' is not null`)
    .orderBy('made_at')
    .orderBy('position')
    .execute();
  return rows.map(checkedDecision);
}
