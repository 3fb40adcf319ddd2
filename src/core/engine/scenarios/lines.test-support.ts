/**
 * One scenario line → what to set up, what happens, and what to expect. Three kinds of line:
 * `screen …` (the red-flag screen), `start …` (an assessment) and a member's plan, optionally with events.
 */
import { noRedFlags, type RedFlagQuestionId } from '../../red-flags/questions.ts';
import { addDays } from '../dates.ts';
import { newExerciseState } from '../exercise-state.ts';
import type { Assessment, ExerciseState, Plan, SelfTestedRange } from '../schemas.ts';
import { SELF_TESTED_RANGES } from '../schemas.ts';
import {
  type Expectation,
  fail,
  integer,
  parseAnswers,
  parseEquipment,
  parseEvent,
  parsePrescriptions,
  parseRules,
  parseSetsToday,
  type ScenarioEvent,
  words,
} from './parse.test-support.ts';

export const SCENARIO_START = '2026-03-02';

export type Scenario =
  | {
      kind: 'screen';
      answers: RedFlagQuestionId[];
      outcome: string;
      urgency: string | null;
      workout: boolean | null;
    }
  | { kind: 'start'; assessment: Assessment; expect: Expectation }
  | { kind: 'member'; plan: Plan; events: ScenarioEvent[]; expect: Expectation };

export function parseScenario(line: string): Scenario {
  const parts = line.split(/\s*(?:→|->)\s*/);
  const today = parts.length === 3 ? /^today:\s*(.*)$/.exec(parts[1] ?? '')?.[1] : '';
  if (parts.length === 3) parts.splice(1, 1);
  if (parts.length !== 2 || !parts[0] || !parts[1] || today === undefined) {
    fail('a scenario is "what happened → [today: what was logged →] what comes next"');
  }
  const [given, expected] = parts as [string, string];
  if (given.startsWith('screen ')) return parseScreen(given.slice('screen '.length), expected);
  if (given.startsWith('start ')) {
    return {
      kind: 'start',
      assessment: parseAssessment(given.slice('start '.length)),
      expect: parseExpected(expected),
    };
  }
  const colon = given.indexOf(':');
  const member = colon === -1 ? given : given.slice(0, colon);
  const events =
    colon === -1
      ? []
      : given
          .slice(colon + 1)
          .split(';')
          .map(parseEvent);
  const expect = { ...parseExpected(expected), setsToday: today ? parseSetsToday(today) : [] };
  return { kind: 'member', plan: parsePlan(member), events, expect };
}

function parseScreen(answers: string, expected: string): Scenario {
  const [outcomeWords, workout] = expected.split(',').map((part) => part.trim());
  const [outcome, urgency, ...extra] = words(outcomeWords ?? '');
  if (!outcome || !['emergency', 'see-doctor', 'continue'].includes(outcome) || extra.length > 0) {
    fail(
      `expected "emergency", "see-doctor same-day|urgent|before-starting" or "continue", got "${outcomeWords}"`,
    );
  }
  if (workout !== undefined && workout !== 'workout' && workout !== 'no workout') {
    fail(`after the outcome, expected "workout" or "no workout", got "${workout}"`);
  }
  return {
    kind: 'screen',
    answers: parseAnswers(answers),
    outcome,
    urgency: urgency ?? null,
    workout: workout === undefined ? null : workout === 'workout',
  };
}

function parseExpected(text: string): Expectation {
  const brackets = /\(([^)]*)\)\s*$/.exec(text);
  const body = (brackets ? text.slice(0, brackets.index) : text).trim();
  const expect: Expectation = {
    phase: null,
    prescriptions: [],
    paused: null,
    setsToday: [],
    ...(brackets?.[1] ? parseRules(brackets[1]) : { rules: [], tellCoach: false, notYet: [] }),
  };
  const paused = /^paused for (screen|clearance|coach)$/.exec(body)?.[1];
  if (paused === 'screen' || paused === 'clearance' || paused === 'coach') return { ...expect, paused };
  const phase = /^phase (\d)(?::\s*(.*))?$/.exec(body);
  if (phase?.[1]) {
    return {
      ...expect,
      phase: Number(phase[1]),
      prescriptions: phase[2] ? parsePrescriptions(phase[2]) : [],
    };
  }
  return { ...expect, prescriptions: parsePrescriptions(body) };
}

function selfTested(token: string | undefined): SelfTestedRange {
  return SELF_TESTED_RANGES.find((range) => range === token) ?? fail(`"${token}" is not a self-tested range`);
}

