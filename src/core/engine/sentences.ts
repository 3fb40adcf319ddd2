/**
 * The sentences members read after a workout, one builder per rule. They say what happened, then what
 * changes, in that order ("You did …, so next time …"), with the member's own numbers in them.
 */
import type { WeightUnit } from '../catalogue/loads.ts';
import type { ExerciseId, FormFaultId } from '../catalogue/types.ts';
import { METHOD } from './rules.ts';
import type { ExerciseState } from './schemas.ts';
import type { StepDown, StepUpRule } from './steps.ts';
import {
  daysWords,
  exerciseWords,
  faultCue,
  faultWords,
  levelWords,
  loadStepWords,
  loadWords,
  setsWords,
} from './words.ts';

const REPS = METHOD.repsPerSet;

/** What a step down does, said from the member's side: "go back one step, to level 2 (quarter squat)". */
function stepDownWords(down: StepDown, before: ExerciseState, unit: WeightUnit): string {
  const { exerciseId } = before;
  if (down.kind === 'range') return `go back one step, to ${levelWords(exerciseId, down.state.level)}`;
  if (down.state.load.kind === 'bodyweight') {
    return `go back one step, to your bodyweight alone, without ${loadWords(before.load, unit)}`;
  }
  return `go back one step, to ${loadWords(down.state.load, unit)} instead of ${loadWords(before.load, unit)}`;
}

export function painRegressSentence(
  pain: number,
  down: StepDown,
  before: ExerciseState,
  unit: WeightUnit,
): string {
  const what = `Your pain reached ${pain}/10 during ${exerciseWords(before.exerciseId)}`;
  if (down.kind === 'none') {
    return `${what}; it is already at its easiest, so it stays as it is, and we will let your coach know.`;
  }
  return `${what}, so next time you ${stepDownWords(down, before, unit)}, and we will let your coach know.`;
}

export function checkInRegressSentence(
  painNow: number,
  painBefore: number,
  down: StepDown,
  before: ExerciseState,
  unit: WeightUnit,
): string {
  const what = `Your back was ${painNow}/10 this morning against ${painBefore}/10 before the workout`;
  const exercise = exerciseWords(before.exerciseId);
  if (down.kind === 'none') {
    return `${what}; ${exercise} is already at its easiest, so it stays as it is, and we will let your coach know.`;
  }
  return `${what}, so next time in ${exercise} you ${stepDownWords(down, before, unit)}, and we will let your coach know.`;
}

export function checkInAlreadyEasierSentence(painNow: number, painBefore: number): string {
  return `Your back was ${painNow}/10 this morning against ${painBefore}/10 before the workout; what hurt is already easier next time, and we will let your coach know.`;
}

/**
 * A morning that is better than before the workout is good news and is said so; the same or a point worse
 * is the body taking the workout well. Pain high enough to pause the plan is neither: the pause says why.
 */
export function checkInFineSentence(painNow: number, painBefore: number): string {
  const what = `Your back was ${painNow}/10 this morning against ${painBefore}/10 before the workout`;
  if (painNow >= METHOD.pain.pauseFrom) return `${what}.`;
  if (painNow < painBefore) {
    return `${what}: that is good news, your back is calmer after the workout than before it. Your plan carries on as it is.`;
  }
  if (painNow === painBefore) {
    return `${what}, the same as before: your body took the workout well, and your plan carries on as it is.`;
  }
  return `${what}, a little more than before and within the usual ups and downs: your plan carries on as it is.`;
}

export function formRepeatSentence(
  repeated: readonly FormFaultId[],
  down: StepDown,
  exerciseId: ExerciseId,
): string {
  const what = `In ${exerciseWords(exerciseId)} ${faultWords(repeated)} two workouts in a row`;
  const cue = faultCue(exerciseId, repeated[0] ?? 'lost-brace');
  if (down.kind === 'none') {
    return `${what}; you are already at the smallest range, so stay here and focus on this: ${lowerFirst(cue)}`;
  }
  return `${what}, so next time you go back to ${levelWords(exerciseId, down.state.level)}, where your form holds. Focus on this: ${cue}`;
}

export function formHoldSentence(faults: readonly FormFaultId[], exerciseId: ExerciseId): string {
  const cue = faultCue(exerciseId, faults[0] ?? 'lost-brace');
  return `In ${exerciseWords(exerciseId)} ${faultWords(faults)}, so next time you stay where you are and focus on this: ${lowerFirst(cue)}`;
}

export function painHoldSentence(pain: number, exerciseId: ExerciseId): string {
  return `Your pain reached ${pain}/10 during ${exerciseWords(exerciseId)}, so next time you stay where you are instead of adding anything.`;
}

