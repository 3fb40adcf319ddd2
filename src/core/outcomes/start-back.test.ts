import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  START_BACK_ITEM_IDS,
  type StartBackAnswers,
  type StartBackRisk,
  scoreStartBack,
  startBackAnswersSchema,
} from './start-back.ts';

const NOT_AT_ALL = 0;
const SLIGHTLY = 1;
const MODERATELY = 2;
const VERY_MUCH = 3;
const EXTREMELY = 4;

/** Items 1–8 agreed to by number (1-based), and the bothersomeness answer. */
function answers(agreeWith: readonly number[], bother: number): StartBackAnswers {
  const result: StartBackAnswers = { bothersome: bother };
  START_BACK_ITEM_IDS.slice(0, 8).forEach((id, index) => {
    result[id] = agreeWith.includes(index + 1) ? 1 : 0;
  });
  return result;
}

const RISK_ORDER: Record<StartBackRisk, number> = { low: 0, medium: 1, high: 2 };

const answersArbitrary = fc
  .tuple(
    fc.array(fc.constantFrom<0 | 1>(0, 1), { minLength: 8, maxLength: 8 }),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([agreement, bother]) =>
    answers(
      agreement.flatMap((value, index) => (value === 1 ? [index + 1] : [])),
      bother,
    ),
  );

describe('STarT Back (Hill et al. 2008)', () => {
  it('is low risk with nothing agreed and no bother', () => {
    expect(scoreStartBack(answers([], NOT_AT_ALL))).toMatchObject({ total: 0, psychosocial: 0, risk: 'low' });
  });

  it('is low risk at a total of 3, even when all three are psychosocial', () => {
    expect(scoreStartBack(answers([1, 2, 3], MODERATELY))).toMatchObject({ total: 3, risk: 'low' });
    expect(scoreStartBack(answers([5, 6, 7], SLIGHTLY))).toMatchObject({
      total: 3,
      psychosocial: 3,
      risk: 'low',
    });
  });

  it('is medium risk at a total of 4 or more with a psychosocial subscale of 3 or less', () => {
    expect(scoreStartBack(answers([1, 5, 6, 7], SLIGHTLY))).toMatchObject({
      total: 4,
      psychosocial: 3,
      risk: 'medium',
    });
    expect(scoreStartBack(answers([1, 2, 3, 4, 5, 6, 7], NOT_AT_ALL))).toMatchObject({
      total: 7,
      psychosocial: 3,
      risk: 'medium',
    });
  });

  it('is high risk with a psychosocial subscale of 4 or 5', () => {
    expect(scoreStartBack(answers([5, 6, 7, 8], MODERATELY))).toMatchObject({
      total: 4,
      psychosocial: 4,
      risk: 'high',
    });
    expect(scoreStartBack(answers([1, 2, 3, 4, 5, 6, 7, 8], EXTREMELY))).toMatchObject({
      total: 9,
      psychosocial: 5,
      risk: 'high',
    });
  });

  it('counts bothersomeness only for "very much" and "extremely"', () => {
    const points = [NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH, EXTREMELY].map(
      (bother) => scoreStartBack(answers([], bother)).total,
    );
    expect(points).toEqual([0, 0, 0, 1, 1]);
    expect(scoreStartBack(answers([5, 6, 7], VERY_MUCH))).toMatchObject({ psychosocial: 4, risk: 'high' });
  });

  it('leaves the risk undecided while an item is unanswered, and says which', () => {
    const { bothersome: _skipped, ...rest } = answers([5, 6, 7, 8], EXTREMELY);
    expect(scoreStartBack(rest)).toEqual({
      total: 4,
      psychosocial: 4,
      risk: null,
      unansweredItemIds: ['bothersome'],
    });
  });
});

describe('STarT Back, for any answers', () => {
  it('keeps the total within 0–9 and the psychosocial subscale within 0–5 and no more than the total', () => {
    fc.assert(
      fc.property(answersArbitrary, (form) => {
        const { total, psychosocial } = scoreStartBack(form);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(9);
        expect(psychosocial).toBeGreaterThanOrEqual(0);
        expect(psychosocial).toBeLessThanOrEqual(Math.min(5, total));
      }),
    );
  });

  it('never lowers the risk when one more statement is agreed with', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...START_BACK_ITEM_IDS.slice(0, 8)), (form, id) => {
        const before = scoreStartBack(form).risk;
        const after = scoreStartBack({ ...form, [id]: 1 }).risk;
        if (before === null || after === null) throw new Error('a complete form always has a risk');
        expect(RISK_ORDER[after]).toBeGreaterThanOrEqual(RISK_ORDER[before]);
      }),
    );
  });
});

describe('the STarT Back answers schema', () => {
  it('accepts 0/1 for the statements and 0–4 for bothersomeness', () => {
    expect(startBackAnswersSchema.safeParse(answers([1, 5], EXTREMELY)).success).toBe(true);
  });

  it('rejects a 2 for a statement and a 5 for bothersomeness', () => {
    expect(startBackAnswersSchema.safeParse({ 'leg-pain': 2 }).success).toBe(false);
    expect(startBackAnswersSchema.safeParse({ bothersome: 5 }).success).toBe(false);
  });
});
