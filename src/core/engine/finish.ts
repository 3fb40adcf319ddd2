/**
 * After a workout, and the next morning: the plan in, the plan out, with every decision that changed it.
 * A server calls these with what it loaded and stores both results; nothing here reads a clock or a disk.
 */

import { getExercise } from '../catalogue/index.ts';
import type { ExerciseId } from '../catalogue/types.ts';
import { changeBetween, type Decision } from './decision.ts';
import { applyGap } from './gaps.ts';
import { loadLadder } from './load-ladder.ts';
import { painStopsIn } from './pain-during-workout.ts';
import { pauseForScreen } from './pause.ts';
import { advancePhase } from './phase-changes.ts';
import { decideExercise } from './progression.ts';
import { METHOD } from './rules.ts';
import type { CheckIn, Plan, WorkoutLog } from './schemas.ts';
import { checkInAlreadyEasierSentence, checkInFineSentence, checkInRegressSentence } from './sentences.ts';
import { stepDown } from './steps.ts';

export interface FinishContext {
  /** When the workout was finished (ISO date-time): a pause it causes is recorded from then. */
  at: string;
}

export interface Outcome {
  plan: Plan;
  decisions: Decision[];
}

const PAUSED_SENTENCE =
  'Your plan is paused, so this workout changes nothing in it: please see the message on your home screen first.';

function highestPainIn(log: WorkoutLog): { pain: number; exerciseId: ExerciseId | null } {
  let worst: { pain: number; exerciseId: ExerciseId | null } = { pain: 0, exerciseId: null };
  for (const set of log.sets)
    if (set.pain > worst.pain) worst = { pain: set.pain, exerciseId: set.exerciseId };
  return worst;
}

export function finishWorkout(plan: Plan, log: WorkoutLog, context: FinishContext): Outcome {
  if (plan.pause !== null) {
    const decision: Decision = {
      exerciseId: null,
      ruleId: 'program-paused',
      inputs: { date: log.date, pausedSince: plan.pause.since, waitingFor: plan.pause.waitingFor },
      change: {},
      sentence: PAUSED_SENTENCE,
      tellCoach: false,
    };
    return { plan, decisions: [decision] };
  }
  const restarted = applyGap(plan, log.date);
  // Exercises the pain stopped during the workout are recorded with it; their next time is judged below.
  const decisions = [...restarted.decisions, ...painStopsIn(log)];
  const trained: ExerciseId[] = [];
  const regressed: ExerciseId[] = [];
  const unit = plan.weightUnit;
  const exercises = restarted.plan.exercises.map((state) => {
    const sets = log.sets.filter((set) => set.exerciseId === state.exerciseId);
    if (sets.length === 0) return state; // Skipped today: nothing to judge, nothing changes.
    const outcome = decideExercise(state, sets, { effort: log.effort, equipment: plan.equipment, unit });
    trained.push(state.exerciseId);
    if (outcome.regressed) regressed.push(state.exerciseId);
    decisions.push(...outcome.decisions);
    return outcome.state;
  });
  const worst = highestPainIn(log);
  // The timeline only moves forward: a workout dated before the last one (the server refuses those, but
  // the engine must not depend on it) is judged, yet leaves the last-workout day and the awaited check-in
  // as they were, so the next workout is not given a break it never had.
  const isLatest = plan.lastWorkoutOn === null || log.date >= plan.lastWorkoutOn;
  let next: Plan = {
    ...restarted.plan,
    exercises,
    lastWorkoutOn: isLatest ? log.date : plan.lastWorkoutOn,
    recentPain: [...plan.recentPain, worst.pain].slice(-METHOD.painHistoryLength),
    awaitingCheckIn: isLatest
      ? {
          workoutOn: log.date,
          painBefore: log.painBefore,
          exerciseIds: trained.filter((id) => !regressed.includes(id)),
        }
      : plan.awaitingCheckIn,
  };
  if (worst.pain >= METHOD.pain.pauseFrom) {
    const paused = pauseForScreen(next, 'severe-pain', context.at, worst);
    next = paused.plan;
    decisions.push(paused.decision);
  }
  if (log.newSymptoms) {
    const paused = pauseForScreen(next, 'new-symptom', context.at, { exerciseId: null, pain: worst.pain });
    next = paused.plan;
    decisions.push(paused.decision);
  }
  if (next.pause === null) {
    const advanced = advancePhase(next, log.date);
    next = advanced.plan;
    decisions.push(...advanced.decisions);
  }
  return { plan: next, decisions };
}

/**
 * The next-morning check-in. It applies once: a second check-in for the same workout, or one for an older
 * workout, changes nothing, so a retried request is harmless.
 */
export function applyCheckIn(plan: Plan, checkIn: CheckIn): Outcome {
  const awaiting = plan.awaitingCheckIn;
  if (awaiting === null || awaiting.workoutOn !== checkIn.workoutOn) return { plan, decisions: [] };
  const worseBy = checkIn.pain - awaiting.painBefore;
  const inputs = {
    workoutOn: awaiting.workoutOn,
    painBefore: awaiting.painBefore,
    painNow: checkIn.pain,
    worseBy,
  };
  const decisions: Decision[] = [];
  let next: Plan = { ...plan, awaitingCheckIn: null };
  if (worseBy >= METHOD.pain.checkInWorseBy && awaiting.exerciseIds.length === 0) {
    // Every exercise of that workout was already made easier after it: record the morning for the coach.
    decisions.push({
      exerciseId: null,
      ruleId: 'check-in-regress',
      inputs,
      change: {},
      sentence: checkInAlreadyEasierSentence(checkIn.pain, awaiting.painBefore),
      tellCoach: true,
    });
  } else if (worseBy >= METHOD.pain.checkInWorseBy) {
    next = {
      ...next,
      exercises: next.exercises.map((before) => {
        if (!awaiting.exerciseIds.includes(before.exerciseId)) return before;
        const down = stepDown(before, loadLadder(getExercise(before.exerciseId), plan.equipment));
        decisions.push({
          exerciseId: before.exerciseId,
          ruleId: 'check-in-regress',
          inputs,
          change: changeBetween(before, down.state),
          sentence: checkInRegressSentence(checkIn.pain, awaiting.painBefore, down, before, plan.weightUnit),
          tellCoach: true,
        });
        return down.state;
      }),
    };
  } else {
    decisions.push({
      exerciseId: null,
      ruleId: 'check-in-fine',
      inputs,
      change: {},
      sentence: checkInFineSentence(checkIn.pain, awaiting.painBefore),
      tellCoach: false,
    });
  }
  if (checkIn.pain >= METHOD.pain.pauseFrom) {
    const paused = pauseForScreen(next, 'severe-pain', checkIn.at, { exerciseId: null, pain: checkIn.pain });
    next = paused.plan;
    decisions.push(paused.decision);
  }
  if (checkIn.newSymptoms) {
    const paused = pauseForScreen(next, 'new-symptom', checkIn.at, { exerciseId: null, pain: checkIn.pain });
    next = paused.plan;
    decisions.push(paused.decision);
  }
  return { plan: next, decisions };
}
