import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChangeInstrument, meaningfulChange, meaningfulChangeBand } from './meaningful-change.ts';
import { OSWESTRY_SECTION_IDS, scoreOswestry } from './oswestry.ts';

function oswestryOf(sum: number): number {
  // Ten answered sections adding up to `sum`, scored the published way.
  const answers = Object.fromEntries(
    OSWESTRY_SECTION_IDS.map((id, index) => [id, Math.max(0, Math.min(5, sum - index * 5))]),
  );
  const { score } = scoreOswestry(answers);
  if (score === null) throw new Error('ten answered sections always score');
  return score;
}

describe('a meaningful change (Ostelo et al. 2008)', () => {
  it('is an improvement of 10 points on the Oswestry', () => {
    const result = meaningfulChange('oswestry', 38, 22);
    expect(result).toMatchObject({ verdict: 'improved', threshold: 'points', change: -16 });
    expect(result.sentence).toBe(
      'Oswestry 38 → 22: 16 points better, a meaningful improvement (10 points or more).',
    );
  });

  it('is an improvement of 30% from a low baseline, where 10 points is out of reach', () => {
    const result = meaningfulChange('oswestry', 20, 14);
    expect(result).toMatchObject({ verdict: 'improved', threshold: 'percent' });
    expect(result.sentence).toBe(
      'Oswestry 20 → 14: 6 points better, 30% less than at the start, a meaningful improvement (30% or more).',
    );
  });

  it('is not 5 points and 25% better on the Oswestry', () => {
    const result = meaningfulChange('oswestry', 20, 15);
    expect(result).toMatchObject({ verdict: 'no-meaningful-change', threshold: null });
    expect(result.sentence).toBe(
      'Oswestry 20 → 15: 5 points better, within the usual ups and downs (a meaningful change is 10 points, or 30% of where you started).',
    );
  });

  it('holds at exactly 10 points even when the scores carry floating-point dust (32 → 22)', () => {
    const baseline = oswestryOf(16);
    const latest = oswestryOf(11);
    expect(meaningfulChange('oswestry', baseline, latest)).toMatchObject({
      verdict: 'improved',
      threshold: 'points',
    });
  });

  it('is 2 points of pain, or 30% of it', () => {
    expect(meaningfulChange('pain', 6, 4)).toMatchObject({ verdict: 'improved', threshold: 'points' });
    expect(meaningfulChange('pain', 3, 2)).toMatchObject({ verdict: 'improved', threshold: 'percent' });
    expect(meaningfulChange('pain', 5, 4)).toMatchObject({ verdict: 'no-meaningful-change' });
  });

  it('is 5 points on the Roland-Morris, or 30% of the baseline', () => {
    expect(meaningfulChange('roland-morris', 12, 7)).toMatchObject({
      verdict: 'improved',
      threshold: 'points',
    });
    expect(meaningfulChange('roland-morris', 12, 8)).toMatchObject({
      verdict: 'improved',
      threshold: 'percent',
    });
    expect(meaningfulChange('roland-morris', 20, 16)).toMatchObject({ verdict: 'no-meaningful-change' });
  });

  it('is a worsening by the same points, but not by 30% of a low baseline', () => {
    const worse = meaningfulChange('pain', 4, 6);
    expect(worse).toMatchObject({ verdict: 'worsened', threshold: 'points' });
    expect(worse.sentence).toBe(
      'Pain 4 → 6: 2 points worse, a meaningful change for the worse (2 points or more).',
    );
    expect(meaningfulChange('oswestry', 10, 19)).toMatchObject({ verdict: 'no-meaningful-change' });
    expect(meaningfulChange('pain', 2, 3).sentence).toBe(
      'Pain 2 → 3: 1 point worse, within the usual ups and downs (a meaningful change is 2 points, or 30% of where you started).',
    );
  });

  it('says so when nothing changed, even from 0', () => {
    const result = meaningfulChange('pain', 0, 0);
    expect(result).toMatchObject({ verdict: 'no-meaningful-change', percentChange: null });
    expect(result.sentence).toBe(
      'Pain 0 → 0: no change (a meaningful change is 2 points, or 30% of where you started).',
    );
  });

  it('shows fractional Oswestry scores to one decimal', () => {
    expect(meaningfulChange('oswestry', (16 / 45) * 100, 22).sentence).toMatch(
      /^Oswestry 35\.6 → 22: 13\.6 points better/,
    );
  });
});

describe('the meaningful-change band around a baseline', () => {
  it('starts at whichever of the points or 30% comes first', () => {
    expect(meaningfulChangeBand('oswestry', 38)).toEqual({ improvedAtOrBelow: 28, worsenedAtOrAbove: 48 });
    expect(meaningfulChangeBand('oswestry', 20)).toEqual({ improvedAtOrBelow: 14, worsenedAtOrAbove: 30 });
    expect(meaningfulChangeBand('pain', 0)).toEqual({ improvedAtOrBelow: -2, worsenedAtOrAbove: 2 });
  });
});

const scales: fc.Arbitrary<[ChangeInstrument, number, number]> = fc.oneof(
  fc.tuple(
    fc.constant<ChangeInstrument>('pain'),
    fc.integer({ min: 0, max: 10 }),
    fc.integer({ min: 0, max: 10 }),
  ),
  fc.tuple(
    fc.constant<ChangeInstrument>('roland-morris'),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 0, max: 24 }),
  ),
  fc.tuple(
    fc.constant<ChangeInstrument>('oswestry'),
    fc.integer({ min: 0, max: 50 }).map(oswestryOf),
    fc.integer({ min: 0, max: 50 }).map(oswestryOf),
  ),
);

describe('a meaningful change, for any pair of scores', () => {
  it('only calls lower scores improved and higher ones worsened, and always names the threshold reached', () => {
    fc.assert(
      fc.property(scales, ([measure, baseline, latest]) => {
        const result = meaningfulChange(measure, baseline, latest);
        if (result.verdict === 'improved') expect(latest).toBeLessThan(baseline);
        if (result.verdict === 'worsened') expect(latest).toBeGreaterThan(baseline);
        expect(result.threshold === null).toBe(result.verdict === 'no-meaningful-change');
        if (Math.abs(result.change) >= result.thresholds.points - 1e-9) {
          expect(result.verdict).not.toBe('no-meaningful-change');
        }
      }),
    );
  });

  it('agrees with the band a chart draws', () => {
    fc.assert(
      fc.property(scales, ([measure, baseline, latest]) => {
        const { verdict } = meaningfulChange(measure, baseline, latest);
        const band = meaningfulChangeBand(measure, baseline);
        expect(verdict === 'improved').toBe(latest <= band.improvedAtOrBelow + 1e-9);
        expect(verdict === 'worsened').toBe(latest >= band.worsenedAtOrAbove - 1e-9);
      }),
    );
  });
});
