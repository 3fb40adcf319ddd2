import { describe, expect, it } from 'vitest';
import { getExercise } from '../catalogue/index.ts';
import { noRedFlags } from '../red-flags/questions.ts';
import { newExerciseState } from './exercise-state.ts';
import { finishWorkout } from './finish.ts';
import type { Assessment, Plan } from './schemas.ts';
import { startingPlan } from './start.ts';
import { cuesFor, nextWorkout } from './workout.ts';

const MONDAY = '2026-03-02';

const uprightMember: Assessment = {
  age: 47,
  painNow: 3,
  painWorstLastWeek: 6,
  surgery: null,
  chairStands: 12,
  equipment: { bands: ['light'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
  comfortableRange: { squat: 'halfway', hinge: 'most-of-the-way' },
  daysPerWeek: 3,
  weightUnit: 'kg',
  redFlags: noRedFlags(),
};

describe('the next workout', () => {
  it('lists each exercise with its level, load, sets of 10, rest and cues', () => {
    const { plan } = startingPlan(uprightMember, MONDAY);
    const workout = nextWorkout(plan, [], MONDAY);
    expect(workout.status).toBe('ready');
    if (workout.status !== 'ready') return;
    expect(workout).toMatchObject({ date: MONDAY, isToday: true, phase: 2, decisions: [] });
    const squat = workout.exercises.find((exercise) => exercise.exerciseId === 'squat');
    expect(squat).toMatchObject({
      level: 3,
      levelName: 'Half squat',
      load: { kind: 'bodyweight' },
      sets: 2,
      reps: 10,
      restSeconds: 60,
      stage: 'technique',
      supported: false,
    });
    expect(workout.exercises.find((exercise) => exercise.exerciseId === 'split-squat')?.supported).toBe(true);
  });

  it('is on the next training day, not the day after a workout', () => {
    const { plan } = startingPlan(uprightMember, MONDAY);
    const sets = plan.exercises.map((state) => ({
      exerciseId: state.exerciseId,
      reps: 10,
      level: state.level,
      load: state.load,
      pain: 1,
      faults: [],
    }));
    const log = { date: MONDAY, painBefore: 2, effort: 'hard-good-form' as const, newSymptoms: false, sets };
    const after = finishWorkout(plan, log, { at: `${MONDAY}T18:00:00Z` }).plan;
    const workout = nextWorkout(after, [log], '2026-03-03');
    expect(workout.status === 'ready' && workout.date).toBe('2026-03-04');
    expect(workout.status === 'ready' && workout.isToday).toBe(false);
  });

  it('counts the last workout once when the history already holds it: three days a week stay three', () => {
    const { plan } = startingPlan(uprightMember, MONDAY);
    const sets = plan.exercises.map((state) => ({
      exerciseId: state.exerciseId,
      reps: 10,
      level: state.level,
      load: state.load,
      pain: 1,
      faults: [],
    }));
    const tuesday = {
      date: '2026-03-03',
      painBefore: 2,
      effort: 'hard-good-form' as const,
      newSymptoms: false,
      sets,
    };
    const friday = { ...tuesday, date: '2026-03-06' };
    let after = finishWorkout(plan, tuesday, { at: '2026-03-03T18:00:00Z' }).plan;
    after = finishWorkout(after, friday, { at: '2026-03-06T18:00:00Z' }).plan;
    const workout = nextWorkout(after, [tuesday, friday], '2026-03-07');
    expect(workout.status === 'ready' && workout.date).toBe('2026-03-08');
  });

  it('tells a paused member why there is no workout, and shows no exercise', () => {
    const { plan } = startingPlan(
      { ...uprightMember, redFlags: { ...noRedFlags(), 'night-pain': true } },
      MONDAY,
    );
    const workout = nextWorkout(plan, [], MONDAY);
    expect(workout).toMatchObject({
      status: 'paused',
      pause: { reason: 'red-flag', waitingFor: 'clearance' },
    });
    expect('exercises' in workout).toBe(false);
  });

  it('shows the restart after a break before the workout begins', () => {
    const plan: Plan = {
      ...startingPlan(uprightMember, MONDAY).plan,
      lastWorkoutOn: '2026-02-10',
    };
    const workout = nextWorkout(plan, [], MONDAY);
    expect(workout.status === 'ready' && workout.decisions.map((decision) => decision.ruleId)).toContain(
      'gap-one-set-lower',
    );
  });
});

describe('the cues shown', () => {
  const squat = getExercise('squat');

  it('are three while learning and two once working hard, from the exercise in its own order', () => {
    const learning = newExerciseState('squat', 2, { kind: 'bodyweight' });
    expect(cuesFor(learning)).toEqual(squat.cues.slice(0, 3));
    expect(cuesFor({ ...learning, stage: 'work' })).toEqual(squat.cues.slice(0, 2));
  });

  it('put the fix for last time’s fault first', () => {
    const state = { ...newExerciseState('squat', 2, { kind: 'bodyweight' }), stage: 'work' as const };
    const kneesCue = squat.faults.find((fault) => fault.id === 'knees-caving')?.cue;
    const cues = cuesFor({ ...state, lastFaults: ['knees-caving'] });
    expect(cues[0]).toBe(kneesCue);
    expect(cues).toHaveLength(2);
    expect(cuesFor({ ...state, lastFaults: ['knees-caving', 'lost-brace'] })).toHaveLength(3);
  });
});
