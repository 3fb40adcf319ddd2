import { describe, expect, it } from 'vitest';
import { createOneEuroFilter } from './one-euro.ts';
import { seededRandom } from './synthetic-recording.test-support.ts';

const SETTINGS = { minCutoffHz: 0.5, beta: 4, derivativeCutoffHz: 1 };

function spread(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}

describe('the One Euro filter', () => {
  it('calms a still but jittery keypoint', () => {
    const random = seededRandom(1);
    const filter = createOneEuroFilter(SETTINGS);
    const raw: number[] = [];
    const smoothed: number[] = [];
    for (let frame = 0; frame < 300; frame++) {
      const value = 0.5 + (random() - 0.5) * 0.02;
      raw.push(value);
      smoothed.push(filter.filter(value, (frame * 1000) / 30));
    }
    expect(spread(smoothed.slice(30))).toBeLessThan(spread(raw.slice(30)) / 2);
  });

  it('follows a moving keypoint closely, so a rep is not flattened', () => {
    const filter = createOneEuroFilter(SETTINGS);
    let worst = 0;
    for (let frame = 0; frame <= 60; frame++) {
      const t = (frame * 1000) / 30;
      const value = 0.3 * Math.sin((2 * Math.PI * t) / 2000);
      worst = Math.max(worst, Math.abs(filter.filter(value, t) - value));
    }
    expect(worst).toBeLessThan(0.1);
  });

  it('is driven by time, not frames: 5 and 60 fps settle the same step alike', () => {
    const settledAfterOneSecond = (fps: number): number => {
      const filter = createOneEuroFilter(SETTINGS);
      let value = filter.filter(0, 0);
      for (let t = 1000 / fps; t <= 1000; t += 1000 / fps) value = filter.filter(1, t);
      return value;
    };
    expect(settledAfterOneSecond(5)).toBeCloseTo(settledAfterOneSecond(60), 1);
  });

  it('ignores a repeated time stamp and starts afresh after a reset', () => {
    const filter = createOneEuroFilter(SETTINGS);
    filter.filter(1, 0);
    expect(filter.filter(5, 0)).toBe(1);
    filter.reset();
    expect(filter.filter(5, 100)).toBe(5);
  });
});
