/**
 * A coach's change to a member's plan: a decision like the engine's (rule `coach-change`, from → to), made
 * by a person rather than a workout. The engine carries on from the changed plan as from any other. The
 * safety rules still win: during a safety hold, or a pause the member's own answers must end, a coach
 * cannot let workouts start (see CONTEXT.md, "what a coach may do during a pause"). No Zod here (its
 * schema is in schemas.ts), so the coach's screen can preview the very sentence the member will read.
 */
import { getExercise, maxLevel } from '../catalogue/index.ts';
import { isSameLoad } from '../catalogue/loads.ts';
import type { ExerciseId, Load } from '../catalogue/types.ts';
import { coachChangeSentence } from './coach-change-sentence.ts';
import type { Change, Decision } from './decision.ts';
import { newExerciseState } from './exercise-state.ts';
import { loadLadder } from './load-ladder.ts';
import type { CoachChange, ExerciseState, Plan } from './schemas.ts';

export type CoachChangeKind = CoachChange['kind'];

export const COACH_REASON_LENGTH = { fewest: 3, most: 500 } as const;

export interface CoachChangeContext {
  /** The coach's name as the member knows it: "Sam". */
  coachName: string;
  /** Why, in the coach's words; the member reads it after what changed. */
  reason: string;
  /** When (ISO date-time): a coach's pause is recorded from then. */
  at: string;
  /** The member is on a safety hold: nothing may let workouts start. */
  isHeld: boolean;
}

/** Why a change cannot be made: a field outside the method (`invalid`), or the plan's state (`conflict`). */
export type CoachChangeRefusal =
  | { kind: 'invalid'; field: string; message: string }
  | {
      kind: 'conflict';
      code:
        | 'safety-hold'
        | 'paused-for-safety'
        | 'not-paused'
        | 'already-paused'
        | 'no-change'
        | 'last-exercise';
      message: string;
    };

export type CoachChangeResult =
  | { isApplied: true; plan: Plan; decision: Decision }
  | { isApplied: false; refusal: CoachChangeRefusal };

function refused(refusal: CoachChangeRefusal): CoachChangeResult {
  return { isApplied: false, refusal };
}

function invalid(field: string, message: string): CoachChangeResult {
  return refused({ kind: 'invalid', field, message });
}

function levelProblem(exerciseId: ExerciseId, level: number): string | null {
  const top = maxLevel(getExercise(exerciseId));
  return level > top ? `${getExercise(exerciseId).name} has levels 1 to ${top}` : null;
}

/** The load must be one the catalogue lists for the exercise and the member owns: a rung of their ladder. */
function loadProblem(plan: Plan, exerciseId: ExerciseId, load: Load): string | null {
  const ladder = loadLadder(getExercise(exerciseId), plan.equipment);
  if (ladder.some((rung) => isSameLoad(rung, load))) return null;
  return `${getExercise(exerciseId).name} can be done with ${ladder.length} load${ladder.length === 1 ? '' : 's'} this member owns, and this is not one of them`;
}

/**
 * The coach's change applied to the plan, or why not. A new level or load starts technique-first again
 * (clean reps before fatigue), as any step does; the target sets stay unless the coach sets them.
 */
export function applyCoachChange(
  plan: Plan,
  change: CoachChange,
  context: CoachChangeContext,
): CoachChangeResult {
  switch (change.kind) {
    case 'exercise':
      return changeExercise(plan, change, context);
    case 'add':
      return addExercise(plan, change, context);
    case 'remove':
      return removeExercise(plan, change.exerciseId, context);
    case 'pause':
      return pausePlan(plan, context);
    case 'resume':
      return resumePlan(plan, context);
  }
}

function decisionFor(
  exerciseId: ExerciseId | null,
  change: Change,
  kind: CoachChangeKind,
  context: CoachChangeContext,
  unit: Plan['weightUnit'],
  added?: { level: number; load: Load },
): Decision {
  return {
    exerciseId,
    ruleId: 'coach-change',
    inputs: { kind, reason: context.reason, coach: context.coachName, at: context.at },
    change,
    sentence: coachChangeSentence({
      exerciseId,
      change,
      coachName: context.coachName,
      reason: context.reason,
      unit,
      ...(added ? { added } : {}),
    }),
    tellCoach: false,
  };
}

/** What the coach changed. The stage follows from a step; the member reads the step, not the bookkeeping. */
function coachDiff(before: ExerciseState, after: ExerciseState): Change {
  const change: Change = {};
  if (before.level !== after.level) change.level = { from: before.level, to: after.level };
  if (!isSameLoad(before.load, after.load)) change.load = { from: before.load, to: after.load };
  if (before.targetSets !== after.targetSets) {
    change.targetSets = { from: before.targetSets, to: after.targetSets };
  }
  return change;
}

