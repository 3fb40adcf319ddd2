import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlanSettings, PlanView, StoredDecision } from '../../contract/plan.ts';
import {
  type Assessment,
  type Decision,
  describeCriterion,
  evaluatePhase,
  nextPhaseCriteria,
  PAUSE_MESSAGES,
  type Plan,
  phaseDefinition,
  planSchema,
  type RecordedScreen,
  recordScreen,
  repeatsClearedScreen,
  type SafetyHold,
  safetyHold,
  startingPlan,
} from '../../core/engine/index.ts';
import { type RedFlagAnswers, type ScreenResult, screenRedFlags } from '../../core/red-flags/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import {
  type DecisionRow,
  insertDecisions,
  listDecisions,
  listDecisionsOf,
} from '../db/repositories/decisions.ts';
import {
  findAssessment,
  findLatestScreen,
  findPlanRow,
  findScreen,
  insertAssessmentOnce,
  insertPlan,
  insertScreenOnce,
  updatePlan,
} from '../db/repositories/plan.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';
import { recordAssessedBaseline } from './measures.ts';
import { idReused, lockMember } from './member-lock.ts';
import { heldRefusal, refuseWhileHeld, toRecordedScreen } from './safety-hold.ts';

/** The member's plan as stored, checked against the engine's schema before anything uses it. */
export async function loadPlan(
  db: Executor,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Plan> {
  const row = await findPlanRow(db, userId, options);
  if (!row) throw noPlan();
  return planSchema.parse(row.plan);
}

export function noPlan(): Refusal {
  return new Refusal(
    'not-found',
    'no-plan',
    'No plan yet',
    'You do not have a plan yet: answer the safety questions and the assessment first.',
  );
}

export function planView(plan: Plan, today: string): PlanView {
  const definition = phaseDefinition(plan.phase);
  const evaluation = evaluatePhase(plan, today);
  const criteria = nextPhaseCriteria(plan, today);
  return {
    plan,
    phase: {
      number: plan.phase,
      name: definition.name,
      focus: definition.focus,
      next:
        evaluation.next && criteria
          ? {
              phase: evaluation.next.phase,
              unmet: evaluation.next.unmet.map(describeCriterion),
              criteria: criteria.criteria,
              summary: criteria.summary,
            }
          : null,
    },
    pauseMessage: plan.pause ? PAUSE_MESSAGES[plan.pause.waitingFor] : null,
  };
}

export interface StartPlanResult {
  isReplay: boolean;
  plan: Plan;
  screen: ScreenResult;
  decisions: Decision[];
}

/**
 * The assessment creates the plan, once, and never while the member is on a safety hold. Its safety
 * answers are a screen of their own, unless they repeat a screen a doctor has since cleared: new flagged
 * answers are recorded, put the account on hold, and no plan is made. A retry with the same id answers
 * with what the first one made.
 */
export async function startPlan(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; assessment: Assessment; today: string },
  now: Date,
): Promise<StartPlanResult> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  const started = await db.transaction().execute(async (trx): Promise<StartPlanResult | SafetyHold> => {
    await lockMember(trx, memberId);
    const existing = await findAssessment(trx, memberId, input.id);
    if (existing) {
      const plan = await loadPlan(trx, memberId);
      const decisions = await listDecisionsOf(trx, memberId, input.id);
      return {
        isReplay: true,
        plan,
        screen: screenRedFlags(input.assessment.redFlags),
        decisions: decisions.map(rowToDecision),
      };
    }
    if (await findPlanRow(trx, memberId)) {
      throw new Refusal(
        'conflict',
        'plan-exists',
        'You already have a plan',
        'You already have a plan; it adjusts itself after every workout.',
      );
    }
    await refuseWhileHeld(trx, memberId);
    const latest = await findLatestScreen(trx, memberId);
    const isScreenCleared = repeatsClearedScreen(
      latest && toRecordedScreen(latest),
      input.assessment.redFlags,
    );
    const screen = screenRedFlags(input.assessment.redFlags);
    if (!isScreenCleared) {
      const recorded: RecordedScreen = {
        id: randomUUID(),
        answers: input.assessment.redFlags,
        outcome: screen.outcome,
        ...(screen.urgency ? { urgency: screen.urgency } : {}),
        reasons: screen.reasons,
        at: now.toISOString(),
        clearedAt: null,
      };
      await insertScreenOnce(trx, {
        ...recorded,
        userId: memberId,
        urgency: screen.urgency ?? null,
        context: 'assessment',
        at: now,
      });
      const hold = safetyHold([recorded]);
      if (hold) return hold;
    }
    const started = startingPlan(input.assessment, input.today, { isScreenCleared });
    const assessment = { id: input.id, userId: memberId, answers: input.assessment, now };
    if (!(await insertAssessmentOnce(trx, assessment))) throw idReused();
    await insertPlan(trx, memberId, input.id, started.plan, now);
    await recordAssessedBaseline(trx, memberId, input.assessment, { takenOn: input.today, now });
    await insertDecisions(trx, memberId, { kind: 'assessment', id: input.id }, started.decisions, now);
    return { isReplay: false, plan: started.plan, screen: started.screen, decisions: started.decisions };
  });
  // The flagged screen is kept (it holds the account), and the refusal says why no plan was made.
  if ('outcome' in started) throw heldRefusal(started);
  return started;
}

