import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noRedFlags } from '../red-flags/questions.ts';
import { addDays } from './dates.ts';
import { newExerciseState } from './exercise-state.ts';
import { applyCheckIn, finishWorkout } from './finish.ts';
import { confirmCleared, recordScreen } from './pause.ts';
import type { ExerciseState, Plan, WorkoutLog } from './schemas.ts';

const squatAtWork: ExerciseState = {
  ...newExerciseState('squat', 2, { kind: 'bodyweight' }),
  stage: 'work',
  targetSets: 5,
  fullWorkouts: 1,
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
  exercises: [squatAtWork],
  lastWorkoutOn: '2026-03-02',
  recentPain: [2],
  awaitingCheckIn: null,
  pause: null,
};

function fiveByTen(pain: number, date = '2026-03-04'): WorkoutLog {
  const set = {
    exerciseId: 'squat' as const,
    reps: 10,
    level: 2,
    load: { kind: 'bodyweight' as const },
    pain,
    faults: [],
  };
  return { date, painBefore: 2, effort: 'hard-good-form', newSymptoms: false, sets: Array(5).fill(set) };
}

describe('finishing a workout', () => {
  it('explains a step in the member’s own numbers', () => {
    const { decisions, plan: after } = finishWorkout(plan, fiveByTen(2), { at: '2026-03-04T18:00:00Z' });
    expect(decisions).toEqual([
      {
        exerciseId: 'squat',
        ruleId: 'load-step',
        inputs: expect.objectContaining({ goodSets: 5, highestPain: 2, level: 2 }),
        change: {
          load: { from: { kind: 'bodyweight' }, to: { kind: 'band', band: 'light' } },
          targetSets: { from: 5, to: 3 },
          stage: { from: 'work', to: 'technique' },
        },
        sentence:
          'You did 5 sets of 10 in the squat with good form twice and your pain stayed at 2/10, so next time you add a light band; you go back to 3 sets while you get used to it.',
        tellCoach: false,
      },
    ]);
    expect(after.awaitingCheckIn).toEqual({ workoutOn: '2026-03-04', painBefore: 2, exerciseIds: ['squat'] });
    expect(after.lastWorkoutOn).toBe('2026-03-04');
  });

  it('records the pause with its time, and a clear screen ends it', () => {
    const paused = finishWorkout(plan, fiveByTen(8), { at: '2026-03-04T18:05:00Z' }).plan;
    expect(paused.pause).toEqual({
      reason: 'severe-pain',
      since: '2026-03-04T18:05:00Z',
      waitingFor: 'screen',
      screen: null,
    });
    const screened = recordScreen(paused, noRedFlags(), '2026-03-05T08:00:00Z');
    expect(screened.plan.pause).toBeNull();
    expect(screened.decisions.map((decision) => decision.ruleId)).toEqual(['screen-clear']);
  });

  it('keeps the flagged answers on the pause for the coach, until the member confirms clearance', () => {
    const paused = finishWorkout(plan, fiveByTen(9), { at: '2026-03-04T18:05:00Z' }).plan;
    const answers = { ...noRedFlags(), 'both-legs': true };
    const flagged = recordScreen(paused, answers, '2026-03-05T08:00:00Z');
    expect(flagged.result.outcome).toBe('emergency');
    expect(flagged.plan.pause).toEqual({
      reason: 'severe-pain',
      since: '2026-03-04T18:05:00Z',
      waitingFor: 'clearance',
      screen: { answers, outcome: 'emergency', at: '2026-03-05T08:00:00Z' },
    });
    const cleared = confirmCleared(flagged.plan, '2026-03-09T10:00:00Z');
    expect(cleared.plan.pause).toBeNull();
    expect(confirmCleared(cleared.plan, '2026-03-09T10:01:00Z').decisions).toEqual([]);
  });
});

describe('the next-morning check-in', () => {
  it('applies once: a retried check-in changes nothing', () => {
    const finished = finishWorkout(plan, fiveByTen(2), { at: '2026-03-04T18:00:00Z' }).plan;
    const checkIn = { workoutOn: '2026-03-04', pain: 5, newSymptoms: false, at: '2026-03-05T08:00:00Z' };
    const first = applyCheckIn(finished, checkIn);
    expect(first.decisions.map((decision) => decision.ruleId)).toEqual(['check-in-regress']);
    expect(applyCheckIn(first.plan, checkIn)).toEqual({ plan: first.plan, decisions: [] });
  });

  it('ignores a check-in for a workout other than the last one', () => {
    const finished = finishWorkout(plan, fiveByTen(2), { at: '2026-03-04T18:00:00Z' }).plan;
    const stale = { workoutOn: '2026-03-02', pain: 9, newSymptoms: false, at: '2026-03-05T08:00:00Z' };
    expect(applyCheckIn(finished, stale)).toEqual({ plan: finished, decisions: [] });
  });
});

describe('the timeline of workouts', () => {
  it('a workout dated before the last one never moves the last-workout day back, in any order of days', () => {
    const daysFromLast = fc.integer({ min: -40, max: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(daysFromLast, fc.integer({ min: 0, max: 10 })), { maxLength: 30 }),
        (steps) => {
          let current = plan;
          for (const [days, pain] of steps) {
            const date = addDays(current.lastWorkoutOn ?? current.startedOn, days);
            const before = current.lastWorkoutOn;
            current = finishWorkout(current, fiveByTen(pain, date), { at: `${date}T18:00:00Z` }).plan;
            if (current.pause) current = recordScreen(current, noRedFlags(), `${date}T19:00:00Z`).plan;
            if (current.pause) current = confirmCleared(current, `${date}T19:00:00Z`).plan;
            expect((current.lastWorkoutOn ?? '') >= (before ?? '')).toBe(true);
          }
        },
      ),
    );
  });

  it('a workout dated before the last one applies no break rule and keeps the latest check-in awaited', () => {
    const later = finishWorkout(plan, fiveByTen(2, '2026-03-20'), { at: '2026-03-20T18:00:00Z' }).plan;
    const earlier = finishWorkout(later, fiveByTen(2, '2026-03-10'), { at: '2026-03-20T19:00:00Z' });
    expect(earlier.plan.lastWorkoutOn).toBe('2026-03-20');
    expect(earlier.plan.awaitingCheckIn?.workoutOn).toBe('2026-03-20');
    expect(earlier.decisions.map((decision) => decision.ruleId)).not.toContain('gap-one-set-lower');
    expect(earlier.decisions.map((decision) => decision.ruleId)).not.toContain('gap-one-level-lower');
  });
});