function changeExercise(
  plan: Plan,
  change: Extract<CoachChange, { kind: 'exercise' }>,
  context: CoachChangeContext,
): CoachChangeResult {
  const before = plan.exercises.find((state) => state.exerciseId === change.exerciseId);
  if (!before)
    return invalid('change.exerciseId', `${getExercise(change.exerciseId).name} is not in this plan`);
  if (change.level !== undefined) {
    const problem = levelProblem(change.exerciseId, change.level);
    if (problem) return invalid('change.level', problem);
  }
  if (change.load !== undefined) {
    const problem = loadProblem(plan, change.exerciseId, change.load);
    if (problem) return invalid('change.load', problem);
  }
  const moved: ExerciseState = {
    ...before,
    level: change.level ?? before.level,
    load: change.load ?? before.load,
    targetSets: change.targetSets ?? before.targetSets,
  };
  const isStep = moved.level !== before.level || !isSameLoad(moved.load, before.load);
  const after: ExerciseState = isStep
    ? { ...moved, stage: 'technique', cleanWorkouts: 0, fullWorkouts: 0, lastFaults: [] }
    : moved;
  const diff = coachDiff(before, after);
  if (Object.keys(diff).length === 0) {
    return refused({ kind: 'conflict', code: 'no-change', message: 'This is the plan as it already is.' });
  }
  const exercises = plan.exercises.map((state) => (state === before ? after : state));
  return {
    isApplied: true,
    plan: { ...plan, exercises },
    decision: decisionFor(change.exerciseId, diff, 'exercise', context, plan.weightUnit),
  };
}

function addExercise(
  plan: Plan,
  change: Extract<CoachChange, { kind: 'add' }>,
  context: CoachChangeContext,
): CoachChangeResult {
  if (plan.exercises.some((state) => state.exerciseId === change.exerciseId)) {
    return invalid('change.exerciseId', `${getExercise(change.exerciseId).name} is already in this plan`);
  }
  const levelIssue = levelProblem(change.exerciseId, change.level);
  if (levelIssue) return invalid('change.level', levelIssue);
  const loadIssue = loadProblem(plan, change.exerciseId, change.load);
  if (loadIssue) return invalid('change.load', loadIssue);
  const added = newExerciseState(change.exerciseId, change.level, change.load);
  const diff: Change = { exercise: 'added' };
  return {
    isApplied: true,
    plan: { ...plan, exercises: [...plan.exercises, added] },
    decision: decisionFor(change.exerciseId, diff, 'add', context, plan.weightUnit, {
      level: change.level,
      load: change.load,
    }),
  };
}

function removeExercise(plan: Plan, exerciseId: ExerciseId, context: CoachChangeContext): CoachChangeResult {
  if (!plan.exercises.some((state) => state.exerciseId === exerciseId)) {
    return invalid('change.exerciseId', `${getExercise(exerciseId).name} is not in this plan`);
  }
  if (plan.exercises.length === 1) {
    return refused({
      kind: 'conflict',
      code: 'last-exercise',
      message: 'This is the last exercise in the plan: pause the plan instead of removing it.',
    });
  }
  const exercises = plan.exercises.filter((state) => state.exerciseId !== exerciseId);
  return {
    isApplied: true,
    plan: { ...plan, exercises },
    decision: decisionFor(exerciseId, { exercise: 'retired' }, 'remove', context, plan.weightUnit),
  };
}

/** A coach may always pause (it only stops workouts), unless the plan is paused already. */
function pausePlan(plan: Plan, context: CoachChangeContext): CoachChangeResult {
  if (plan.pause) {
    return refused({ kind: 'conflict', code: 'already-paused', message: 'The plan is paused already.' });
  }
  return {
    isApplied: true,
    plan: { ...plan, pause: { reason: 'coach', since: context.at, waitingFor: 'coach', screen: null } },
    decision: decisionFor(null, { paused: { from: false, to: true } }, 'pause', context, plan.weightUnit),
  };
}

/**
 * A coach resumes only their own pause, and never during a safety hold. A pause for pain, a new symptom or
 * a red flag ends on the member's own path: the safety questions answered again, or a doctor's clearance.
 */
function resumePlan(plan: Plan, context: CoachChangeContext): CoachChangeResult {
  if (context.isHeld) {
    return refused({
      kind: 'conflict',
      code: 'safety-hold',
      message: 'The member is waiting for a doctor: only their clearance lets workouts start again.',
    });
  }
  if (!plan.pause)
    return refused({ kind: 'conflict', code: 'not-paused', message: 'The plan is not paused.' });
  if (plan.pause.waitingFor !== 'coach') {
    return refused({
      kind: 'conflict',
      code: 'paused-for-safety',
      message:
        plan.pause.waitingFor === 'screen'
          ? 'The plan is paused until the member answers the safety questions again: only that resumes it.'
          : 'The plan is paused until the member confirms a doctor has cleared them: only that resumes it.',
    });
  }
  return {
    isApplied: true,
    plan: { ...plan, pause: null },
    decision: decisionFor(null, { paused: { from: true, to: false } }, 'resume', context, plan.weightUnit),
  };
}
