import { describe, expect, it } from 'vitest';
import type { Load } from '../catalogue/types.ts';
import { newExerciseState } from './exercise-state.ts';
import { nextPhaseCriteria } from './phase-criteria.ts';
import type { ExerciseState, Plan } from './schemas.ts';

const BODYWEIGHT: Load = { kind: 'bodyweight' };

function planOf(phase: Plan['phase'], exercises: ExerciseState[], overrides: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    startedOn: '2026-03-02',
    phase,
    daysPerWeek: 3,
    weightUnit: 'kg',
    equipment: { bands: ['light'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
    surgeryOn: null,
    exercises,
    lastWorkoutOn: '2026-03-20',
    recentPain: [2, 2, 1],
    awaitingCheckIn: null,
    pause: null,
    ...overrides,
  };
}

const working = (state: ExerciseState): ExerciseState => ({ ...state, stage: 'work' });

describe('the next phase criteria, met and to go', () => {
  it('counts what is done in phase 2 on the way to phase 3, and names what remains', () => {
    const plan = planOf(2, [
      working(newExerciseState('squat', 3, BODYWEIGHT)),
      working(newExerciseState('hip-hinge', 2, BODYWEIGHT)),
      newExerciseState('split-squat', 1, BODYWEIGHT),
    ]);
    const next = nextPhaseCriteria(plan, '2026-03-21');
    expect(next?.phase).toBe(3);
    expect(next?.summary).toBe('5 of 8 done');
    expect(next?.criteria.filter((criterion) => !criterion.isMet).map((criterion) => criterion.text)).toEqual(
      [
        'the hip hinge at level 3 (half hinge) or further',
        'the split squat at level 2 (quarter dip) or further',
        'your technique set in the split squat',
      ],
    );
  });

  it('leaves out the weeks since a surgery the member never had, and counts them when they had one', () => {
    const exercises = [
      newExerciseState('glute-bridge', 1, BODYWEIGHT),
      newExerciseState('squat', 1, BODYWEIGHT),
    ];
    const withoutSurgery = nextPhaseCriteria(planOf(1, exercises), '2026-03-21');
    expect(withoutSurgery?.criteria.some((criterion) => criterion.text.includes('surgery'))).toBe(false);
    expect(withoutSurgery?.summary).toBe('2 of 4 done');
    const afterSurgery = nextPhaseCriteria(planOf(1, exercises, { surgeryOn: '2026-03-01' }), '2026-03-21');
    expect(afterSurgery?.criteria.find((criterion) => criterion.text.includes('surgery'))).toEqual({
      text: '12 weeks since your surgery',
      isMet: false,
    });
    expect(afterSurgery?.summary).toBe('2 of 5 done');
  });

  it('has no next phase in phase 5', () => {
    expect(nextPhaseCriteria(planOf(5, [newExerciseState('squat', 5, BODYWEIGHT)]), '2026-03-21')).toBeNull();
  });
});
