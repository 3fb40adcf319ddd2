import { describe, expect, it } from 'vitest';
import { meanPain, painPeriods } from './pain.ts';
import type { PainPoint } from './types.ts';

function painOver(count: number): PainPoint[] {
  return Array.from({ length: count }, (_, index) => ({
    workoutId: `w${index}`,
    date: `2026-03-${String(index + 1).padStart(2, '0')}`,
    during: index % 4 === 3 ? null : 6 - (index % 5),
    // Never both missing: every one of these workouts has pain told.
    nextMorning: index % 3 === 0 && index % 4 !== 3 ? null : 3,
  }));
}

describe('the periods pain is compared over', () => {
  it('holds the same number of workouts in each, at most five, never sharing one', () => {
    for (let workouts = 0; workouts <= 20; workouts += 1) {
      const periods = painPeriods(painOver(workouts));
      if (workouts < 6) {
        expect(periods, `${workouts} workouts`).toBeNull();
        continue;
      }
      const size = Math.min(5, Math.floor(workouts / 2));
      expect(periods?.size, `${workouts} workouts`).toBe(size);
      expect(periods?.first).toHaveLength(size);
      expect(periods?.latest).toHaveLength(size);
      const firstIds = new Set(periods?.first.map((point) => point.workoutId));
      expect(periods?.latest.some((point) => firstIds.has(point.workoutId))).toBe(false);
      expect(periods?.first[0]?.workoutId).toBe('w0');
      expect(periods?.latest.at(-1)?.workoutId).toBe(`w${workouts - 1}`);
    }
  });

  it('counts only workouts with pain told, in date order', () => {
    const untold: PainPoint = { workoutId: 'x', date: '2026-02-01', during: null, nextMorning: null };
    const points = [...painOver(6)].reverse();
    const periods = painPeriods([untold, ...points, { ...untold, date: '2026-04-01' }]);
    expect(periods?.first.map((point) => point.workoutId)).toEqual(['w0', 'w1', 'w2']);
    expect(periods?.latest.map((point) => point.workoutId)).toEqual(['w3', 'w4', 'w5']);
  });

  it('averages what was told, to one decimal, and nothing when nothing was', () => {
    expect(meanPain([4, null, 5, 5])).toBe(4.7);
    expect(meanPain([null, null])).toBeNull();
  });
});
