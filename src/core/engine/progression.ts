/**
 * What one exercise's sets in one workout mean for the next workout: the method's rules 1–5, checked in
 * order of safety. Pain outranks form, form outranks effort, and only a clean, comfortable workout can move
 * the member forward. At most one rule changes the exercise per workout.
 */
import { getExercise } from '../catalogue/index.ts';
import { isSameLoad, type WeightUnit } from '../catalogue/loads.ts';
import { FORM_FAULT_IDS } from '../catalogue/types.ts';
import { changeBetween, type Decision } from './decision.ts';
import { loadLadder } from './load-ladder.ts';
import { METHOD, type RuleId } from './rules.ts';
import { type Effort, type ExerciseState, goodRepsOf, type MemberEquipment, type SetLog } from './schemas.ts';
import * as say from './sentences.ts';
import { rangeDown, stepDown, stepUp } from './steps.ts';

export interface ExerciseContext {
  effort: Effort;
  equipment: MemberEquipment;
  unit: WeightUnit;
}

export interface ExerciseOutcome {
  state: ExerciseState;
  decisions: Decision[];
  /** The exercise was made easier, so the next-morning check-in does not make it easier again. */
  regressed: boolean;
}

export function decideExercise(
  before: ExerciseState,
  sets: readonly SetLog[],
  context: ExerciseContext,
): ExerciseOutcome {
  const { exerciseId } = before;
  const exercise = getExercise(exerciseId);
  const ladder = loadLadder(exercise, context.equipment);
  const highestPain = Math.max(0, ...sets.map((set) => set.pain));
  const faults = FORM_FAULT_IDS.filter((fault) => sets.some((set) => set.faults.includes(fault)));
  const repeated = faults.filter((fault) => before.lastFaults.includes(fault));
  // Only sets done as prescribed count towards progress: a smaller range or lighter load is not the target.
  const atPrescription = sets.filter(
    (set) => set.level === before.level && isSameLoad(set.load, before.load),
  );
  // "10 good reps" means reps with good form: a camera set of 10 reps, 8 of them good, is not one, just
  // as a member counting for themselves logs 8. Technique (rule 1) stays about form faults alone, so it
  // judges that camera set as it judges the member's 8: clean when no fault is named.
  const goodSets = atPrescription.filter(
    (set) => goodRepsOf(set) >= METHOD.repsPerSet && set.faults.length === 0,
  ).length;
  const couldNotFinish = context.effort === 'could-not-finish';
  const inputs = {
    level: before.level,
    load: before.load,
    targetSets: before.targetSets,
    stage: before.stage,
    setsLogged: sets.length,
    goodSets,
    highestPain,
    faults,
    lastFaults: before.lastFaults,
    effort: context.effort,
  };

  function outcome(
    ruleId: RuleId,
    after: ExerciseState,
    sentence: string,
    regressed = false,
  ): ExerciseOutcome {
    const remembered = { ...after, lastFaults: faults, lastPain: highestPain };
    const decision = {
      exerciseId,
      ruleId,
      inputs,
      change: changeBetween(before, after),
      sentence,
      tellCoach: ruleId === 'pain-regress',
    };
    return { state: remembered, decisions: [decision], regressed };
  }

  if (highestPain > METHOD.pain.regressAbove) {
    const down = stepDown(before, ladder);
    const sentence = say.painRegressSentence(highestPain, down, before, context.unit);
    return outcome('pain-regress', down.state, sentence, down.kind !== 'none');
  }
  if (repeated.length > 0) {
    const down = rangeDown(before);
    return outcome(
      'form-repeat-regress',
      down.state,
      say.formRepeatSentence(repeated, down, exerciseId),
      true,
    );
  }
  if (faults.length > 0) {
    return outcome('form-hold', { ...before, fullWorkouts: 0 }, say.formHoldSentence(faults, exerciseId));
  }
  if (highestPain >= METHOD.pain.holdFrom) {
    return outcome(
      'pain-hold',
      { ...before, fullWorkouts: 0 },
      say.painHoldSentence(highestPain, exerciseId),
    );
  }

  if (before.stage === 'technique') {
    // A workout counts for technique when sets were done as prescribed, without faults, to the end.
    const isClean = atPrescription.length > 0 && !couldNotFinish;
    const cleanWorkouts = before.cleanWorkouts + (isClean ? 1 : 0);
    if (cleanWorkouts >= METHOD.techniqueCleanWorkouts) {
      const targetSets = Math.max(before.targetSets, METHOD.sets.afterStep);
      const after = { ...before, stage: 'work' as const, targetSets, cleanWorkouts };
      return outcome(
        'technique-established',
        after,
        say.techniqueEstablishedSentence(exerciseId, targetSets),
      );
    }
    const after = { ...before, cleanWorkouts };
    return outcome('technique-continue', after, say.techniqueContinueSentence(exerciseId, isClean));
  }

  if (goodSets >= METHOD.progress.fullSets && !couldNotFinish) {
    const fullWorkouts = before.fullWorkouts + 1;
    if (fullWorkouts >= METHOD.progress.consecutiveWorkouts) {
      const step = stepUp(before, exercise, ladder);
      const painOverBoth = Math.max(highestPain, before.lastPain ?? 0);
      const sentence = say.stepUpSentence(step.ruleId, painOverBoth, before, step.state, context.unit);
      return outcome(step.ruleId, step.state, sentence);
    }
    const after = { ...before, fullWorkouts, targetSets: METHOD.sets.most };
    return outcome('keep-going', after, say.keepGoingSentence(exerciseId, highestPain));
  }
  if (goodSets >= before.targetSets && !couldNotFinish) {
    const targetSets = Math.min(METHOD.sets.most, before.targetSets + 1);
    const after = { ...before, targetSets, fullWorkouts: 0 };
    return outcome('add-a-set', after, say.addASetSentence(exerciseId, before.targetSets, targetSets));
  }
  const sentence = say.holdSetsSentence(exerciseId, goodSets, before.targetSets, couldNotFinish);
  return outcome('hold-sets', { ...before, fullWorkouts: 0 }, sentence);
}
