/**
 * The coach's plan change as the form holds it, and the change it makes. The preview runs the engine's
 * own `applyCoachChange` on the member's plan, so the coach reads the very sentence the member will.
 */
import { EXERCISES, getExercise } from '../../../core/catalogue/index.ts';
import type { ExerciseId, Load } from '../../../core/catalogue/types.ts';
import { applyCoachChange, type CoachChangeResult } from '../../../core/engine/coach-change.ts';
import { loadLadder } from '../../../core/engine/load-ladder.ts';
import type { CoachChange, Plan } from '../../../core/engine/schemas.ts';

export type DraftKind = CoachChange['kind'];

export interface Draft {
  kind: DraftKind;
  exerciseId: ExerciseId;
  level: number;
  load: Load;
  targetSets: number;
  reason: string;
}

/** The loads the member owns for an exercise, easiest first: the only ones the coach may choose. */
export function loadsFor(plan: Plan, exerciseId: ExerciseId): Load[] {
  return loadLadder(getExercise(exerciseId), plan.equipment);
}

/** A load as a form value: "band:light", "dumbbell:6", "bodyweight". */
export function loadKey(load: Load): string {
  if (load.kind === 'bodyweight') return 'bodyweight';
  return load.kind === 'band' ? `band:${load.band}` : `${load.kind}:${load.kg}`;
}

export function exercisesToAdd(plan: Plan): ExerciseId[] {
  const inPlan = new Set(plan.exercises.map((state) => state.exerciseId));
  return EXERCISES.map((exercise) => exercise.id).filter((id) => !inPlan.has(id));
}

/** The form filled in from the plan as it is: the first exercise, at its own level, load and sets. */
export function draftFor(plan: Plan, kind: DraftKind, exerciseId?: ExerciseId, reason = ''): Draft {
  if (kind === 'add') {
    const id = exerciseId ?? exercisesToAdd(plan)[0] ?? 'glute-bridge';
    return {
      kind,
      exerciseId: id,
      level: 1,
      load: loadsFor(plan, id)[0] ?? { kind: 'bodyweight' },
      targetSets: 2,
      reason,
    };
  }
  const state = plan.exercises.find((candidate) => candidate.exerciseId === exerciseId) ?? plan.exercises[0];
  return {
    kind,
    exerciseId: state?.exerciseId ?? 'squat',
    level: state?.level ?? 1,
    load: state?.load ?? { kind: 'bodyweight' },
    targetSets: state?.targetSets ?? 2,
    reason,
  };
}

/** The change the draft asks for; for an exercise, only what differs from the plan. */
export function changeOf(plan: Plan, draft: Draft): CoachChange {
  switch (draft.kind) {
    case 'pause':
    case 'resume':
      return { kind: draft.kind };
    case 'remove':
      return { kind: 'remove', exerciseId: draft.exerciseId };
    case 'add':
      return { kind: 'add', exerciseId: draft.exerciseId, level: draft.level, load: draft.load };
    case 'exercise': {
      const state = plan.exercises.find((candidate) => candidate.exerciseId === draft.exerciseId);
      const change: CoachChange = { kind: 'exercise', exerciseId: draft.exerciseId };
      if (draft.level !== state?.level) change.level = draft.level;
      if (!state || loadKey(draft.load) !== loadKey(state.load)) change.load = draft.load;
      if (draft.targetSets !== state?.targetSets) change.targetSets = draft.targetSets;
      return change;
    }
  }
}

/** What the member will read, or why the change cannot be made. The server decides the hold. */
export function preview(plan: Plan, draft: Draft, coachName: string, at: Date): CoachChangeResult {
  const reason = draft.reason.trim() === '' ? '…' : draft.reason;
  return applyCoachChange(plan, changeOf(plan, draft), {
    coachName,
    reason,
    at: at.toISOString(),
    isHeld: false,
  });
}
