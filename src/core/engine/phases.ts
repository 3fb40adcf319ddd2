/**
 * The five phases. A phase is earned, not a date: each has entry criteria, written as data, and the member
 * moves up when all of them are met. Phases never go down; a hard week changes exercises, not the phase.
 */
import { getExercise, maxLevel } from '../catalogue/index.ts';
import type { ExerciseId } from '../catalogue/types.ts';
import { daysBetween } from './dates.ts';
import { type LevelMark, levelAtMark } from './levels.ts';
import { isLoaded } from './load-ladder.ts';
import { METHOD } from './rules.ts';
import type { Plan } from './schemas.ts';

export type PainTrend = 'better' | 'steady' | 'worse';

export type PhaseCriterion =
  | { kind: 'level'; exerciseId: ExerciseId; atLeast: LevelMark | number }
  | { kind: 'loaded'; exerciseId: ExerciseId }
  | { kind: 'technique-set'; exerciseId: ExerciseId }
  | { kind: 'pain-trend'; oneOf: readonly PainTrend[] }
  | { kind: 'latest-pain'; atMost: number }
  | { kind: 'weeks-since-surgery'; atLeast: number };

export interface Phase {
  phase: 1 | 2 | 3 | 4 | 5;
  name: string;
  /** What the phase is about, for the app to show. */
  focus: string;
  /** Said to the member on entering the phase: what changes now. */
  welcome: string;
  /** All must hold to enter this phase from the one before. Phase 1 has none: it is where a gentle start begins. */
  entry: readonly PhaseCriterion[];
  /** Exercises the phase brings in, and stepping stones it retires. */
  adds: readonly ExerciseId[];
  retires: readonly ExerciseId[];
  /** Workouts a week the phase needs to keep progressing. */
  workoutsPerWeekNeeded: number;
}

const PAIN_SETTLED: readonly PhaseCriterion[] = [
  { kind: 'pain-trend', oneOf: ['better', 'steady'] },
  { kind: 'latest-pain', atMost: METHOD.progress.highestPain },
];

export const PHASES: readonly Phase[] = [
  {
    phase: 1,
    name: 'Calm and control',
    focus: 'Bracing, posture, the glute bridge and the smallest ranges, to calm your back and learn control.',
    welcome: 'you learn to brace and move with control, through small ranges.',
    entry: [],
    adds: [],
    retires: [],
    workoutsPerWeekNeeded: 3,
  },
  {
    phase: 2,
    name: 'Build the base',
    focus: 'Standing movements through partial ranges, with technique first.',
    welcome:
      'the hip hinge and the split squat join your workouts, technique first, and your squat no longer needs a hand on a support.',
    entry: [
      { kind: 'technique-set', exerciseId: 'glute-bridge' },
      { kind: 'level', exerciseId: 'squat', atLeast: 2 },
      { kind: 'weeks-since-surgery', atLeast: METHOD.start.recentSurgeryWeeks },
      ...PAIN_SETTLED,
    ],
    adds: ['hip-hinge', 'split-squat'],
    retires: [],
    workoutsPerWeekNeeded: 3,
  },
  {
    phase: 3,
    name: 'Strength',
    focus: 'Volume up to 5 sets of 10, and your first resistance.',
    welcome: 'your sets grow towards 5 of 10, and bands or weights come in.',
    entry: [
      { kind: 'level', exerciseId: 'squat', atLeast: 'halfway' },
      { kind: 'level', exerciseId: 'hip-hinge', atLeast: 'halfway' },
      { kind: 'level', exerciseId: 'split-squat', atLeast: 'halfway' },
      { kind: 'technique-set', exerciseId: 'squat' },
      { kind: 'technique-set', exerciseId: 'hip-hinge' },
      { kind: 'technique-set', exerciseId: 'split-squat' },
      ...PAIN_SETTLED,
    ],
    adds: [],
    retires: ['glute-bridge'],
    workoutsPerWeekNeeded: 3,
  },
  {
    phase: 4,
    name: 'Hip strength accelerates',
    focus: 'The split squat and pull-through with load; load and range grow together.',
    welcome:
      'the split squat and the pull-through carry load, load and range grow together, and you can let go of the support in the split squat.',
    entry: [
      { kind: 'level', exerciseId: 'hip-hinge', atLeast: 'upper' },
      { kind: 'loaded', exerciseId: 'hip-hinge' },
      { kind: 'loaded', exerciseId: 'squat' },
      { kind: 'level', exerciseId: 'split-squat', atLeast: 'halfway' },
      ...PAIN_SETTLED,
    ],
    adds: ['pull-through'],
    retires: [],
    workoutsPerWeekNeeded: 3,
  },
  {
    phase: 5,
    name: 'For life',
    focus: 'Keep progressing; two workouts a week are now enough to keep what you have built.',
    welcome: 'keep progressing as you like; two workouts a week are now enough to keep what you have built.',
    entry: [
      { kind: 'level', exerciseId: 'squat', atLeast: 'full' },
      { kind: 'loaded', exerciseId: 'squat' },
      { kind: 'level', exerciseId: 'hip-hinge', atLeast: 'full' },
      { kind: 'loaded', exerciseId: 'hip-hinge' },
      { kind: 'level', exerciseId: 'split-squat', atLeast: 'full' },
      { kind: 'loaded', exerciseId: 'split-squat' },
      ...PAIN_SETTLED,
    ],
    adds: [],
    retires: [],
    workoutsPerWeekNeeded: 2,
  },
];

