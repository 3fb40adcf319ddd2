/**
 * Random members and random months of training, for the property tests: an assessment, then a run of
 * workouts (with breaks, bad days, faults and check-ins) played through the real engine. Every transition
 * is kept, so a property can look at each step on its own.
 */
import fc from 'fast-check';
import { EXERCISES, maxLevel } from '../catalogue/index.ts';
import { BAND_STRENGTHS, FORM_FAULT_IDS, type FormFaultId } from '../catalogue/types.ts';
import {
  noRedFlags,
  RED_FLAG_QUESTION_IDS,
  type RedFlagAnswers,
  type RedFlagQuestionId,
} from '../red-flags/questions.ts';
import { addDays } from './dates.ts';
import type { Decision } from './decision.ts';
import { applyCheckIn, finishWorkout } from './finish.ts';
import { loadLadder } from './load-ladder.ts';
import { confirmCleared, recordScreen } from './pause.ts';
import {
  type Assessment,
  EFFORTS,
  type Effort,
  type ExerciseState,
  type Plan,
  SELF_TESTED_RANGES,
  type SetLog,
  STAGES,
  type WorkoutLog,
} from './schemas.ts';
import { startingPlan } from './start.ts';
import { nextWorkout } from './workout.ts';

const weights: fc.Arbitrary<number[]> = fc.uniqueArray(fc.constantFrom(2, 4, 6, 8, 10, 12, 16, 20), {
  maxLength: 4,
});

export const equipmentArbitrary = fc.record({
  bands: fc.subarray([...BAND_STRENGTHS]),
  dumbbellsKg: weights,
  kettlebellsKg: weights,
  cableKg: fc.constantFrom<number[]>([], [5, 10, 15, 20]),
});

/** Answers with the given signs present and every other answer "no". */
export function answersWith(signs: readonly RedFlagQuestionId[]): RedFlagAnswers {
  const answers = noRedFlags();
  for (const id of signs) answers[id] = true;
  return answers;
}

/** At least one red-flag sign. */
export const flaggedAnswersArbitrary = fc
  .subarray([...RED_FLAG_QUESTION_IDS], { minLength: 1 })
  .map((signs) => answersWith(signs));

export const assessmentArbitrary = (redFlags: fc.Arbitrary<RedFlagAnswers> = fc.constant(noRedFlags())) =>
  fc
    .record({
      age: fc.integer({ min: 16, max: 100 }),
      painNow: fc.integer({ min: 0, max: 10 }),
      extraWorst: fc.integer({ min: 0, max: 5 }),
      surgery: fc.option(fc.record({ weeksAgo: fc.integer({ min: 0, max: 200 }) })),
      chairStands: fc.integer({ min: 0, max: 25 }),
      equipment: equipmentArbitrary,
      comfortableRange: fc.record({
        squat: fc.constantFrom(...SELF_TESTED_RANGES),
        hinge: fc.constantFrom(...SELF_TESTED_RANGES),
      }),
      daysPerWeek: fc.integer({ min: 2, max: 4 }),
      weightUnit: fc.constantFrom('kg' as const, 'lb' as const),
      redFlags,
    })
    .map(
      ({ extraWorst, ...rest }): Assessment => ({
        ...rest,
        painWorstLastWeek: Math.min(10, rest.painNow + extraWorst),
      }),
    );

const tens = (min: number, max: number) =>
  fc.integer({ min, max }).map((sets) => Array<number>(sets).fill(10));

/** A good day: on schedule, every set 10 clean reps, little pain, a calm next morning. */
const goodDay = fc.record({
  daysLater: fc.integer({ min: 2, max: 3 }),
  reps: tens(2, 6),
  pain: fc.integer({ min: 0, max: 3 }),
  faults: fc.constant<FormFaultId[]>([]),
  effort: fc.constantFrom<Effort>('easy', 'hard-good-form'),
  painBefore: fc.integer({ min: 0, max: 5 }),
  newSymptoms: fc.constant<boolean>(false),
  checkInWorseBy: fc.option(fc.integer({ min: -2, max: 1 })),
});

/** Any day at all: late, short, painful, sloppy, or followed by a bad morning. */
const anyDay = fc.record({
  daysLater: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })),
  reps: fc.array(fc.oneof(fc.constant(10), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 6 }),
  pain: fc.integer({ min: 0, max: 10 }),
  faults: fc.subarray([...FORM_FAULT_IDS], { maxLength: 2 }),
  effort: fc.constantFrom(...EFFORTS),
  painBefore: fc.integer({ min: 0, max: 7 }),
  newSymptoms: fc.oneof(
    { weight: 9, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  checkInWorseBy: fc.option(fc.integer({ min: -3, max: 6 })),
});

