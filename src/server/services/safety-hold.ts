import type { Kysely } from 'kysely';
import {
  clearanceDateProblem,
  clearHold,
  type Decision,
  holdDetail,
  mayTrain,
  planSchema,
  type RecordedScreen,
  type SafetyHold,
  safetyHold,
} from '../../core/engine/index.ts';
import type { RedFlagAnswers, RedFlagReason } from '../../core/red-flags/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { insertDecisions, listDecisionsOf } from '../db/repositories/decisions.ts';
import {
  closeOpenFlaggedScreens,
  findPlanRow,
  listOpenFlaggedScreens,
  updatePlan,
} from '../db/repositories/plan.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';
import { lockMember } from './member-lock.ts';
import { rowToDecision } from './plan.ts';

type ScreenRow = Awaited<ReturnType<typeof listOpenFlaggedScreens>>[number];

export function toRecordedScreen(row: ScreenRow): RecordedScreen {
  return {
    id: row.id,
    answers: row.answers as RedFlagAnswers,
    outcome: row.outcome,
    ...(row.urgency ? { urgency: row.urgency as RecordedScreen['urgency'] } : {}),
    reasons: row.reasons as RedFlagReason[],
    at: new Date(row.screened_at).toISOString(),
    clearedAt: row.cleared_at ? new Date(row.cleared_at).toISOString() : null,
  };
}

/** The member's safety hold now, read from their open flagged screens; null when they may train. */
export async function currentHold(db: Executor, userId: string): Promise<SafetyHold | null> {
  const open = await listOpenFlaggedScreens(db, userId);
  return safetyHold(open.map(toRecordedScreen));
}

export function heldRefusal(hold: SafetyHold): Refusal {
  return new Refusal('conflict', 'safety-hold', 'Waiting for a doctor', holdDetail(hold));
}

/** Refuses any step towards training (a plan, a workout, a set) while the member is on hold. */
export async function refuseWhileHeld(db: Executor, userId: string): Promise<void> {
  const permission = mayTrain(await currentHold(db, userId));
  if (!permission.isAllowed) throw heldRefusal(permission.hold);
}

/** The hold as the member's screens show it. Without health data there is nothing to hold on. */
export async function readSafetyHold(
  db: Executor,
  actor: Actor,
  memberId: string,
): Promise<SafetyHold | null> {
  await requireAccess(db, { actor, permission: 'member.hold.read', memberId });
  return currentHold(db, memberId);
}

function invalidAssessedOn(reason: string): Refusal {
  return new Refusal('invalid', 'invalid-assessed-on', 'Date of the assessment', `assessedOn: ${reason}.`);
}

/**
 * The clearance step: the member confirms a doctor has assessed them and says when. It closes every
 * open flagged screen, resumes a plan paused for a doctor, and is recorded as a decision their coach
 * will hear about. The same id again answers with the first result.
 */
export async function clearSafetyHold(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; assessedOn: string; today: string },
  now: Date,
): Promise<{ isReplay: boolean; decisions: Decision[] }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const earlier = await listDecisionsOf(trx, memberId, input.id);
    if (earlier.length > 0) return { isReplay: true, decisions: earlier.map(rowToDecision) };
    const hold = await currentHold(trx, memberId);
    const row = await findPlanRow(trx, memberId, { forUpdate: true });
    const plan = row ? planSchema.parse(row.plan) : null;
    if (!hold && plan?.pause?.waitingFor !== 'clearance') {
      throw new Refusal(
        'conflict',
        'not-on-hold',
        'Nothing to clear',
        'Your account is not waiting for a doctor: nothing in your answers asked you to see one.',
      );
    }
    if (hold) {
      const problem = clearanceDateProblem(hold, input.assessedOn, input.today);
      if (problem) throw invalidAssessedOn(problem);
    }
    const at = now.toISOString();
    const cleared = clearHold(hold, plan, { assessedOn: input.assessedOn, at });
    await closeOpenFlaggedScreens(trx, memberId, { id: input.id, assessedOn: input.assessedOn, at: now });
    if (plan && cleared.plan && cleared.plan !== plan) await updatePlan(trx, memberId, cleared.plan, now);
    await insertDecisions(trx, memberId, { kind: 'cleared', id: input.id }, cleared.decisions, now);
    return { isReplay: false, decisions: cleared.decisions };
  });
}
