import { describe, expect, it } from 'vitest';
import { newExerciseState } from '../../../core/engine/exercise-state.ts';
import type { Plan } from '../../../core/engine/schemas.ts';
import { changeOf, draftFor, exercisesToAdd, loadsFor, preview } from './plan-change-draft.ts';

const plan: Plan = {
  version: 1,
  startedOn: '2026-03-02',
  phase: 2,
  daysPerWeek: 3,
  weightUnit: 'kg',
  equipment: { bands: ['light'], dumbbellsKg: [6], kettlebellsKg: [], cableKg: [] },
  surgeryOn: null,
  exercises: [
    newExerciseState('squat', 3, { kind: 'bodyweight' }),
    newExerciseState('hip-hinge', 2, { kind: 'bodyweight' }),
  ],
  lastWorkoutOn: '2026-03-02',
  recentPain: [2],
  awaitingCheckIn: null,
  pause: null,
};

describe('the coach’s plan change form', () => {
  it('offers only the loads the member owns for the exercise, easiest first', () => {
    expect(loadsFor(plan, 'squat')).toEqual([
      { kind: 'bodyweight' },
      { kind: 'band', band: 'light' },
      { kind: 'dumbbell', kg: 6 },
    ]);
  });

  it('sends only what differs from the plan', () => {
    const draft = { ...draftFor(plan, 'exercise', 'squat'), level: 2 };
    expect(changeOf(plan, draft)).toEqual({ kind: 'exercise', exerciseId: 'squat', level: 2 });
  });

  it('offers to add only exercises not in the plan, starting at level 1 with the easiest load', () => {
    expect(exercisesToAdd(plan)).toEqual(['glute-bridge', 'split-squat', 'pull-through']);
    expect(changeOf(plan, draftFor(plan, 'add'))).toEqual({
      kind: 'add',
      exerciseId: 'glute-bridge',
      level: 1,
      load: { kind: 'bodyweight' },
    });
  });

  it('previews the sentence the member will read, or says why it cannot be saved', () => {
    const moved = { ...draftFor(plan, 'exercise', 'squat'), level: 2, reason: 'your knees caved in' };
    const shown = preview(plan, moved, 'Sam', new Date('2026-03-03T09:00:00Z'));
    expect(shown.isApplied && shown.decision.sentence).toBe(
      'Sam, your coach, moved your squat back to level 2 (quarter squat): your knees caved in.',
    );
    const unchanged = preview(plan, draftFor(plan, 'exercise', 'squat'), 'Sam', new Date());
    expect(unchanged.isApplied).toBe(false);
  });
});
