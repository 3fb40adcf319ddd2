import type { ExerciseId, Load } from '../catalogue/types.ts';
import { METHOD } from './rules.ts';
import type { ExerciseState } from './schemas.ts';

/** A new exercise starts technique-first, with two sets, and nothing remembered yet. */
export function newExerciseState(exerciseId: ExerciseId, level: number, load: Load): ExerciseState {
  return {
    exerciseId,
    level,
    load,
    targetSets: METHOD.sets.newExercise,
    stage: 'technique',
    cleanWorkouts: 0,
    fullWorkouts: 0,
    lastStep: null,
    lastFaults: [],
    lastPain: null,
  };
}
