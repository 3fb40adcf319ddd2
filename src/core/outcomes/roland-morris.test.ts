import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ROLAND_MORRIS_ITEM_IDS,
  type RolandMorrisAnswers,
  type RolandMorrisItemId,
  rolandMorrisAnswersSchema,
  scoreRolandMorris,
} from './roland-morris.ts';

function allAnswered(value: 0 | 1): RolandMorrisAnswers {
  return Object.fromEntries(ROLAND_MORRIS_ITEM_IDS.map((id) => [id, value]));
}

const answersArbitrary: fc.Arbitrary<RolandMorrisAnswers> = fc.record(
  Object.fromEntries(ROLAND_MORRIS_ITEM_IDS.map((id) => [id, fc.constantFrom<0 | 1>(0, 1)])) as Record<
    RolandMorrisItemId,
    fc.Arbitrary<0 | 1>
  >,
  { requiredKeys: [] },
);

describe('the Roland-Morris score (Roland & Morris 1983)', () => {
  it('is the number of statements answered yes', () => {
    const answers = { ...allAnswered(0), 'walks-slowly': 1, 'sleeps-less': 1, 'pain-constant': 1 } as const;
    expect(scoreRolandMorris(answers)).toEqual({ score: 3, unansweredItemIds: [] });
  });

  it('runs from 0 (nothing applies) to 24 (everything does)', () => {
    expect(scoreRolandMorris(allAnswered(0)).score).toBe(0);
    expect(scoreRolandMorris(allAnswered(1)).score).toBe(24);
  });

  it('adds nothing for an unanswered statement, as an unticked box on paper, and lists it to ask again', () => {
    const { 'stays-in-bed': _left, ...rest } = allAnswered(1);
    expect(scoreRolandMorris(rest)).toEqual({ score: 23, unansweredItemIds: ['stays-in-bed'] });
    expect(scoreRolandMorris({}).unansweredItemIds).toHaveLength(24);
  });
});

describe('the Roland-Morris score, for any answers', () => {
  it('stays within 0–24', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { score } = scoreRolandMorris(answers);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(24);
      }),
    );
  });

  it('rises by exactly one when one more statement is answered yes', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...ROLAND_MORRIS_ITEM_IDS), (answers, id) => {
        if (answers[id] === 1) return;
        expect(scoreRolandMorris({ ...answers, [id]: 1 }).score).toBe(scoreRolandMorris(answers).score + 1);
      }),
    );
  });
});

describe('the Roland-Morris answers schema', () => {
  it('accepts 1 (yes) and 0 (no), and a partly answered form', () => {
    expect(rolandMorrisAnswersSchema.safeParse(allAnswered(1)).success).toBe(true);
    expect(rolandMorrisAnswersSchema.safeParse({ irritable: 0 }).success).toBe(true);
  });

  it('rejects other values and unknown statements', () => {
    expect(rolandMorrisAnswersSchema.safeParse({ irritable: 2 }).success).toBe(false);
    expect(rolandMorrisAnswersSchema.safeParse({ irritable: true }).success).toBe(false);
    expect(rolandMorrisAnswersSchema.safeParse({ grumpy: 1 }).success).toBe(false);
  });
});
