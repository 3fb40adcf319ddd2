import { describe, expect, it } from 'vitest';
import { describeCriterion } from './phase-changes.ts';
import { PHASES, painTrend } from './phases.ts';

describe('the pain trend', () => {
  it('compares the newer half of recent workouts with the older half, a point either way', () => {
    expect(painTrend([])).toBe('steady');
    expect(painTrend([4])).toBe('steady');
    expect(painTrend([4, 4, 4, 3])).toBe('steady');
    expect(painTrend([4, 4, 3, 2])).toBe('better');
    expect(painTrend([1, 1, 2, 3])).toBe('worse');
    expect(painTrend([1, 1, 9, 2, 2])).toBe('worse');
  });
});

describe('the phases', () => {
  it('are five, in order, each but the first earned by criteria a coach can read', () => {
    expect(PHASES.map((phase) => phase.phase)).toEqual([1, 2, 3, 4, 5]);
    expect(PHASES[0]?.entry).toEqual([]);
    for (const phase of PHASES.slice(1)) {
      expect(phase.entry.length).toBeGreaterThan(0);
      expect(phase.entry.some((criterion) => criterion.kind === 'pain-trend')).toBe(true);
    }
    expect(PHASES[3]?.entry.map(describeCriterion)).toEqual([
      'the hip hinge at level 4 (deep hinge) or further',
      'the hip hinge with a band or weight',
      'the squat with a band or weight',
      'the split squat at level 2 (quarter dip) or further',
      'your pain steady or getting better over your recent workouts',
      'pain at most 3/10 in your latest workout',
    ]);
  });

  it('bring the pull-through in only at phase 4, and retire the bridge at phase 3', () => {
    expect(PHASES.filter((phase) => phase.adds.includes('pull-through')).map((phase) => phase.phase)).toEqual(
      [4],
    );
    expect(
      PHASES.filter((phase) => phase.retires.includes('glute-bridge')).map((phase) => phase.phase),
    ).toEqual([3]);
  });
});