export function phaseDefinition(phase: number): Phase {
  const found = PHASES.find((candidate) => candidate.phase === phase);
  if (!found) throw new RangeError(`phases are 1–5, not ${phase}`);
  return found;
}

/** Newer half of the recent workouts against the older half: a point or more either way is a trend. */
export function painTrend(recentPain: readonly number[]): PainTrend {
  if (recentPain.length < 2) return 'steady';
  const half = Math.floor(recentPain.length / 2);
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const difference = mean(recentPain.slice(-half)) - mean(recentPain.slice(0, half));
  if (difference >= 1) return 'worse';
  if (difference <= -1) return 'better';
  return 'steady';
}

export function requiredLevel(exerciseId: ExerciseId, atLeast: LevelMark | number): number {
  return typeof atLeast === 'number' ? atLeast : levelAtMark(atLeast, maxLevel(getExercise(exerciseId)));
}

export function isCriterionMet(plan: Plan, criterion: PhaseCriterion, today: string): boolean {
  switch (criterion.kind) {
    case 'level': {
      const state = plan.exercises.find((candidate) => candidate.exerciseId === criterion.exerciseId);
      if (!state) return false;
      return state.level >= requiredLevel(criterion.exerciseId, criterion.atLeast);
    }
    case 'loaded': {
      const state = plan.exercises.find((candidate) => candidate.exerciseId === criterion.exerciseId);
      return state !== undefined && isLoaded(state.load);
    }
    case 'technique-set': {
      const state = plan.exercises.find((candidate) => candidate.exerciseId === criterion.exerciseId);
      return state !== undefined && state.stage === 'work';
    }
    case 'pain-trend':
      return criterion.oneOf.includes(painTrend(plan.recentPain));
    case 'latest-pain': {
      const latest = plan.recentPain.at(-1);
      return latest !== undefined && latest <= criterion.atMost;
    }
    case 'weeks-since-surgery':
      return plan.surgeryOn === null || daysBetween(plan.surgeryOn, today) >= criterion.atLeast * 7;
  }
}

/** The criteria of the next phase not yet met; empty when the member has earned it. */
export function unmetCriteria(plan: Plan, today: string): PhaseCriterion[] {
  if (plan.phase >= 5) return [];
  const next = phaseDefinition(plan.phase + 1);
  return next.entry.filter((criterion) => !isCriterionMet(plan, criterion, today));
}

export interface PhaseEvaluation {
  phase: number;
  /** The next phase and what it still needs, or null in phase 5. */
  next: { phase: number; unmet: PhaseCriterion[] } | null;
}

export function evaluatePhase(plan: Plan, today: string): PhaseEvaluation {
  if (plan.phase >= 5) return { phase: plan.phase, next: null };
  const unmet = unmetCriteria(plan, today);
  if (unmet.length === 0) return { phase: plan.phase + 1, next: nextOf(plan.phase + 1, plan, today) };
  return { phase: plan.phase, next: { phase: plan.phase + 1, unmet } };
}

function nextOf(phase: number, plan: Plan, today: string): PhaseEvaluation['next'] {
  if (phase >= 5) return null;
  return { phase: phase + 1, unmet: unmetCriteria({ ...plan, phase }, today) };
}
