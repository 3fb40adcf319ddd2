import { describe, expect, it } from 'vitest';
import { noRedFlags } from '../red-flags/questions.ts';
import { applyCoachChange, type CoachChangeContext } from './coach-change.ts';
import { newExerciseState } from './exercise-state.ts';
import { applyCheckIn, finishWorkout } from './finish.ts';
import { confirmCleared, pauseForScreen, recordScreen } from './pause.ts';
import type { CoachChange, ExerciseState, Plan, WorkoutLog } from './schemas.ts';
import { nextWorkout } from './workout.ts';

const squatAtWork: ExerciseState = {
  ...newExerciseState('squat', 4, { kind: 'bodyweight' }),
  stage: 'work',
  targetSets: 4,
  fullWorkouts: 0,
  lastFaults: ['knees-caving'],
  lastPain: 2,
};

const plan: Plan = {
  version: 1,
  startedOn: '2026-03-02',
  phase: 2,
  daysPerWeek: 3,
  weightUnit: 'kg',
  equipment: { bands: ['light', 'medium'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
  surgeryOn: null,
  exercises: [squatAtWork, newExerciseState('hip-hinge', 2, { kind: 'band', band: 'light' })],
  lastWorkoutOn: '2026-03-02',
  recentPain: [2],
  awaitingCheckIn: null,
  pause: null,
};

const sam: CoachChangeContext = {
  coachName: 'Sam',
  reason: 'your knees caved in on the last two workouts',
  at: '2026-03-03T09:00:00Z',
  isHeld: false,
};

function applied(change: CoachChange, from: Plan = plan, context: CoachChangeContext = sam) {
  const result = applyCoachChange(from, change, context);
  if (!result.isApplied) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result;
}

function refusalOf(change: CoachChange, from: Plan = plan, context: CoachChangeContext = sam) {
  const result = applyCoachChange(from, change, context);
  if (result.isApplied) throw new Error('expected a refusal');
  return result.refusal;
}

describe('a coach changes one exercise', () => {
  it('moves the squat back a level, technique first, and tells the member who, what and why', () => {
    const { plan: after, decision } = applied({ kind: 'exercise', exerciseId: 'squat', level: 3 });
    expect(decision).toEqual({
      exerciseId: 'squat',
      ruleId: 'coach-change',
      inputs: { kind: 'exercise', reason: sam.reason, coach: 'Sam', at: sam.at },
      change: { level: { from: 4, to: 3 } },
      sentence:
        'Sam, your coach, moved your squat back to level 3 (half squat): your knees caved in on the last two workouts.',
      tellCoach: false,
    });
    expect(after.exercises[0]).toMatchObject({
      level: 3,
      targetSets: 4,
      stage: 'technique',
      cleanWorkouts: 0,
      lastFaults: [],
    });
    expect(after.exercises[1]).toBe(plan.exercises[1]);
  });

  it('changes a load and the sets together, in the method’s words', () => {
    const { decision } = applied({
      kind: 'exercise',
      exerciseId: 'hip-hinge',
      load: { kind: 'band', band: 'medium' },
      targetSets: 3,
    });
    expect(decision.change).toEqual({
      load: { from: { kind: 'band', band: 'light' }, to: { kind: 'band', band: 'medium' } },
      targetSets: { from: 2, to: 3 },
    });
    expect(decision.sentence).toBe(
      'Sam, your coach, changed your hip hinge to the medium band instead of the light band and set it at 3 sets of 10: your knees caved in on the last two workouts.',
    );
  });

  it('keeps the stage when only the sets change', () => {
    const { plan: after, decision } = applied({ kind: 'exercise', exerciseId: 'squat', targetSets: 5 });
    expect(decision.change).toEqual({ targetSets: { from: 4, to: 5 } });
    expect(after.exercises[0]).toMatchObject({ stage: 'work', level: 4, targetSets: 5 });
  });

  it('refuses a level or load outside the catalogue, naming the field', () => {
    expect(refusalOf({ kind: 'exercise', exerciseId: 'squat', level: 6 })).toEqual({
      kind: 'invalid',
      field: 'change.level',
      message: 'Squat has levels 1 to 5',
    });
    expect(
      refusalOf({ kind: 'exercise', exerciseId: 'squat', load: { kind: 'band', band: 'heavy' } }),
    ).toMatchObject({ kind: 'invalid', field: 'change.load' });
    expect(
      refusalOf({ kind: 'exercise', exerciseId: 'squat', load: { kind: 'dumbbell', kg: 8 } }),
    ).toMatchObject({ kind: 'invalid', field: 'change.load' });
    expect(refusalOf({ kind: 'exercise', exerciseId: 'split-squat', level: 1 })).toMatchObject({
      kind: 'invalid',
      field: 'change.exerciseId',
    });
    expect(refusalOf({ kind: 'exercise', exerciseId: 'squat', level: 4 })).toMatchObject({
      kind: 'conflict',
      code: 'no-change',
    });
  });
});

describe('a coach adds or removes an exercise', () => {
  it('adds one at a level and load the catalogue allows, with two clean sets to start', () => {
    const { plan: after, decision } = applied({
      kind: 'add',
      exerciseId: 'glute-bridge',
      level: 2,
      load: { kind: 'bodyweight' },
    });
    expect(after.exercises.at(-1)).toMatchObject({ exerciseId: 'glute-bridge', level: 2, targetSets: 2 });
    expect(decision.change).toEqual({ exercise: 'added' });
    expect(decision.sentence).toBe(
      'Sam, your coach, added the glute bridge to your plan, at level 2 (half lift) with your bodyweight alone: your knees caved in on the last two workouts.',
    );
  });

  it('refuses an exercise already there, a level past its range, or a load the member does not own', () => {
    const add = { kind: 'add', load: { kind: 'bodyweight' } } as const;
    expect(refusalOf({ ...add, exerciseId: 'squat', level: 1 })).toMatchObject({
      field: 'change.exerciseId',
    });
    expect(refusalOf({ ...add, exerciseId: 'glute-bridge', level: 5 })).toMatchObject({
      field: 'change.level',
    });
    expect(
      refusalOf({ ...add, exerciseId: 'glute-bridge', level: 1, load: { kind: 'kettlebell', kg: 12 } }),
    ).toMatchObject({ field: 'change.load' });
  });

  it('removes one, but never the last', () => {
    const { plan: after, decision } = applied({ kind: 'remove', exerciseId: 'hip-hinge' });
    expect(after.exercises.map((state) => state.exerciseId)).toEqual(['squat']);
    expect(decision.change).toEqual({ exercise: 'retired' });
    expect(decision.sentence).toMatch(/^Sam, your coach, took the hip hinge out of your plan: /);
    expect(refusalOf({ kind: 'remove', exerciseId: 'squat' }, after)).toMatchObject({
      code: 'last-exercise',
    });
  });
});

describe('a coach pauses and resumes', () => {
  it('pauses the plan so no workout is offered, and resumes it', () => {
    const paused = applied({ kind: 'pause' });
    expect(paused.plan.pause).toEqual({ reason: 'coach', since: sam.at, waitingFor: 'coach', screen: null });
    expect(paused.decision).toMatchObject({
      exerciseId: null,
      change: { paused: { from: false, to: true } },
    });
    expect(nextWorkout(paused.plan, [], '2026-03-04').status).toBe('paused');
    expect(refusalOf({ kind: 'pause' }, paused.plan)).toMatchObject({ code: 'already-paused' });
    const resumed = applied({ kind: 'resume' }, paused.plan);
    expect(resumed.plan.pause).toBeNull();
    expect(resumed.decision.sentence).toBe(
      'Sam, your coach, started your plan again: your knees caved in on the last two workouts.',
    );
    expect(refusalOf({ kind: 'resume' }, resumed.plan)).toMatchObject({ code: 'not-paused' });
    const unnamed = applied({ kind: 'pause' }, plan, { ...sam, coachName: ' ' });
    expect(unnamed.decision.sentence).toBe(
      'Your coach paused your plan for now: your knees caved in on the last two workouts.',
    );
  });

  it('cannot resume during a safety hold, even their own pause', () => {
    const paused = applied({ kind: 'pause' }).plan;
    expect(refusalOf({ kind: 'resume' }, paused, { ...sam, isHeld: true })).toMatchObject({
      kind: 'conflict',
      code: 'safety-hold',
    });
  });

  it('cannot resume a pause for pain: the member answers the safety questions again', () => {
    const painPaused = pauseForScreen(plan, 'severe-pain', '2026-03-03T18:00:00Z', {
      exerciseId: 'squat',
      pain: 8,
    }).plan;
    expect(refusalOf({ kind: 'resume' }, painPaused)).toMatchObject({ code: 'paused-for-safety' });
    // What a coach may do during that pause: make the plan gentler for when it carries on.
    const gentler = applied({ kind: 'exercise', exerciseId: 'squat', level: 2 }, painPaused).plan;
    expect(gentler.pause).toEqual(painPaused.pause);
    expect(recordScreen(gentler, noRedFlags(), '2026-03-04T08:00:00Z').plan.pause).toBeNull();
  });

  it('gives way to the safety rules: pain during a coach’s pause waits for the safety questions', () => {
    const paused = applied({ kind: 'pause' }).plan;
    const painPaused = pauseForScreen(paused, 'new-symptom', '2026-03-04T08:00:00Z', {
      exerciseId: null,
      pain: 3,
    }).plan;
    expect(painPaused.pause).toMatchObject({ reason: 'new-symptom', waitingFor: 'screen' });
    expect(refusalOf({ kind: 'resume' }, painPaused)).toMatchObject({ code: 'paused-for-safety' });
  });

  it('is not ended by a clear screen or a clearance: only the coach resumes their pause', () => {
    const paused = applied({ kind: 'pause' }).plan;
    expect(recordScreen(paused, noRedFlags(), '2026-03-04T08:00:00Z').plan.pause).toEqual(paused.pause);
    expect(confirmCleared(paused, '2026-03-04T08:00:00Z').plan.pause).toEqual(paused.pause);
  });
});

describe('the engine carries on from a coach’s change', () => {
  function cleanSquat(date: string, level: number, sets: number): WorkoutLog {
    const set = {
      exerciseId: 'squat' as const,
      reps: 10,
      level,
      load: { kind: 'bodyweight' as const },
      pain: 1,
      faults: [],
    };
    return { date, painBefore: 1, effort: 'hard-good-form', newSymptoms: false, sets: Array(sets).fill(set) };
  }

  it('sets technique at the coach’s level, then steps up from there', () => {
    let current = applied({ kind: 'exercise', exerciseId: 'squat', level: 3 }).plan;
    const days = [
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
      '2026-03-16',
      '2026-03-18',
    ];
    const rules: string[] = [];
    for (const date of days) {
      const squat = current.exercises.find((state) => state.exerciseId === 'squat');
      const finished = finishWorkout(current, cleanSquat(date, squat?.level ?? 0, squat?.targetSets ?? 0), {
        at: `${date}T18:00:00Z`,
      });
      rules.push(...finished.decisions.filter((d) => d.exerciseId === 'squat').map((d) => d.ruleId));
      current = applyCheckIn(finished.plan, {
        workoutOn: date,
        pain: 1,
        newSymptoms: false,
        at: `${date}T20:00:00Z`,
      }).plan;
      if (rules.at(-1) === 'range-step' || rules.at(-1) === 'load-step') break;
    }
    expect(rules).toEqual([
      'technique-continue',
      'technique-established',
      'add-a-set',
      'keep-going',
      'load-step',
    ]);
    // The step up starts from level 3, the coach's level, not the level 4 the squat was at before.
    expect(current.exercises[0]).toMatchObject({
      level: 3,
      load: { kind: 'band', band: 'light' },
      targetSets: 3,
    });
  });
});
