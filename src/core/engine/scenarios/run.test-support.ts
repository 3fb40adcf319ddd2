/**
 * Plays a scenario through the real engine, the way a member would live it: each workout on the next
 * training day, done as prescribed; then compares the next workout with what the note expects. Returns the
 * differences in words, so a failing scenario says what the coach would have noticed.
 */
import { describeLoad, isSameLoad } from '../../catalogue/loads.ts';
import { noRedFlags } from '../../red-flags/questions.ts';
import { screenRedFlags } from '../../red-flags/screen.ts';
import { applyCoachChange } from '../coach-change.ts';
import { addDays } from '../dates.ts';
import type { Decision } from '../decision.ts';
import { applyCheckIn, finishWorkout } from '../finish.ts';
import { afterSet } from '../pain-during-workout.ts';
import { recordScreen } from '../pause.ts';
import { evaluatePhase } from '../phases.ts';
import { clearHold, type SafetyHold, safetyHold } from '../safety-hold.ts';
import type { Assessment, Plan, SetLog, WorkoutLog } from '../schemas.ts';
import { startingPlan } from '../start.ts';
import { type NextWorkout, nextWorkout } from '../workout.ts';
import { SCENARIO_START, type Scenario } from './lines.test-support.ts';
import type { Expectation, ScenarioEvent } from './parse.test-support.ts';

export function runScenario(scenario: Scenario): string[] {
  switch (scenario.kind) {
    case 'screen':
      return checkScreen(scenario);
    case 'start': {
      const started = startingPlan(scenario.assessment, SCENARIO_START);
      const workout = nextWorkout(started.plan, [], SCENARIO_START);
      return checkExpectation(scenario.expect, started.plan, workout, started.decisions, true);
    }
    case 'member':
      return runMember(scenario.plan, scenario.events, scenario.expect);
  }
}

