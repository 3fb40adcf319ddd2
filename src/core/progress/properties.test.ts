import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getExercise, maxLevel } from '../catalogue/index.ts';
import { BAND_STRENGTHS, EXERCISE_IDS, FORM_FAULT_IDS, type Load } from '../catalogue/types.ts';
import { addDays, daysBetween } from '../engine/dates.ts';
import { newExerciseState } from '../engine/exercise-state.ts';
import type { SetLog } from '../engine/schemas.ts';
import { buildTrainingProgress } from './build.ts';
import { weekStartOf } from './calendar.ts';
import { planOf } from './history.test-support.ts';
import type { HistoryDecision, ProgressHistory } from './history.ts';

const BASE = '2025-11-03';
const dayAfterBase = (days: number) => addDays(BASE, days);

const loadArbitrary: fc.Arbitrary<Load> = fc.oneof(
  fc.constant<Load>({ kind: 'bodyweight' }),
  fc.constantFrom(...BAND_STRENGTHS).map((band): Load => ({ kind: 'band', band })),
  fc.constantFrom(4, 8, 10, 12.5, 16).map((kg): Load => ({ kind: 'dumbbell', kg })),
  fc.constantFrom(8, 12, 16).map((kg): Load => ({ kind: 'kettlebell', kg })),
  fc.constantFrom(5, 10).map((kg): Load => ({ kind: 'cable', kg })),
);

const setArbitrary: fc.Arbitrary<SetLog> = fc.record({
  exerciseId: fc.constantFrom(...EXERCISE_IDS),
  reps: fc.integer({ min: 0, max: 12 }),
  level: fc.integer({ min: 1, max: 10 }),
  load: loadArbitrary,
  pain: fc.integer({ min: 0, max: 10 }),
  faults: fc.subarray([...FORM_FAULT_IDS]),
});

/** Any member's history: workouts in any order of days, pauses, check-ins, measures, today anywhere. */
const historyArbitrary: fc.Arbitrary<ProgressHistory> = fc
  .record({
    hasPlan: fc.boolean(),
    startDay: fc.integer({ min: 0, max: 60 }),
    daysPerWeek: fc.integer({ min: 2, max: 4 }),
    weightUnit: fc.constantFrom<'kg' | 'lb'>('kg', 'lb'),
    planned: fc.subarray([...EXERCISE_IDS]),
    workouts: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 240 }),
        status: fc.constantFrom<'finished' | 'in-progress'>('finished', 'finished', 'in-progress'),
        sets: fc.array(setArbitrary, { maxLength: 8 }),
      }),
      { maxLength: 40 },
    ),
    checkIns: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 240 }), pain: fc.integer({ min: 0, max: 10 }) }),
      {
        maxLength: 20,
      },
    ),
    toggles: fc.array(fc.record({ day: fc.integer({ min: 0, max: 240 }), paused: fc.boolean() }), {
      maxLength: 6,
    }),
    isPausedNow: fc.boolean(),
    measures: fc.array(
      fc.record({
        instrumentId: fc.constantFrom<'oswestry' | 'pain'>('oswestry', 'pain'),
        day: fc.integer({ min: 0, max: 240 }),
        value: fc.option(fc.integer({ min: 0, max: 10 })),
      }),
      { maxLength: 10 },
    ),
    todayDay: fc.integer({ min: 0, max: 260 }),
  })
  .map((drawn): ProgressHistory => {
    const startedOn = dayAfterBase(drawn.startDay);
    const plan = drawn.hasPlan
      ? planOf({
          startedOn,
          daysPerWeek: drawn.daysPerWeek,
          weightUnit: drawn.weightUnit,
          exercises: drawn.planned.map((id) => newExerciseState(id, 1, { kind: 'bodyweight' })),
          pause: drawn.isPausedNow
            ? { reason: 'severe-pain', since: `${startedOn}T10:00:00Z`, waitingFor: 'screen', screen: null }
            : null,
        })
      : null;
    const decisions: HistoryDecision[] = [...drawn.toggles]
      .sort((a, b) => a.day - b.day)
      .map((toggle) => ({
        on: dayAfterBase(toggle.day),
        exerciseId: null,
        ruleId: toggle.paused ? 'pain-pause' : 'screen-clear',
        inputs: {},
        change: { paused: { from: !toggle.paused, to: toggle.paused } },
        sentence: 'A pause or a resumption.',
        tellCoach: false,
      }));
    return {
      today: dayAfterBase(drawn.todayDay),
      plan,
      workouts: [...drawn.workouts]
        .sort((a, b) => a.day - b.day)
        .map((workout, index) => ({
          id: `w${index}`,
          date: dayAfterBase(workout.day),
          status: workout.status,
          sets: workout.sets,
        })),
      checkIns: drawn.checkIns.map((checkIn) => ({
        workoutOn: dayAfterBase(checkIn.day),
        pain: checkIn.pain,
      })),
      decisions,
      screens: [],
      measures: [...drawn.measures]
        .sort((a, b) => a.day - b.day)
        .map((entry) => ({
          instrumentId: entry.instrumentId,
          takenOn: dayAfterBase(entry.day),
          value: entry.value,
        })),
      disabilityInstrument: 'oswestry',
    };
  });

