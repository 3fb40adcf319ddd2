import { describe, expect, it } from 'vitest';
import type { FormRep } from './rep-result.ts';
import { summarizeSet, tallyReps } from './set-summary.ts';

function rep(level: number, overrides: Partial<FormRep> = {}): FormRep {
  const isComplete = overrides.isComplete ?? true;
  const faults = overrides.faults ?? [];
  return {
    number: 1,
    isComplete,
    isGood: isComplete && faults.length === 0 && level >= 1,
    side: null,
    startMs: 0,
    turnMs: 1000,
    endMs: 2000,
    outMs: 800,
    backMs: 800,
    turnAngle: 120,
    turnImageAngle: 130,
    level,
    maxValgus: 0,
    minKneeWidthRatio: 1,
    maxFrontalKneeAngleChange: -10,
    maxTrunkLean: null,
    kneeAngleChange: null,
    notes: [],
    ...overrides,
    faults,
  };
}

describe('a set in the words of the set log', () => {
  it('counts completed and good reps; a partial rep is never counted as done', () => {
    const tally = tallyReps([rep(3), rep(3, { faults: ['knees-caving'] }), rep(4, { isComplete: false })]);
    expect(tally).toMatchObject({ completedReps: 2, partialReps: 1, goodReps: 1 });
  });

  it('reports the level reached consistently (four reps in five), not the best one', () => {
    expect(tallyReps([rep(4), rep(4), rep(4), rep(4), rep(5)]).levelReached).toBe(4);
    expect(tallyReps([rep(4), rep(4), rep(4), rep(3), rep(3)]).levelReached).toBe(3);
    expect(tallyReps([]).levelReached).toBe(0);
  });

  it('notes a fault seen in two reps, not a single wobble in a long set', () => {
    const once = summarizeSet(
      'squat',
      'front',
      [rep(3, { faults: ['knees-caving'] }), rep(3), rep(3)],
      [],
      90,
      90,
    );
    expect(once.faults).toEqual([]);
    const twice = summarizeSet(
      'squat',
      'front',
      [rep(3, { faults: ['knees-caving'] }), rep(3, { faults: ['knees-caving'] })],
      [],
      90,
      90,
    );
    expect(twice.faults).toEqual(['knees-caving']);
  });

  it('tallies each leg of a split squat on its own', () => {
    const summary = summarizeSet(
      'split-squat',
      'side',
      [rep(2, { side: 'left' }), rep(3, { side: 'right' }), rep(3, { side: 'right' })],
      [],
      90,
      90,
    );
    expect(summary.sides?.left).toMatchObject({ completedReps: 1, levelReached: 2 });
    expect(summary.sides?.right).toMatchObject({ completedReps: 2, levelReached: 3 });
  });
});
