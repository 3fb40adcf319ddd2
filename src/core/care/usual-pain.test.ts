import { describe, expect, it } from 'vitest';
import { usualPainBefore } from './usual-pain.ts';

const reading = (on: string, pain: number) => ({ on, pain });

describe('usual pain', () => {
  it('is the median of the 28 days before the day, not counting the day itself', () => {
    const readings = [
      reading('2026-02-01', 9), // more than 28 days before: not usual any more
      reading('2026-02-10', 2),
      reading('2026-02-20', 3),
      reading('2026-03-01', 8),
      reading('2026-03-09', 9), // the day itself
    ];
    expect(usualPainBefore(readings, '2026-03-09')).toBe(3);
  });

  it('is the middle of two middles, to the half point', () => {
    const readings = [1, 2, 3, 6].map((pain, index) => reading(`2026-03-0${index + 1}`, pain));
    expect(usualPainBefore(readings, '2026-03-09')).toBe(2.5);
  });

  it('needs three readings to mean anything', () => {
    expect(usualPainBefore([reading('2026-03-01', 2), reading('2026-03-02', 2)], '2026-03-09')).toBeNull();
  });
});