const counted = (history: ProgressHistory) =>
  history.workouts.filter((workout) => workout.status === 'finished' || workout.sets.length > 0);

const RUNS = { numRuns: 300 };

describe('progress, for any history', () => {
  it('has contiguous Monday weeks, the same for volume and adherence, covering every workout and today', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const progress = buildTrainingProgress(history);
        const weeks = progress.weeklyVolume.map((week) => week.weekStart);
        expect(progress.adherence.weeks.map((week) => week.weekStart)).toEqual(weeks);
        for (const [index, week] of weeks.entries()) {
          expect(weekStartOf(week)).toBe(week);
          if (index > 0) expect(daysBetween(weeks[index - 1] ?? week, week)).toBe(7);
        }
        const workouts = counted(history);
        if (history.plan === null && workouts.length === 0) {
          expect(weeks).toEqual([]);
          return;
        }
        for (const workout of workouts) expect(weeks).toContain(weekStartOf(workout.date));
        expect(weeks).toContain(weekStartOf(history.today));
      }),
      RUNS,
    );
  });

  it('counts every set once by week, and every workout that counts once', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const progress = buildTrainingProgress(history);
        const workouts = counted(history);
        const sets = workouts.flatMap((workout) => workout.sets);
        expect(progress.weeklyVolume.reduce((sum, week) => sum + week.sets, 0)).toBe(sets.length);
        expect(progress.weeklyVolume.reduce((sum, week) => sum + week.reps, 0)).toBe(
          sets.reduce((sum, set) => sum + set.reps, 0),
        );
        expect(progress.pain).toHaveLength(workouts.length);
        expect(progress.adherence.done).toBe(workouts.length);
      }),
      RUNS,
    );
  });

  it('keeps adherence within bounds: a share from 0 to 1, no week asking more than the plan', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const { adherence } = buildTrainingProgress(history);
        if (adherence.share !== null) {
          expect(adherence.share).toBeGreaterThanOrEqual(0);
          expect(adherence.share).toBeLessThanOrEqual(1);
        } else {
          expect(adherence.planned).toBe(0);
        }
        for (const week of adherence.weeks) {
          expect(week.planned).toBeGreaterThanOrEqual(0);
          expect(week.planned).toBeLessThanOrEqual(history.plan?.daysPerWeek ?? 0);
        }
        expect(adherence.weeks.reduce((sum, week) => sum + week.planned, 0)).toBe(adherence.planned);
      }),
      RUNS,
    );
  });

  it('sorts points by date, within the catalogue levels and on the load axis', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const { exercises } = buildTrainingProgress(history);
        for (const state of history.plan?.exercises ?? []) {
          expect(exercises.map((exercise) => exercise.exerciseId)).toContain(state.exerciseId);
        }
        for (const exercise of exercises) {
          const top = maxLevel(getExercise(exercise.exerciseId));
          expect(exercise.levelNames).toHaveLength(top);
          expect(exercise.loadSteps[0]).toBe('bodyweight');
          for (const [index, point] of exercise.points.entries()) {
            if (index > 0) expect(point.date >= (exercise.points[index - 1]?.date ?? '')).toBe(true);
            expect(point.level).toBeGreaterThanOrEqual(1);
            expect(point.level).toBeLessThanOrEqual(top);
            expect(point.loadStep).toBeGreaterThanOrEqual(0);
            expect(point.loadStep).toBeLessThan(exercise.loadSteps.length);
            expect(point.goodReps).toBeLessThanOrEqual(point.reps);
          }
          expect(exercise.from === null).toBe(exercise.points.length === 0);
        }
      }),
      RUNS,
    );
  });

  it('tells one sentence before the first workout and two to five after, each a finished sentence', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const progress = buildTrainingProgress(history);
        if (counted(history).length === 0) expect(progress.story).toHaveLength(1);
        else {
          expect(progress.story.length).toBeGreaterThanOrEqual(2);
          expect(progress.story.length).toBeLessThanOrEqual(5);
        }
        for (const sentence of progress.story) {
          expect(sentence).toMatch(/^[A-Z].*\.$/);
          expect(sentence).not.toMatch(/undefined|NaN|null|\[object/);
        }
      }),
      RUNS,
    );
  });

  it('is plain data: it survives a trip through JSON unchanged', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const progress = buildTrainingProgress(history);
        expect(JSON.parse(JSON.stringify(progress))).toEqual(progress);
      }),
      { numRuns: 100 },
    );
  });
});
