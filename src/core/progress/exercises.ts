/**
 * Each exercise workout by workout: the hardest level and load done that day, placed on one load ladder
 * per exercise so level and load can share a chart.
 */
import { getExercise } from '../catalogue/index.ts';
import { compareLoads, describeLoad, formatWeight, type WeightUnit } from '../catalogue/loads.ts';
import { EXERCISE_IDS, type ExerciseId, type Load } from '../catalogue/types.ts';
import type { Plan, SetLog } from '../engine/schemas.ts';
import type { HistoryWorkout } from './history.ts';
import type { ExercisePoint, ExerciseProgress } from './types.ts';
import { clampLevel, positionPhrase } from './words.ts';

const BODYWEIGHT: Load = { kind: 'bodyweight' };

/**
 * The hardest set of the day: the highest level reached, and the heaviest load used at that level, so
 * the point is a level and load the member really did together.
 */
function hardestSet(exerciseId: ExerciseId, sets: readonly SetLog[]): { level: number; load: Load } {
  let level = 0;
  let load = BODYWEIGHT;
  for (const set of sets) {
    const setLevel = clampLevel(exerciseId, set.level);
    if (setLevel > level || (setLevel === level && compareLoads(set.load, load) > 0)) {
      level = setLevel;
      load = set.load;
    }
  }
  return { level, load };
}

/**
 * The member's load ladder for one exercise: bodyweight, then every load its points show, easiest first. A
 * dumbbell and a kettlebell of the same weight are one rung, as in the engine's ladder.
 */
function usedLadder(loads: readonly Load[]): Load[][] {
  const rungs: Load[][] = [[BODYWEIGHT]];
  for (const load of [...loads].sort(compareLoads)) {
    const rung = rungs.find((candidate) => compareLoads(candidate[0] ?? BODYWEIGHT, load) === 0);
    if (!rung) rungs.push([load]);
    else if (!rung.some((other) => other.kind === load.kind)) rung.push(load);
  }
  return rungs;
}

function rungLabel(rung: readonly Load[], unit: WeightUnit): string {
  const [first] = rung;
  if (!first) return 'bodyweight';
  if (rung.length > 1 && 'kg' in first) return `${formatWeight(first.kg, unit)} weight`;
  return describeLoad(first, unit);
}

function pointsOf(
  exerciseId: ExerciseId,
  workouts: readonly HistoryWorkout[],
): Omit<ExercisePoint, 'loadStep'>[] {
  return workouts.flatMap((workout) => {
    const sets = workout.sets.filter((set) => set.exerciseId === exerciseId);
    if (sets.length === 0) return [];
    const { level, load } = hardestSet(exerciseId, sets);
    return [
      {
        date: workout.date,
        workoutId: workout.id,
        level,
        load,
        sets: sets.length,
        reps: sets.reduce((sum, set) => sum + set.reps, 0),
        goodReps: sets.reduce((sum, set) => sum + (set.faults.length === 0 ? set.reps : 0), 0),
      },
    ];
  });
}

/**
 * Every exercise the member has done or has in their plan, in the program's order. `workouts` are the
 * ones that count, oldest first.
 */
export function exercisesProgress(
  workouts: readonly HistoryWorkout[],
  plan: Plan | null,
): ExerciseProgress[] {
  const unit = plan?.weightUnit ?? 'kg';
  const planned = new Set(plan?.exercises.map((state) => state.exerciseId) ?? []);
  return EXERCISE_IDS.flatMap((exerciseId) => {
    const found = pointsOf(exerciseId, workouts);
    if (found.length === 0 && !planned.has(exerciseId)) return [];
    const exercise = getExercise(exerciseId);
    const ladder = usedLadder(found.map((point) => point.load));
    const points = found.map((point) => ({
      ...point,
      loadStep: ladder.findIndex((rung) => compareLoads(rung[0] ?? BODYWEIGHT, point.load) === 0),
    }));
    const first = points[0];
    const latest = points.at(-1);
    return [
      {
        exerciseId,
        name: exercise.name,
        points,
        loadSteps: ladder.map((rung) => rungLabel(rung, unit)),
        levelNames: exercise.levels.map((level) => level.name.toLowerCase()),
        from: first ? positionPhrase(exerciseId, first.level, first.load, unit) : null,
        to: latest ? positionPhrase(exerciseId, latest.level, latest.load, unit) : null,
      },
    ];
  });
}