export function techniqueContinueSentence(exerciseId: ExerciseId, counted: boolean): string {
  if (counted) {
    return `Clean reps in ${exerciseWords(exerciseId)}: one more clean workout at this level and your technique is set.`;
  }
  return `Keep practising ${exerciseWords(exerciseId)} at this level with clean, unhurried reps: two clean workouts set your technique.`;
}

export function techniqueEstablishedSentence(exerciseId: ExerciseId, sets: number): string {
  return `Two clean workouts at this level: your technique in ${exerciseWords(exerciseId)} is set, so now work hard: ${setsWords(sets)} of ${REPS}, and stop a set early only when your form would slip.`;
}

export function addASetSentence(exerciseId: ExerciseId, done: number, next: number): string {
  return `You did all ${setsWords(done)} of ${REPS} in ${exerciseWords(exerciseId)} with good form, so next time you aim for ${setsWords(next)}.`;
}

export function holdSetsSentence(
  exerciseId: ExerciseId,
  good: number,
  target: number,
  couldNotFinish: boolean,
): string {
  if (couldNotFinish) {
    return `You could not finish with good form, so next time ${exerciseWords(exerciseId)} stays at ${setsWords(target)} of ${REPS}.`;
  }
  return `You did ${good} of your ${setsWords(target)} of ${REPS} in ${exerciseWords(exerciseId)} with good form, so next time you aim for ${setsWords(target)} again.`;
}

export function keepGoingSentence(exerciseId: ExerciseId, pain: number): string {
  return `You did 5 sets of ${REPS} in ${exerciseWords(exerciseId)} with good form and your pain stayed at ${pain}/10: do that once more and you move up a step.`;
}

export function stepUpSentence(
  ruleId: StepUpRule,
  pain: number,
  before: ExerciseState,
  after: ExerciseState,
  unit: WeightUnit,
): string {
  const { exerciseId } = before;
  const exercise = exerciseWords(exerciseId);
  const earned = `You did 5 sets of ${REPS} in ${exercise} with good form twice and your pain stayed at ${pain}/10, so next time`;
  const settle = `you go back to 3 sets while you get used to it.`;
  const moreLoad = `you add ${loadStepWords(before.load, after.load, unit)}`;
  const moreRange = `you go a little further, to ${levelWords(exerciseId, after.level)}`;
  switch (ruleId) {
    case 'load-step':
      return `${earned} ${moreLoad}; ${settle}`;
    case 'range-step':
      return `${earned} ${moreRange}; ${settle}`;
    case 'range-instead-of-load':
      return `${earned} ${moreRange}: you have no heavier band or weight for it, so range comes first this time; ${settle}`;
    case 'load-instead-of-range':
      return `${earned} ${moreLoad}, since you already move through the full range; ${settle}`;
    case 'hold-at-top': {
      const what =
        before.load.kind === 'bodyweight'
          ? 'with nothing to add'
          : `with ${loadWords(before.load, unit)}, the heaviest you have`;
      return `You did 5 sets of ${REPS} in ${exercise} with good form twice, at full range ${what}: keep going at 5 sets of ${REPS}, and tell us when you get a heavier band or weight, so you can keep getting stronger.`;
    }
  }
}

export function gapSentence(days: number, before: ExerciseState, after: ExerciseState): string {
  const since = `It has been ${daysWords(days)} since your last workout, so ${exerciseWords(before.exerciseId)}`;
  const isLevelLower = after.level < before.level;
  const isSetLower = after.targetSets < before.targetSets;
  const level = `one level lower, at ${levelWords(before.exerciseId, after.level)}`;
  const sets = `${setsWords(after.targetSets)} instead of ${before.targetSets}`;
  const fewest = `${setsWords(after.targetSets)}, the fewest we ask for`;
  if (isLevelLower && isSetLower) return `${since} restarts ${level}, and one set lower, with ${sets}.`;
  if (isLevelLower) return `${since} restarts ${level}, with ${fewest}.`;
  if (isSetLower) return `${since} restarts one set lower: ${sets}.`;
  return `${since} restarts gently, at ${fewest}${before.level === 1 ? ', at its smallest range' : ''}.`;
}

/** A cue quoted inside a sentence starts in lower case ("…focus on this: keep your knees…"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function painStopSentence(
  pain: number,
  painBefore: number,
  exerciseId: ExerciseId,
  lowerLevel: number | null,
): string {
  const exercise = exerciseWords(exerciseId);
  const what =
    pain > METHOD.pain.regressAbove
      ? `Your pain reached ${pain}/10 during ${exercise}`
      : `Your pain went up to ${pain}/10 during ${exercise}, from ${painBefore}/10 before the workout`;
  const carryOn = 'the rest of your workout carries on.';
  if (lowerLevel === null) return `${what}, so stop ${exercise} for today; ${carryOn}`;
  return `${what}, so stop ${exercise} at this level for today: skip it, or go on one level lower, at ${levelWords(exerciseId, lowerLevel)}, if that stays comfortable; ${carryOn}`;
}