/** `surgery 6 weeks ago, chair stands 7, pain 3, squat range halfway, owns bands light`. */
function parseAssessment(text: string): Assessment {
  const assessment: Assessment = {
    age: 50,
    painNow: 3,
    painWorstLastWeek: 5,
    surgery: null,
    chairStands: 10,
    equipment: parseEquipment('nothing'),
    comfortableRange: { squat: 'halfway', hinge: 'halfway' },
    daysPerWeek: 3,
    weightUnit: 'kg',
    redFlags: noRedFlags(),
  };
  for (const fact of text.split(',').map((part) => part.trim())) {
    const tokens = words(fact);
    const rest = tokens.slice(1).join(' ');
    if (fact === 'no surgery') assessment.surgery = null;
    else if (fact === "can't stand without arms") assessment.chairStands = 0;
    else if (tokens[0] === 'age') assessment.age = integer(tokens[1], 'age');
    else if (tokens[0] === 'pain') assessment.painNow = integer(tokens[1], 'pain now');
    else if (tokens[0] === 'worst') assessment.painWorstLastWeek = integer(tokens[1], 'worst pain');
    else if (fact.startsWith('chair stands ')) assessment.chairStands = integer(tokens[2], 'chair stands');
    else if (/^surgery \d+ weeks? ago$/.test(fact))
      assessment.surgery = { weeksAgo: integer(tokens[1], 'weeks') };
    else if (fact.startsWith('squat range ')) assessment.comfortableRange.squat = selfTested(tokens[2]);
    else if (fact.startsWith('hinge range ')) assessment.comfortableRange.hinge = selfTested(tokens[2]);
    else if (tokens[0] === 'owns') assessment.equipment = parseEquipment(rest);
    else if (/^\d days a week$/.test(fact)) assessment.daysPerWeek = integer(tokens[0], 'days a week');
    else if (fact.startsWith('yes to ')) {
      for (const id of parseAnswers(fact.slice('yes to '.length))) assessment.redFlags[id] = true;
    } else fail(`"${fact}" is not part of an assessment`);
  }
  assessment.painWorstLastWeek = Math.max(assessment.painWorstLastWeek, assessment.painNow);
  return assessment;
}

/** `phase 3 with squat L3 bodyweight 5x10 + hip-hinge L2 band-light 3x10 technique, after load step, owns nothing`. */
function parsePlan(text: string): Plan {
  const phaseMatch = /^phase (\d) with (.*)$/.exec(text.trim());
  const [prescriptions = '', ...modifiers] = (phaseMatch?.[2] ?? text).split(',').map((part) => part.trim());
  let exercises: ExerciseState[] = parsePrescriptions(prescriptions).map((expected) => ({
    ...newExerciseState(expected.exerciseId, expected.level, expected.load),
    targetSets: expected.sets ?? 0, // 0: taken from the first workout's sets (see run.ts)
    stage: expected.stage ?? 'work',
  }));
  const plan: Plan = {
    version: 1,
    startedOn: SCENARIO_START,
    phase: phaseMatch?.[1] ? Number(phaseMatch[1]) : 2,
    daysPerWeek: 3,
    weightUnit: 'kg',
    equipment: parseEquipment('bands light medium heavy'),
    surgeryOn: null,
    exercises,
    lastWorkoutOn: null,
    recentPain: [],
    awaitingCheckIn: null,
    pause: null,
  };
  for (const modifier of modifiers) {
    const tokens = words(modifier);
    const step = /^after (load|range) step$/.exec(modifier)?.[1];
    if (step === 'load' || step === 'range')
      exercises = exercises.map((state) => ({ ...state, lastStep: step }));
    else if (tokens[0] === 'owns') plan.equipment = parseEquipment(tokens.slice(1).join(' '));
    else if (tokens[0] === 'pains') plan.recentPain = tokens.slice(1).map((token) => integer(token, 'pain'));
    else if (/^surgery \d+ weeks? ago$/.test(modifier)) {
      const weeks = integer(tokens[1], 'weeks');
      plan.surgeryOn = addDays(SCENARIO_START, -7 * weeks);
    } else if (/^\d days a week$/.test(modifier)) plan.daysPerWeek = integer(tokens[0], 'days a week');
    else fail(`"${modifier}" is not something a plan can have (after load step, owns …, pains …, surgery …)`);
  }
  return { ...plan, exercises };
}
