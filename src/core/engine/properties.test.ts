import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLoads } from '../catalogue/loads.ts';
import { addDays } from './dates.ts';
import { type Decision, decisionSchema, isKnownRule } from './decision.ts';
import { finishWorkout } from './finish.ts';
import {
  assessmentArbitrary,
  dayArbitrary,
  exerciseMomentArbitrary,
  flaggedAnswersArbitrary,
  playJourney,
  START,
  type Transition,
} from './journey.test-support.ts';
import { recordScreen } from './pause.ts';
import { decideExercise } from './progression.ts';
import { METHOD } from './rules.ts';
import { planSchema } from './schemas.ts';
import { startingPlan } from './start.ts';
import { nextWorkout } from './workout.ts';

const journeyArbitrary = fc.tuple(
  assessmentArbitrary(),
  fc.array(dayArbitrary, { minLength: 1, maxLength: 80 }),
);
const RUNS = { numRuns: 150 };

function exercisesChanged(transition: Transition) {
  return transition.after.exercises.flatMap((after) => {
    const before = transition.before.exercises.find((state) => state.exerciseId === after.exerciseId);
    return before ? [{ before, after }] : [];
  });
}

describe('one exercise after one workout, in any state', () => {
  it('never rises in load and range at once, and never rises after pain above 5/10', () => {
    fc.assert(
      fc.property(exerciseMomentArbitrary, ({ equipment, state, sets, effort }) => {
        const { state: after, decisions } = decideExercise(state, sets, { effort, equipment, unit: 'kg' });
        const isMoreRange = after.level > state.level;
        const isMoreLoad = compareLoads(after.load, state.load) > 0;
        expect(isMoreRange && isMoreLoad).toBe(false);
        if (Math.max(...sets.map((set) => set.pain)) > METHOD.pain.regressAbove) {
          expect(isMoreRange || isMoreLoad || after.targetSets > state.targetSets).toBe(false);
        }
        expect(decisions.length).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the engine, for any member and any run of workouts', () => {
  it('never adds load and range in the same step', () => {
    fc.assert(
      fc.property(journeyArbitrary, ([assessment, days]) => {
        for (const transition of playJourney(assessment, days)) {
          for (const { before, after } of exercisesChanged(transition)) {
            const isMoreRange = after.level > before.level;
            const isMoreLoad = compareLoads(after.load, before.load) > 0;
            expect(isMoreRange && isMoreLoad, `${after.exerciseId} rose in range and load at once`).toBe(
              false,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('never progresses an exercise that hurt above 5/10', () => {
    fc.assert(
      fc.property(journeyArbitrary, ([assessment, days]) => {
        for (const transition of playJourney(assessment, days)) {
          if (transition.kind !== 'finish' || !transition.log) continue;
          for (const { before, after } of exercisesChanged(transition)) {
            const pains = transition.log.sets
              .filter((set) => set.exerciseId === after.exerciseId)
              .map((s) => s.pain);
            if (Math.max(0, ...pains) <= METHOD.pain.regressAbove) continue;
            expect(after.level).toBeLessThanOrEqual(before.level);
            expect(compareLoads(after.load, before.load)).toBeLessThanOrEqual(0);
            expect(after.targetSets).toBeLessThanOrEqual(before.targetSets);
            expect(
              after.level < before.level || compareLoads(after.load, before.load) < 0 || before.level === 1,
            ).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives every decision a known rule, a sentence, and a shape the server can store', () => {
    fc.assert(
      fc.property(journeyArbitrary, ([assessment, days]) => {
        const started = startingPlan(assessment, START);
        const decisions: Decision[] = [
          ...started.decisions,
          ...playJourney(assessment, days).flatMap((transition) => transition.decisions),
        ];
        for (const decision of decisions) {
          expect(isKnownRule(decision.ruleId)).toBe(true);
          expect(decision.sentence.trim().length).toBeGreaterThan(0);
          expect(decision.sentence).not.toMatch(/undefined|NaN|\[object/);
          expect(decisionSchema.safeParse(decision).success).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps the plan valid, plain JSON after every step', () => {
    fc.assert(
      fc.property(journeyArbitrary, ([assessment, days]) => {
        for (const { after } of playJourney(assessment, days)) {
          expect(planSchema.parse(after)).toEqual(after);
          expect(JSON.parse(JSON.stringify(after))).toEqual(after);
        }
      }),
      RUNS,
    );
  });

  it('gives the same outputs for the same inputs, and never changes its inputs', () => {
    fc.assert(
      fc.property(journeyArbitrary, ([assessment, days]) => {
        const frozen = structuredClone({ assessment, days });
        const first = playJourney(assessment, days);
        const second = playJourney(assessment, days);
        expect(second).toEqual(first);
        expect({ assessment, days }).toEqual(frozen);
        for (const transition of first) {
          if (transition.kind !== 'finish' || !transition.log) continue;
          const snapshot = structuredClone(transition.before);
          finishWorkout(transition.before, transition.log, { at: `${transition.log.date}T18:00:00Z` });
          expect(transition.before).toEqual(snapshot);
        }
      }),
      RUNS,
    );
  });
});

describe('a red flag', () => {
  it('never yields a workout at the start, whatever else the assessment says', () => {
    fc.assert(
      fc.property(
        assessmentArbitrary(flaggedAnswersArbitrary),
        fc.integer({ min: 0, max: 400 }),
        (assessment, daysLater) => {
          const { plan } = startingPlan(assessment, START);
          expect(nextWorkout(plan, [], addDays(START, daysLater)).status).toBe('paused');
        },
      ),
      RUNS,
    );
  });

  it('pauses a running plan, and no workout comes until the member is cleared', () => {
    fc.assert(
      fc.property(journeyArbitrary, flaggedAnswersArbitrary, ([assessment, days], answers) => {
        const transitions = playJourney(assessment, days);
        const plan = transitions.at(-1)?.after ?? startingPlan(assessment, START).plan;
        const screened = recordScreen(plan, answers, `${START}T09:00:00Z`).plan;
        expect(screened.pause?.waitingFor).toBe('clearance');
        expect(nextWorkout(screened, [], addDays(START, 60)).status).toBe('paused');
        const log = transitions.find((transition) => transition.log)?.log;
        if (log) expect(finishWorkout(screened, log, { at: `${log.date}T18:00:00Z` }).plan).toEqual(screened);
      }),
      RUNS,
    );
  });
});
