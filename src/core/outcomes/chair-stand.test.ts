import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHAIR_STAND_REFERENCE,
  chairStandAnswersSchema,
  chairStandReference,
  compareChairStands,
  type Sex,
  scoreChairStand,
} from './chair-stand.ts';

describe('the chair-stand reference ranges (Rikli & Jones 1999)', () => {
  it.each([
    [62, 'female', [12, 17]],
    [62, 'male', [14, 19]],
    [67, 'male', [12, 18]],
    [72, 'female', [10, 15]],
    [79, 'male', [11, 17]],
    [80, 'female', [9, 14]],
    [88, 'male', [8, 14]],
    [94, 'female', [4, 11]],
    [90, 'male', [7, 12]],
  ] as const)('at %d for a %s member is %j', (age, sex, range) => {
    expect(chairStandReference(age, sex)?.range).toEqual(range);
  });

  it('cover every age from 60 to 94, for both sexes, without gaps or overlaps', () => {
    for (let age = 60; age <= 94; age += 1) {
      expect(CHAIR_STAND_REFERENCE.filter(({ ages }) => age >= ages[0] && age <= ages[1])).toHaveLength(1);
    }
  });

  it('do not exist under 60, past 94, or when sex is not given', () => {
    expect(chairStandReference(59, 'female')).toBeNull();
    expect(chairStandReference(95, 'male')).toBeNull();
    expect(chairStandReference(70, null)).toBeNull();
  });
});

describe('a chair-stand count', () => {
  it('is compared with the range, both ends counting as within', () => {
    const compare = (stands: number) =>
      scoreChairStand({ stands, age: 62, sex: 'male' }).comparedWithReference;
    expect([13, 14, 19, 20].map(compare)).toEqual(['below', 'within', 'within', 'above']);
  });

  it('is low below 8 stands, at any age', () => {
    expect(scoreChairStand({ stands: 7, age: 45, sex: null }).isLow).toBe(true);
    expect(scoreChairStand({ stands: 8, age: 45, sex: null }).isLow).toBe(false);
    expect(scoreChairStand({ stands: 7, age: 92, sex: 'female' })).toMatchObject({
      isLow: true,
      comparedWithReference: 'within',
    });
  });
});

describe('reading the latest chair-stand count', () => {
  it('uses the published range from 60 to 94', () => {
    const comparison = compareChairStands({ stands: 9, age: 72, sex: 'female' }, null);
    expect(comparison.basis).toBe('reference');
    expect(comparison.sentence).toBe(
      '9 stands in 30 seconds: below the usual range of 10–15 for women aged 70–74.',
    );
  });

  it('compares with the member’s own first test under 60', () => {
    const comparison = compareChairStands(
      { stands: 14, age: 48, sex: 'male' },
      { stands: 9, age: 48, sex: 'male' },
    );
    expect(comparison).toMatchObject({ basis: 'baseline', changeFromBaseline: 5 });
    expect(comparison.sentence).toBe('14 stands in 30 seconds: 5 stands more than at your first test (9).');
  });

  it('says when the count is low and fewer than at the first test', () => {
    const comparison = compareChairStands(
      { stands: 6, age: 52, sex: null },
      { stands: 7, age: 52, sex: null },
    );
    expect(comparison.sentence).toBe(
      '6 stands in 30 seconds: 1 stand fewer than at your first test (7). Fewer than 8 is low.',
    );
  });

  it('has nothing to compare with at the first test under 60', () => {
    expect(compareChairStands({ stands: 11, age: 40, sex: 'female' }, null)).toMatchObject({ basis: 'none' });
  });
});

describe('a chair-stand count, for any member', () => {
  it('sits below, within or above the range exactly as the numbers say', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 16, max: 110 }),
        fc.constantFrom<Sex | null>('female', 'male', null),
        (stands, age, sex) => {
          const score = scoreChairStand({ stands, age, sex });
          expect(score.isLow).toBe(stands < 8);
          if (score.reference === null) {
            expect(score.comparedWithReference).toBeNull();
            return;
          }
          const [low, high] = score.reference.range;
          const expected = stands < low ? 'below' : stands > high ? 'above' : 'within';
          expect(score.comparedWithReference).toBe(expected);
        },
      ),
    );
  });
});

describe('the chair-stand answers schema', () => {
  it('accepts a whole count with age and sex (or none given)', () => {
    expect(chairStandAnswersSchema.safeParse({ stands: 12, age: 66, sex: 'female' }).success).toBe(true);
    expect(chairStandAnswersSchema.safeParse({ stands: 0, age: 30, sex: null }).success).toBe(true);
  });

  it('rejects a fraction, a negative count, and a missing age', () => {
    expect(chairStandAnswersSchema.safeParse({ stands: 12.5, age: 66, sex: 'male' }).success).toBe(false);
    expect(chairStandAnswersSchema.safeParse({ stands: -1, age: 66, sex: 'male' }).success).toBe(false);
    expect(chairStandAnswersSchema.safeParse({ stands: 12, sex: 'male' }).success).toBe(false);
  });
});
