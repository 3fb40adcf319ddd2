/**
 * Range levels named by where they sit, so rules read the same for an exercise with 4 levels or with 5:
 * "halfway" is level 3 of 5 and level 2 of 4; "upper" is the level below full range.
 */
import type { SelfTestedRange } from './schemas.ts';

export const LEVEL_MARKS = ['smallest', 'halfway', 'upper', 'full'] as const;
export type LevelMark = (typeof LEVEL_MARKS)[number];

export function levelAtMark(mark: LevelMark, maxLevel: number): number {
  switch (mark) {
    case 'smallest':
      return 1;
    case 'halfway':
      return Math.ceil(maxLevel / 2);
    case 'upper':
      return Math.max(1, maxLevel - 1);
    case 'full':
      return maxLevel;
  }
}

/** The self-test's three answers, and the level each one starts at. */
const SELF_TEST_MARK = {
  'slight-bend': 'smallest',
  halfway: 'halfway',
  'most-of-the-way': 'upper',
} as const satisfies Record<SelfTestedRange, LevelMark>;

export function levelForSelfTest(range: SelfTestedRange, maxLevel: number): number {
  return levelAtMark(SELF_TEST_MARK[range], maxLevel);
}
