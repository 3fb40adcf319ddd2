/**
 * One step up or down for an exercise. A step changes range or load, never both, and always restarts
 * technique-first at three sets, because a new level or load is a new movement to learn.
 */
import { maxLevel } from '../catalogue/index.ts';
import type { Exercise, Load } from '../catalogue/types.ts';
import { nextLoad, previousLoad } from './load-ladder.ts';
import { METHOD } from './rules.ts';
import type { ExerciseState, StepKind } from './schemas.ts';

export type StepUpRule =
  | 'load-step'
  | 'range-step'
  | 'range-instead-of-load'
  | 'load-instead-of-range'
  | 'hold-at-top';

export interface StepUp {
  ruleId: StepUpRule;
  /** The kind of step that was due by alternation, whether or not it could be taken. */
  due: StepKind;
  state: ExerciseState;
}

function restartAt(
  state: ExerciseState,
  level: number,
  load: Load,
  lastStep: StepKind | null,
): ExerciseState {
  return {
    ...state,
    level,
    load,
    lastStep,
    targetSets: METHOD.sets.afterStep,
    stage: 'technique',
    cleanWorkouts: 0,
    fullWorkouts: 0,
    lastFaults: [],
  };
}

/** Load first unless the last step was load; the other kind when the due one is not available. */
export function stepUp(state: ExerciseState, exercise: Exercise, ladder: readonly Load[]): StepUp {
  const due: StepKind = state.lastStep === 'load' ? 'range' : 'load';
  const heavier = nextLoad(ladder, state.load);
  const canAddRange = state.level < maxLevel(exercise);
  const addLoad = (load: Load) => restartAt(state, state.level, load, 'load');
  const addRange = () => restartAt(state, state.level + 1, state.load, 'range');

  if (due === 'load' && heavier) return { ruleId: 'load-step', due, state: addLoad(heavier) };
  if (due === 'range' && canAddRange) return { ruleId: 'range-step', due, state: addRange() };
  if (due === 'load' && canAddRange) return { ruleId: 'range-instead-of-load', due, state: addRange() };
  if (due === 'range' && heavier) return { ruleId: 'load-instead-of-range', due, state: addLoad(heavier) };
  // Nothing left to add: stay at 5 × 10 and do not count towards another step until something changes.
  return { ruleId: 'hold-at-top', due, state: { ...state, fullWorkouts: 0 } };
}

export interface StepDown {
  kind: StepKind | 'none';
  state: ExerciseState;
}

function easeTo(state: ExerciseState, level: number, load: Load): ExerciseState {
  return {
    ...state,
    level,
    load,
    targetSets: Math.min(state.targetSets, METHOD.sets.afterStep),
    stage: 'technique',
    cleanWorkouts: 0,
    fullWorkouts: 0,
  };
}

/** Range first, because a smaller range keeps the load the member has built; then load. */
export function stepDown(state: ExerciseState, ladder: readonly Load[]): StepDown {
  if (state.level > 1) return { kind: 'range', state: easeTo(state, state.level - 1, state.load) };
  const lighter = previousLoad(ladder, state.load);
  if (lighter) return { kind: 'load', state: easeTo(state, state.level, lighter) };
  return { kind: 'none', state: { ...state, fullWorkouts: 0, cleanWorkouts: 0 } };
}

/** The form rule regresses range only: the fault is about how far the member moves, not how heavy. */
export function rangeDown(state: ExerciseState): StepDown {
  if (state.level > 1) return { kind: 'range', state: easeTo(state, state.level - 1, state.load) };
  return { kind: 'none', state: { ...state, fullWorkouts: 0, cleanWorkouts: 0 } };
}
