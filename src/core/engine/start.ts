/**
 * Where a member starts, from the red-flag screen and the assessment. Every choice comes with its reason in
 * plain words, as a decision, so the member (and later their coach) can see why the plan looks as it does.
 */
import { getExercise, maxLevel } from '../catalogue/index.ts';
import type { ExerciseId } from '../catalogue/types.ts';
import { type ScreenResult, screenRedFlags } from '../red-flags/screen.ts';
import { addDays } from './dates.ts';
import type { Decision } from './decision.ts';
import { newExerciseState } from './exercise-state.ts';
import { levelForSelfTest } from './levels.ts';
import { screenDecision, startPaused } from './pause.ts';
import { METHOD, type RuleId } from './rules.ts';
import type { Assessment, ExerciseState, Plan, SelfTestedRange } from './schemas.ts';
import { capitalise, exerciseWords, joinWithAnd, levelWords } from './words.ts';

export interface StartingPlan {
  plan: Plan;
  /** One decision per choice, each with its reason; a flagged screen adds the pause. */
  decisions: Decision[];
  screen: ScreenResult;
}

/** Why a member starts gently, in plain words; empty when they start on the upright movements. */
export function gentleStartReasons(assessment: Assessment): string[] {
  const { surgery, chairStands, painNow } = assessment;
  const reasons: string[] = [];
  if (surgery !== null && surgery.weeksAgo < METHOD.start.recentSurgeryWeeks) {
    reasons.push(`your surgery was ${surgery.weeksAgo === 1 ? '1 week' : `${surgery.weeksAgo} weeks`} ago`);
  }
  if (chairStands < METHOD.start.gentleBelowChairStands) {
    reasons.push(
      chairStands === 0
        ? 'you cannot yet stand up from a chair without your arms'
        : `you stood up from a chair ${chairStands} times in 30 seconds`,
    );
  }
  if (painNow >= METHOD.start.gentleFromPainNow) reasons.push(`your pain is ${painNow}/10 right now`);
  return reasons;
}

const SELF_TEST_WORDS = {
  'slight-bend': 'only a little way',
  halfway: 'about halfway',
  'most-of-the-way': 'most of the way',
} as const satisfies Record<SelfTestedRange, string>;

function levelFor(exerciseId: ExerciseId, range: SelfTestedRange): number {
  return levelForSelfTest(range, maxLevel(getExercise(exerciseId)));
}

interface Choice {
  state: ExerciseState;
  ruleId: RuleId;
  sentence: string;
}

function choose(exerciseId: ExerciseId, level: number, ruleId: RuleId, sentence: string): Choice {
  return { state: newExerciseState(exerciseId, level, { kind: 'bodyweight' }), ruleId, sentence };
}

function gentleChoices(reasons: readonly string[]): Choice[] {
  const because = `Because ${joinWithAnd(reasons)}`;
  return [
    choose(
      'glute-bridge',
      1,
      'start-gentle',
      `${because}, you start gently, lying down: the glute bridge at ${levelWords('glute-bridge', 1)}. It is a stepping stone to the standing exercises, not a destination.`,
    ),
    choose(
      'squat',
      1,
      'start-gentle',
      `${because}, the squat starts at its smallest range, ${levelWords('squat', 1)}, holding on to a counter or a sturdy chair.`,
    ),
  ];
}