/** Mostly good days, so members really progress through levels, loads and phases; some bad ones. */
export const dayArbitrary = fc.oneof({ weight: 6, arbitrary: goodDay }, { weight: 1, arbitrary: anyDay });
export type Day = typeof anyDay extends fc.Arbitrary<infer T> ? T : never;

export interface Transition {
  kind: 'finish' | 'check-in' | 'screen' | 'cleared';
  before: Plan;
  after: Plan;
  decisions: Decision[];
  log?: WorkoutLog;
}

export const START = '2026-03-02';

/** Plays the days through the engine; a paused member answers the screen clear, or says they are cleared. */
export function playJourney(assessment: Assessment, days: readonly Day[]): Transition[] {
  let plan = startingPlan(assessment, START).plan;
  let date = START;
  const history: WorkoutLog[] = [];
  const transitions: Transition[] = [];
  const record = (kind: Transition['kind'], before: Plan, outcome: { plan: Plan; decisions: Decision[] }) => {
    transitions.push({ kind, before, after: outcome.plan, decisions: outcome.decisions });
    plan = outcome.plan;
  };
  for (const day of days) {
    date = addDays(date, day.daysLater);
    if (plan.pause?.waitingFor === 'screen')
      record('screen', plan, recordScreen(plan, noRedFlags(), `${date}T07:00:00Z`));
    if (plan.pause?.waitingFor === 'clearance')
      record('cleared', plan, confirmCleared(plan, `${date}T07:00:00Z`));
    const workout = nextWorkout(plan, history, date);
    if (workout.status !== 'ready') throw new Error('a clear screen and a clearance must end every pause');
    const sets: SetLog[] = workout.exercises.flatMap((exercise) =>
      day.reps.map((reps, index) => ({
        exerciseId: exercise.exerciseId,
        reps,
        level: exercise.level,
        load: exercise.load,
        pain: index === 0 ? day.pain : Math.min(day.pain, 3),
        faults: index === day.reps.length - 1 ? day.faults : [],
      })),
    );
    const log: WorkoutLog = {
      date,
      painBefore: day.painBefore,
      effort: day.effort,
      newSymptoms: day.newSymptoms,
      sets,
    };
    const before = plan;
    const finished = finishWorkout(plan, log, { at: `${date}T18:00:00Z` });
    transitions.push({ kind: 'finish', before, after: finished.plan, decisions: finished.decisions, log });
    plan = finished.plan;
    history.push(log);
    if (day.checkInWorseBy !== null) {
      const pain = Math.min(10, Math.max(0, day.painBefore + day.checkInWorseBy));
      const checkIn = { workoutOn: date, pain, newSymptoms: false, at: `${addDays(date, 1)}T08:00:00Z` };
      record('check-in', plan, applyCheckIn(plan, checkIn));
    }
  }
  return transitions;
}

/** One exercise in any state it could be in, with a load the member owns, and its sets in one workout. */
export const exerciseMomentArbitrary = equipmentArbitrary
  .chain((equipment) =>
    fc
      .constantFrom(...EXERCISES.filter((exercise) => loadLadder(exercise, equipment).length > 0))
      .chain((exercise) =>
        fc.record({
          equipment: fc.constant(equipment),
          state: fc.record({
            exerciseId: fc.constant(exercise.id),
            level: fc.integer({ min: 1, max: maxLevel(exercise) }),
            load: fc.constantFrom(...loadLadder(exercise, equipment)),
            targetSets: fc.integer({ min: 2, max: 5 }),
            stage: fc.constantFrom(...STAGES),
            cleanWorkouts: fc.integer({ min: 0, max: 2 }),
            fullWorkouts: fc.integer({ min: 0, max: 1 }),
            lastStep: fc.constantFrom(null, 'load' as const, 'range' as const),
            lastFaults: fc.subarray([...FORM_FAULT_IDS], { maxLength: 2 }),
            lastPain: fc.option(fc.integer({ min: 0, max: 10 })),
          }),
          sets: fc.array(
            fc.record({
              reps: fc.oneof(fc.constant(10), fc.integer({ min: 0, max: 12 })),
              pain: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10 })),
              faults: fc.oneof(
                fc.constant<FormFaultId[]>([]),
                fc.subarray([...FORM_FAULT_IDS], { maxLength: 1 }),
              ),
            }),
            { minLength: 1, maxLength: 6 },
          ),
          effort: fc.constantFrom(...EFFORTS),
        }),
      ),
  )
  .map(({ equipment, state, sets, effort }) => ({
    equipment,
    state: state satisfies ExerciseState,
    sets: sets.map(
      (set): SetLog => ({ ...set, exerciseId: state.exerciseId, level: state.level, load: state.load }),
    ),
    effort,
  }));
