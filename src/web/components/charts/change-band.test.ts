import { describe, expect, it } from 'vitest';
import type { InstrumentProgress } from '../../../contract/measures.ts';
import { changeBandOf, measureRange } from './change-band.ts';

const OSWESTRY: InstrumentProgress = {
  instrumentId: 'oswestry',
  name: 'Oswestry Disability Index',
  headline: { label: 'Oswestry Disability Index (0–100)', isHigherBetter: false, min: 0, max: 100 },
  count: 2,
  baseline: { measureId: 'm1', takenOn: '2026-03-02', value: 40 },
  latest: { measureId: 'm2', takenOn: '2026-03-30', value: 32 },
  change: null,
  band: { improvedAtOrBelow: 30, worsenedAtOrAbove: 50 },
  comparison: null,
};

describe('changeBandOf', () => {
  it('draws the band the server judged by, baseline ± the threshold', () => {
    expect(changeBandOf(OSWESTRY)).toEqual({ baseline: 40, band: { low: 30, high: 50 } });
  });

  it('keeps the band inside the scale (pain 9 cannot worsen past 10)', () => {
    const pain = {
      ...OSWESTRY,
      headline: { label: 'Pain', isHigherBetter: false, min: 0, max: 10 },
      baseline: { measureId: 'p1', takenOn: '2026-03-02', value: 9 },
      band: { improvedAtOrBelow: 7, worsenedAtOrAbove: 11 },
    };
    expect(changeBandOf(pain)).toEqual({ baseline: 9, band: { low: 7, high: 10 } });
  });

  it('shows only the baseline for an instrument without a published threshold', () => {
    expect(changeBandOf({ ...OSWESTRY, band: null })).toEqual({ baseline: 40, band: null });
  });

  it('draws nothing before the first score', () => {
    expect(changeBandOf({ ...OSWESTRY, baseline: null, band: null })).toBeNull();
  });
});

describe('measureRange', () => {
  it('shows a questionnaire on its whole scale', () => {
    expect(measureRange(OSWESTRY, [40, 32])).toEqual([0, 100]);
  });

  it('fits chair stands to the member’s own counts, with room above', () => {
    const chairStands = {
      instrumentId: 'chair-stand' as const,
      headline: { label: 'Chair stands in 30 seconds', isHigherBetter: true, min: 0, max: 60 },
    };
    expect(measureRange(chairStands, [9, 12, 14])).toEqual([0, 20]);
    expect(measureRange(chairStands, [])).toEqual([0, 5]);
  });
});
