import { describe, expect, it } from 'vitest';
import { HIGH_RISK_LESSONS, LESSON_IDS, LESSONS, lessonsForStartBack } from './education.ts';

describe('education cards for the STarT Back risk', () => {
  it('offers the reads on fear of moving, worry and low mood only at high risk', () => {
    expect(lessonsForStartBack({ isHighRisk: true })).toEqual([
      'moving-is-safe',
      'worry-and-pain',
      'low-mood',
    ]);
    expect(lessonsForStartBack({ isHighRisk: false })).toEqual([]);
    expect(lessonsForStartBack(null)).toEqual([]);
    expect(lessonsForStartBack(undefined)).toEqual([]);
  });

  it('has every lesson written, with a title and something to read', () => {
    for (const id of [...LESSON_IDS, ...HIGH_RISK_LESSONS]) {
      expect(LESSONS[id].title.length, id).toBeGreaterThan(0);
      expect(LESSONS[id].paragraphs.length, id).toBeGreaterThan(0);
    }
  });
});
