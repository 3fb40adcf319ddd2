/** Small hand-built histories for the progress tests: a plan, workouts of sets, and the rest empty. */
import type { ExerciseId, FormFaultId, Load } from '../catalogue/types.ts';
import { newExerciseState } from '../engine/exercise-state.ts';
import type { Plan, SetLog } from '../engine/schemas.ts';
import type { HistoryWorkout, ProgressHistory } from './history.ts';

export const BODYWEIGHT: Load = { kind: 'bodyweight' };

/** A member who started on 2 March 2026 (a Monday), three days a week, with squat and hip hinge. */
export function planOf(overrides: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    startedOn: '2026-03-02',
    phase: 2,
    daysPerWeek: 3,
    weightUnit: 'kg',
    equipment: { bands: ['light', 'medium'], dumbbellsKg: [], kettlebellsKg: [8, 10], cableKg: [] },
    surgeryOn: null,
    exercises: [newExerciseState('squat', 1, BODYWEIGHT), newExerciseState('hip-hinge', 2, BODYWEIGHT)],
    lastWorkoutOn: null,
    recentPain: [],
    awaitingCheckIn: null,
    pause: null,
    ...overrides,
  };
}

export function setOf(
  exerciseId: ExerciseId,
  level: number,
  load: Load = BODYWEIGHT,
  extra: { reps?: number; pain?: number; faults?: FormFaultId[] } = {},
): SetLog {
  return {
    exerciseId,
    level,
    load,
    reps: extra.reps ?? 10,
    pain: extra.pain ?? 1,
    faults: extra.faults ?? [],
  };
}

/** `count` identical sets. */
export function setsOf(count: number, set: SetLog): SetLog[] {
  return Array.from({ length: count }, () => ({ ...set }));
}

let workoutNumber = 0;

export function workoutOn(
  date: string,
  sets: SetLog[],
  status: HistoryWorkout['status'] = 'finished',
): HistoryWorkout {
  workoutNumber += 1;
  return { id: `workout-${date}-${workoutNumber}`, date, status, sets };
}

export function historyOf(overrides: Partial<ProgressHistory> = {}): ProgressHistory {
  return {
    today: '2026-03-02',
    plan: planOf(),
    workouts: [],
    checkIns: [],
    decisions: [],
    screens: [],
    measures: [],
    disabilityInstrument: 'oswestry',
    ...overrides,
  };
}