function uprightChoices(assessment: Assessment): Choice[] {
  const { chairStands, painNow, comfortableRange } = assessment;
  const squatLevel = levelFor('squat', comfortableRange.squat);
  const hingeLevel = levelFor('hip-hinge', comfortableRange.hinge);
  const splitLevel = levelFor('split-squat', comfortableRange.squat);
  const ready = `You stood up from a chair ${chairStands} times in 30 seconds and your pain is ${painNow}/10, so you start standing up`;
  const choices = [
    choose(
      'squat',
      squatLevel,
      'start-upright',
      `${ready}; a squat felt fine ${SELF_TEST_WORDS[comfortableRange.squat]} down, so it starts at ${levelWords('squat', squatLevel)}.`,
    ),
    choose(
      'hip-hinge',
      hingeLevel,
      'start-upright',
      `${ready}; bending forward from your hips felt fine ${SELF_TEST_WORDS[comfortableRange.hinge]}, so the hip hinge starts at ${levelWords('hip-hinge', hingeLevel)}.`,
    ),
    choose(
      'split-squat',
      splitLevel,
      'start-upright',
      `${ready}; the split squat bends your knees like your squat test, so it starts at ${levelWords('split-squat', splitLevel)}, holding on to something for balance.`,
    ),
  ];
  if (chairStands < METHOD.start.noBridgeFromChairStands) {
    const bridgeLevel = levelFor('glute-bridge', comfortableRange.hinge);
    choices.unshift(
      choose(
        'glute-bridge',
        bridgeLevel,
        'start-bridge-stepping-stone',
        `You stood up from a chair ${chairStands} times in 30 seconds, so the glute bridge stays for now as a stepping stone, at ${levelWords('glute-bridge', bridgeLevel)}.`,
      ),
    );
  }
  return choices;
}

function noteDecision(exerciseId: ExerciseId, ruleId: RuleId, inputs: Decision['inputs'], sentence: string) {
  return { exerciseId, ruleId, inputs, change: {}, sentence, tellCoach: false } satisfies Decision;
}

/**
 * `isScreenCleared`: a doctor has assessed the member since they reported the signs these answers repeat,
 * so the plan starts without a pause (the safety hold, not the plan, waits for a doctor).
 */
export function startingPlan(
  assessment: Assessment,
  today: string,
  options: { isScreenCleared?: boolean } = {},
): StartingPlan {
  const screen = screenRedFlags(assessment.redFlags);
  const reasons = gentleStartReasons(assessment);
  const isGentle = reasons.length > 0;
  const choices = isGentle ? gentleChoices(reasons) : uprightChoices(assessment);
  const inputs = {
    painNow: assessment.painNow,
    chairStands: assessment.chairStands,
    surgeryWeeksAgo: assessment.surgery?.weeksAgo ?? null,
    squatRange: assessment.comfortableRange.squat,
    hingeRange: assessment.comfortableRange.hinge,
  };
  const decisions: Decision[] = choices.map((choice) => ({
    exerciseId: choice.state.exerciseId,
    ruleId: choice.ruleId,
    inputs,
    change: { exercise: 'added', level: { from: 0, to: choice.state.level } },
    sentence: choice.sentence,
    tellCoach: false,
  }));
  if (!isGentle && assessment.chairStands >= METHOD.start.noBridgeFromChairStands) {
    const sentence = `You stood up from a chair ${assessment.chairStands} times in 30 seconds, so you skip the glute bridge: an exercise that is already easy for you would not make you stronger.`;
    decisions.push(noteDecision('glute-bridge', 'start-no-bridge', inputs, sentence));
  }
  const later = `${capitalise(exerciseWords('pull-through'))} comes later, in phase 4, once your hip hinge goes deep with a band or weight.`;
  decisions.push(noteDecision('pull-through', 'start-pull-through-later', inputs, later));

  const weeksAgo = assessment.surgery?.weeksAgo;
  const plan: Plan = {
    version: 1,
    startedOn: today,
    phase: isGentle ? 1 : 2,
    daysPerWeek: assessment.daysPerWeek,
    weightUnit: assessment.weightUnit,
    equipment: assessment.equipment,
    surgeryOn: weeksAgo === undefined ? null : addDays(today, -7 * weeksAgo),
    exercises: choices.map((choice) => choice.state),
    lastWorkoutOn: null,
    recentPain: [],
    awaitingCheckIn: null,
    pause: null,
  };
  if (screen.outcome === 'continue' || options.isScreenCleared) return { plan, decisions, screen };
  // The plan is built all the same, so the member can begin the day a doctor clears them.
  const flagged = screenDecision(plan, screen, today, true);
  return {
    plan: startPaused(plan, assessment.redFlags, screen, today),
    decisions: [flagged, ...decisions],
    screen,
  };
}
