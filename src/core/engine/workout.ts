/**
 * Today's (or the next) workout: what the plan says, adjusted for a break, with the cues that matter for
 * this member now. Nothing is stored here; finishing the workout is what changes the plan.
 */
import { getExercise, levelOf, maxLevel } from '../catalogue/index.ts';
import type { ExerciseId, Load } from '../catalogue/types.ts';
import type { Decision } from './decision.ts';
import { applyGap } from './gaps.ts';
import { PAUSE_MESSAGES } from './pause.ts';
import { METHOD } from './rules.ts';
import { nextTrainingDate } from './schedule.ts';
import type { ExerciseState, Pause, Plan, Stage } from './schemas.ts';
import { faultCue } from './words.ts';

export interface Prescription {
  exerciseId: ExerciseId;
  name: string;
  level: number;
  levelName: string;
  levelDescription: string;
  maxLevel: number;
  load: Load;
  sets: number;
  reps: number;
  restSeconds: number;
  stage: Stage;
  /** Hold on to a counter or a sturdy chair for balance. */
  supported: boolean;
  /** Two or three cues: the fix for a fault seen last time first, then the exercise's own, in order. */
  cues: string[];
}

export type NextWorkout =
  | {
      status: 'ready';
      date: string;
      isToday: boolean;
      phase: number;
      exercises: Prescription[];
      /** Decisions made for this workout before it starts: a restart after a break. */
      decisions: Decision[];
    }
  | { status: 'paused'; pause: Pause; message: string };

/** Held for balance until the movement is strong: the squat in phase 1, the split squat until phase 4. */
function isSupported(exerciseId: ExerciseId, phase: number): boolean {
  if (exerciseId === 'squat') return phase <= 1;
  if (exerciseId === 'split-squat') return phase <= 3;
  return false;
}

export function cuesFor(state: ExerciseState): string[] {
  const exercise = getExercise(state.exerciseId);
  const faultCues = state.lastFaults.map((fault) => faultCue(state.exerciseId, fault));
  const wanted = Math.max(
    METHOD.cuesShown[state.stage],
    Math.min(faultCues.length + 1, METHOD.cuesShown.most),
  );
  const unique = [...new Set([...faultCues, ...exercise.cues])];
  return unique.slice(0, wanted);
}

export function prescribe(state: ExerciseState, phase: number): Prescription {
  const exercise = getExercise(state.exerciseId);
  const top = maxLevel(exercise);
  const level = levelOf(exercise, Math.min(Math.max(state.level, 1), top));
  return {
    exerciseId: state.exerciseId,
    name: exercise.name,
    level: level.level,
    levelName: level.name,
    levelDescription: level.description,
    maxLevel: top,
    load: state.load,
    sets: state.targetSets,
    reps: METHOD.repsPerSet,
    restSeconds: METHOD.restSeconds[state.stage],
    stage: state.stage,
    supported: isSupported(state.exerciseId, phase),
    cues: cuesFor(state),
  };
}

/** Any past workouts with a date; the plan's own last workout counts even if the list misses it. */
export interface PastWorkout {
  date: string;
}

export function nextWorkout(plan: Plan, history: readonly PastWorkout[], today: string): NextWorkout {
  if (plan.pause !== null) {
    return { status: 'paused', pause: plan.pause, message: PAUSE_MESSAGES[plan.pause.waitingFor] };
  }
  const dates = history.map((workout) => workout.date);
  if (plan.lastWorkoutOn !== null && !dates.includes(plan.lastWorkoutOn)) dates.push(plan.lastWorkoutOn);
  const date = nextTrainingDate(plan.daysPerWeek, dates, today);
  const restarted = applyGap(plan, date);
  return {
    status: 'ready',
    date,
    isToday: date === today,
    phase: plan.phase,
    exercises: restarted.plan.exercises.map((state) => prescribe(state, plan.phase)),
    decisions: restarted.decisions,
  };
}
