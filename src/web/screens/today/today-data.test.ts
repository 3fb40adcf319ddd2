import { describe, expect, it } from 'vitest';
import type { StoredDecision } from '../../../contract/plan.ts';
import { changesSinceLastWorkout, type TodayData } from './today-data.ts';

function decision(overrides: Partial<StoredDecision>): StoredDecision {
  return {
    id: crypto.randomUUID(),
    source: 'workout',
    sourceId: 'w',
    madeAt: '2026-03-04T09:00:00.000Z',
    exerciseId: 'squat',
    ruleId: 'pain-regress',
    inputs: {},
    change: { level: { from: 3, to: 2 } },
    sentence: 'changed',
    tellCoach: true,
    ...overrides,
  };
}

function today(recent: StoredDecision[]): TodayData {
  return { planView: { plan: { lastWorkoutOn: '2026-03-04' } }, recent } as unknown as TodayData;
}

describe('what changed since the last workout', () => {
  it('names the changes made after the last workout and at the check-in that followed it', () => {
    const data = today([
      decision({ sentence: 'after the workout' }),
      decision({
        source: 'check-in',
        madeAt: '2026-03-05T07:00:00.000Z',
        inputs: { workoutOn: '2026-03-04' },
        sentence: 'next morning',
      }),
    ]);
    expect(changesSinceLastWorkout(data, 'squat')).toEqual(['after the workout', 'next morning']);
  });

  it('leaves out holds, the start, other exercises, and the check-in after the workout before', () => {
    const data = today([
      decision({ change: {}, sentence: 'a hold' }),
      decision({ source: 'assessment', madeAt: '2026-03-03T07:00:00.000Z', sentence: 'the starting level' }),
      decision({ exerciseId: 'hip-hinge', sentence: 'another exercise' }),
      decision({
        source: 'check-in',
        madeAt: '2026-03-03T07:00:00.000Z',
        inputs: { workoutOn: '2026-03-02' },
        sentence: 'old check-in',
      }),
      decision({ madeAt: '2026-03-02T09:00:00.000Z', sentence: 'the workout before' }),
    ]);
    expect(changesSinceLastWorkout(data, 'squat')).toEqual([]);
  });
});