function checkScreen(scenario: Extract<Scenario, { kind: 'screen' }>): string[] {
  const answers = noRedFlags();
  for (const id of scenario.answers) answers[id] = true;
  const result = screenRedFlags(answers);
  const problems: string[] = [];
  if (result.outcome !== scenario.outcome) problems.push(`outcome was ${result.outcome}`);
  if ((result.urgency ?? null) !== scenario.urgency) problems.push(`urgency was ${result.urgency ?? 'none'}`);
  if (scenario.workout !== null) {
    // An ordinary member in every other way, so the screen alone decides whether a workout is shown.
    const assessment: Assessment = {
      age: 50,
      painNow: 2,
      painWorstLastWeek: 4,
      surgery: null,
      chairStands: 12,
      equipment: { bands: [], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
      comfortableRange: { squat: 'halfway', hinge: 'halfway' },
      daysPerWeek: 3,
      weightUnit: 'kg',
      redFlags: answers,
    };
    const started = startingPlan(assessment, SCENARIO_START);
    const isReady = nextWorkout(started.plan, [], SCENARIO_START).status === 'ready';
    if (isReady !== scenario.workout) problems.push(isReady ? 'a workout was shown' : 'no workout was shown');
  }
  return problems;
}

/**
 * The workout played set by set, as the member lives it: the in-workout pain rule is asked after each
 * set, so an exercise it stops gets no more sets at that level (the member skips it, or with `lower`
 * goes on one level lower), and a set that ends the workout is the last.
 */
function logFor(
  plan: Plan,
  workout: NextWorkout,
  event: Extract<ScenarioEvent, { kind: 'workout' }>,
  date: string,
) {
  const prescribed = workout.status === 'ready' ? workout.exercises : plan.exercises;
  const sets: SetLog[] = [];
  let isEnded = false;
  for (const exercise of prescribed) {
    let level = exercise.level;
    for (const [index, reps] of event.reps.entries()) {
      if (isEnded) break;
      const pain = event.pains[index] ?? event.pain;
      sets.push({
        exerciseId: exercise.exerciseId,
        reps,
        ...(event.goodReps[index] !== undefined && {
          goodReps: event.goodReps[index],
          measuredBy: 'camera' as const,
        }),
        level,
        load: exercise.load,
        pain,
        // The fault is noted on the last set: the one where tiredness shows.
        faults: index === event.reps.length - 1 ? event.faults : [],
      });
      const after = afterSet({ exerciseId: exercise.exerciseId, level, pain }, event.painBefore, date);
      if (after.kind === 'end-workout') isEnded = true;
      if (after.kind !== 'stop-exercise') continue;
      if (!event.goesLower || after.lowerLevel === null) break;
      level = after.lowerLevel;
    }
  }
  return {
    date,
    painBefore: event.painBefore,
    effort: event.effort,
    newSymptoms: event.newSymptoms,
    sets,
  } satisfies WorkoutLog;
}

function runMember(initial: Plan, events: readonly ScenarioEvent[], expect: Expectation): string[] {
  const firstWorkout = events.find((event) => event.kind === 'workout');
  // A note that gives no target sets means "the sets they did in the first workout".
  let plan: Plan = {
    ...initial,
    exercises: initial.exercises.map((state) =>
      state.targetSets === 0 ? { ...state, targetSets: firstWorkout?.reps.length ?? 3 } : state,
    ),
  };
  const history: WorkoutLog[] = [];
  const problems: string[] = [];
  let today = SCENARIO_START;
  let decisions: Decision[] = [];
  for (const event of events) {
    const at = `${today}T09:00:00Z`;
    if (event.kind === 'workout') {
      const workout = nextWorkout(plan, history, today);
      const date = workout.status === 'ready' ? workout.date : today;
      const log = logFor(plan, workout, event, date);
      ({ plan, decisions } = finishWorkout(plan, log, { at: `${date}T18:00:00Z` }));
      history.push(log);
      today = addDays(date, 1);
    } else if (event.kind === 'rest') {
      today = addDays(plan.lastWorkoutOn ?? today, event.days);
    } else if (event.kind === 'check-in') {
      const checkIn = {
        workoutOn: plan.lastWorkoutOn ?? today,
        pain: event.pain,
        newSymptoms: event.newSymptoms,
        at,
      };
      ({ plan, decisions } = applyCheckIn(plan, checkIn));
    } else if (event.kind === 'screen') {
      const answers = noRedFlags();
      for (const id of event.answers) answers[id] = true;
      ({ plan, decisions } = recordScreen(plan, answers, at));
    } else if (event.kind === 'coach') {
      // A refused change leaves the plan as it was, and no rule fires.
      const context = { coachName: 'Sam', reason: 'as we discussed', at, isHeld: holdOfPause(plan) !== null };
      const changed = applyCoachChange(plan, event.change, context);
      decisions = changed.isApplied ? [changed.decision] : [];
      if (changed.isApplied) plan = changed.plan;
    } else {
      // "cleared": the member tells us a doctor assessed them today, as the clearance step asks.
      const cleared = clearHold(holdOfPause(plan), plan, { assessedOn: today, at });
      ({ decisions } = cleared);
      plan = cleared.plan ?? plan;
    }
  }
  const logged = history.at(-1)?.sets ?? [];
  for (const { exerciseId, sets } of expect.setsToday) {
    const count = logged.filter((set) => set.exerciseId === exerciseId).length;
    if (count !== sets) problems.push(`${exerciseId} had ${count} sets logged today`);
  }
  const workout = nextWorkout(plan, history, today);
  if (events.length === 0 && expect.phase !== null) {
    const evaluation = evaluatePhase(plan, today);
    plan = { ...plan, phase: evaluation.phase };
    const unmet = evaluation.next?.unmet.map((criterion) => criterion.kind) ?? [];
    const missing = expect.notYet.filter((kind) => !unmet.includes(kind as never));
    const problems = checkExpectation(expect, plan, workout, decisions, false);
    return missing.length > 0
      ? [...problems, `criteria met that should not be: ${missing.join(', ')} (unmet: ${unmet.join(', ')})`]
      : problems;
  }
  return [...problems, ...checkExpectation(expect, plan, workout, decisions, false)];
}

function checkExpectation(
  expect: Expectation,
  plan: Plan,
  workout: NextWorkout,
  lastDecisions: readonly Decision[],
  isExhaustive: boolean,
): string[] {
  const problems: string[] = [];
  const decisions = [...lastDecisions, ...(workout.status === 'ready' ? workout.decisions : [])];
  const fired = decisions.map((decision) => decision.ruleId);
  for (const rule of expect.rules)
    if (!fired.includes(rule as never)) problems.push(`rule ${rule} did not fire`);
  if (expect.rules.length > 0 && problems.length > 0)
    problems.push(`rules fired: ${fired.join(', ') || 'none'}`);
  if (expect.tellCoach && !decisions.some((decision) => decision.tellCoach))
    problems.push('the coach was not told');
  if (expect.phase !== null && plan.phase !== expect.phase) problems.push(`phase was ${plan.phase}`);
  if (expect.paused !== null) {
    if (workout.status !== 'paused') problems.push('the plan was not paused');
    else if (workout.pause.waitingFor !== expect.paused)
      problems.push(`paused for ${workout.pause.waitingFor}`);
    return problems;
  }
  if (workout.status !== 'ready') return [...problems, `no workout: paused for ${workout.pause.waitingFor}`];
  if (isExhaustive && workout.exercises.length !== expect.prescriptions.length) {
    problems.push(`the workout had ${workout.exercises.map((exercise) => exercise.exerciseId).join(', ')}`);
  }
  for (const expected of expect.prescriptions) {
    const actual = workout.exercises.find((exercise) => exercise.exerciseId === expected.exerciseId);
    if (!actual) {
      problems.push(`${expected.exerciseId} was not in the workout`);
      continue;
    }
    const seen = `${actual.exerciseId} L${actual.level} ${describeLoad(actual.load, 'kg')} ${actual.sets}x10 ${actual.stage}`;
    const isSame =
      actual.level === expected.level &&
      isSameLoad(actual.load, expected.load) &&
      (expected.sets === null || actual.sets === expected.sets) &&
      (expected.stage === null || actual.stage === expected.stage);
    if (!isSame) problems.push(`the workout had ${seen}`);
  }
  return problems;
}

/** The hold a plan's flagged pause stands for, as the server reads it from the screen it keeps. */
function holdOfPause(plan: Plan): SafetyHold | null {
  const screen = plan.pause?.screen;
  if (!screen) return null;
  const { reasons } = screenRedFlags(screen.answers);
  return safetyHold([{ id: 'paused', ...screen, reasons, clearedAt: null }]);
}
