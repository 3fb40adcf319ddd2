import { describe, expect, it } from 'vitest';
import { LEVEL_MARKS, levelAtMark, levelForSelfTest } from './levels.ts';

describe('named levels', () => {
  it('mean the same place in an exercise with 5 levels and one with 4', () => {
    expect(LEVEL_MARKS.map((mark) => levelAtMark(mark, 5))).toEqual([1, 3, 4, 5]);
    expect(LEVEL_MARKS.map((mark) => levelAtMark(mark, 4))).toEqual([1, 2, 3, 4]);
  });

  it('turn the self-test into a starting level: slight bend, halfway, most of the way', () => {
    expect(levelForSelfTest('slight-bend', 5)).toBe(1);
    expect(levelForSelfTest('halfway', 5)).toBe(3);
    expect(levelForSelfTest('most-of-the-way', 5)).toBe(4);
    expect(levelForSelfTest('most-of-the-way', 4)).toBe(3);
  });
});