export async function readPlan(db: Executor, actor: Actor, memberId: string): Promise<Plan> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  return loadPlan(db, memberId);
}

/**
 * A red-flag screen: at onboarding (before any plan) or when symptoms change. It is always recorded, and a
 * flagged one puts the account on a safety hold until the clearance step; with a plan, the engine pauses
 * or resumes it too. Retrying with the same id answers with the first result.
 */
export async function screenSymptoms(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; answers: RedFlagAnswers; context: 'onboarding' | 'symptoms' },
  now: Date,
): Promise<{ isReplay: boolean; result: ScreenResult; decisions: Decision[] }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const existing = await findScreen(trx, memberId, input.id);
    if (existing) {
      const decisions = await listDecisionsOf(trx, memberId, input.id);
      return {
        isReplay: true,
        result: screenRedFlags(input.answers),
        decisions: decisions.map(rowToDecision),
      };
    }
    const row = await findPlanRow(trx, memberId, { forUpdate: true });
    let result = screenRedFlags(input.answers);
    let decisions: Decision[] = [];
    if (row) {
      const recorded = recordScreen(planSchema.parse(row.plan), input.answers, now.toISOString());
      result = recorded.result;
      decisions = recorded.decisions;
      await updatePlan(trx, memberId, recorded.plan, now);
    }
    const isStored = await insertScreenOnce(trx, {
      id: input.id,
      userId: memberId,
      answers: input.answers,
      outcome: result.outcome,
      urgency: result.urgency ?? null,
      reasons: result.reasons,
      context: input.context,
      at: now,
    });
    if (!isStored) throw idReused();
    await insertDecisions(trx, memberId, { kind: 'screen', id: input.id }, decisions, now);
    return { isReplay: false, result, decisions };
  });
}

/** A stored decision row back in the engine's shape. */
export function rowToDecision(row: DecisionRow): Decision {
  return {
    exerciseId: row.exercise_id,
    ruleId: row.rule_id,
    inputs: row.inputs,
    change: row.change,
    sentence: row.sentence,
    tellCoach: row.tell_coach,
  };
}

/** The member's decision history, newest first: every change to the plan with its reason. */
export async function decisionHistory(
  db: Executor,
  actor: Actor,
  memberId: string,
  page: { limit: number; offset: number },
): Promise<StoredDecision[]> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const rows = await listDecisions(db, memberId, page.limit, page.offset);
  return rows.map((row) => ({
    ...rowToDecision(row),
    id: row.id,
    source: row.source,
    sourceId: row.source_id,
    madeAt: new Date(row.made_at).toISOString(),
  }));
}

/** Training days, display unit and equipment at hand: the member's to change at any time. */
export async function changePlanSettings(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  settings: PlanSettings,
  now: Date,
): Promise<Plan> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const plan = await loadPlan(trx, memberId, { forUpdate: true });
    const changed = planSchema.parse({
      ...plan,
      ...(settings.daysPerWeek === undefined ? {} : { daysPerWeek: settings.daysPerWeek }),
      ...(settings.weightUnit === undefined ? {} : { weightUnit: settings.weightUnit }),
      ...(settings.equipment === undefined ? {} : { equipment: settings.equipment }),
    });
    await updatePlan(trx, memberId, changed, now);
    return changed;
  });
}
