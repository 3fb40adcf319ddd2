import { describe, expect, it } from 'vitest';
import type { StoredDecision } from '../../../contract/plan.ts';
import { changesSinceLastWorkout, coachChangesSinceLastWorkout, type TodayData } from './today-data.ts';

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

describe('the note from the coach', () => {
  const coach = (madeAt: string, sentence: string) =>
    decision({ source: 'coach', ruleId: 'coach-change', madeAt, sentence, tellCoach: false });

  it('shows the coach’s changes made since the last workout, newest first, and not the engine’s', () => {
    const data = today([
      coach('2026-03-05T10:00:00.000Z', 'moved your squat back'),
      decision({ madeAt: '2026-03-04T18:00:00.000Z', sentence: 'after the workout' }),
      coach('2026-03-03T10:00:00.000Z', 'before the last workout'),
    ]);
    expect(coachChangesSinceLastWorkout(data).map((change) => change.sentence)).toEqual([
      'moved your squat back',
    ]);
  });

  it('is gone once the member trains again', () => {
    const data = today([
      decision({ madeAt: '2026-03-06T18:00:00.000Z', sentence: 'the next workout' }),
      coach('2026-03-05T10:00:00.000Z', 'moved your squat back'),
    ]);
    expect(coachChangesSinceLastWorkout(data)).toEqual([]);
  });
});
