import type { Kysely } from 'kysely';
import {
  applyCoachChange,
  type CoachChange,
  type CoachChangeRefusal,
  type Decision,
} from '../../core/engine/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { recordCoachAction } from '../db/repositories/coach-actions.ts';
import { insertDecisions, listDecisionsOf } from '../db/repositories/decisions.ts';
import { updatePlan } from '../db/repositories/plan.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';
import { lockMember } from './member-lock.ts';
import { loadPlan, rowToDecision } from './plan.ts';
import { currentHold } from './safety-hold.ts';

export interface PlanChangeInput {
  id: string;
  reason: string;
  change: CoachChange;
}

/** The name a member knows their coach by: the first word of the account's name ("Sam"). */
async function coachName(db: Executor, coachId: string): Promise<string> {
  const coach = await db.selectFrom('users').select('name').where('id', '=', coachId).executeTakeFirst();
  return coach?.name.trim().split(/\s+/)[0] ?? '';
}

function toRefusal(refusal: CoachChangeRefusal): Refusal {
  if (refusal.kind === 'invalid') {
    const location = `body.${refusal.field}`;
    return new Refusal('invalid', 'invalid-request', 'Not in the method', `${location}: ${refusal.message}`, {
      errors: [{ location, message: refusal.message }],
    });
  }
  return new Refusal('conflict', refusal.code, 'The plan cannot change this way now', refusal.message);
}

/**
 * The member's coach changes their plan, with a reason: stored as a decision (source 'coach', made by the
 * coach) and a coach action for the time log, in the member's lock and one transaction. During a safety
 * hold nothing that lets workouts start is accepted (409, nothing stored). A retry with the same id
 * answers with the first decision.
 */
export async function changePlanAsCoach(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: PlanChangeInput,
  now: Date,
): Promise<{ isReplay: boolean; decision: Decision }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const earlier = await listDecisionsOf(trx, memberId, input.id);
    const first = earlier[0];
    if (first) {
      if (first.source !== 'coach' || first.made_by !== actor.id) throw idReusedForOther();
      return { isReplay: true, decision: rowToDecision(first) };
    }
    const plan = await loadPlan(trx, memberId, { forUpdate: true });
    const hold = await currentHold(trx, memberId);
    const result = applyCoachChange(plan, input.change, {
      coachName: await coachName(trx, actor.id),
      reason: input.reason,
      at: now.toISOString(),
      isHeld: hold !== null,
    });
    // Said to the coach (the member's own hold problem speaks to the member), under the same type.
    if (!result.isApplied) throw toRefusal(result.refusal);
    await updatePlan(trx, memberId, result.plan, now);
    await insertDecisions(trx, memberId, { kind: 'coach', id: input.id }, [result.decision], now, actor.id);
    await recordCoachAction(trx, {
      id: input.id,
      coachId: actor.id,
      memberId,
      kind: 'plan-change',
      at: now,
      note: input.reason,
    });
    return { isReplay: false, decision: result.decision };
  });
}

function idReusedForOther(): Refusal {
  return new Refusal(
    'conflict',
    'id-reused',
    'Id already used',
    'This id was already used for a different entry. Make a new id for a new plan change.',
  );
}
