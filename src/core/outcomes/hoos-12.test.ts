import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOOS_12_ITEM_IDS,
  HOOS_12_SUBSCALE_IDS,
  HOOS_12_SUBSCALES,
  type Hoos12Answers,
  type Hoos12ItemId,
  hoos12AnswersSchema,
  scoreHoos12,
} from './hoos-12.ts';

function everyItem(value: number): Hoos12Answers {
  return Object.fromEntries(HOOS_12_ITEM_IDS.map((id) => [id, value]));
}

const answersArbitrary: fc.Arbitrary<Hoos12Answers> = fc.record(
  Object.fromEntries(HOOS_12_ITEM_IDS.map((id) => [id, fc.integer({ min: 0, max: 4 })])) as Record<
    Hoos12ItemId,
    fc.Arbitrary<number>
  >,
  { requiredKeys: [] },
);

describe('HOOS-12 (Gandek et al. 2019)', () => {
  it('scores no hip problems as 100 and extreme problems as 0', () => {
    expect(scoreHoos12(everyItem(0))).toMatchObject({
      subscales: { pain: 100, function: 100, 'quality-of-life': 100 },
      summary: 100,
    });
    expect(scoreHoos12(everyItem(4))).toMatchObject({
      subscales: { pain: 0, function: 0, 'quality-of-life': 0 },
      summary: 0,
    });
  });

  it('scores each subscale as 100 − mean × 25, and the summary as their mean', () => {
    const result = scoreHoos12({
      ...everyItem(0),
      'pain-how-often': 1,
      'pain-sitting-lying': 2,
      'pain-walking-flat': 1,
      'pain-stairs': 2,
      'car-in-out': 4,
    });
    expect(result.subscales).toEqual({ pain: 62.5, function: 75, 'quality-of-life': 100 });
    expect(result.summary).toBeCloseTo((62.5 + 75 + 100) / 3, 9);
  });

  it('scores a subscale from 2 of its 4 items, using the mean of those answered', () => {
    const result = scoreHoos12({ 'pain-how-often': 2, 'pain-stairs': 3 });
    expect(result.subscales.pain).toBe(37.5);
    expect(result.answeredPerSubscale).toEqual({ pain: 2, function: 0, 'quality-of-life': 0 });
  });

  it('does not score a subscale with only 1 item answered, nor the summary then', () => {
    const result = scoreHoos12({
      ...everyItem(1),
      standing: undefined,
      'car-in-out': undefined,
      'walking-uneven': undefined,
    });
    expect(result.subscales.function).toBeNull();
    expect(result.subscales.pain).toBe(75);
    expect(result.summary).toBeNull();
  });

  it('counts the worse box where two are ticked', () => {
    const result = scoreHoos12({ ...everyItem(0), 'lacks-confidence': [1, 3] });
    expect(result.subscales['quality-of-life']).toBe(100 - (3 / 4) * 25);
  });
});

describe('HOOS-12, for any answers', () => {
  it('keeps every subscale within 0–100, scored exactly when 2 or more of its items are answered', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = scoreHoos12(answers);
        for (const subscale of HOOS_12_SUBSCALE_IDS) {
          const score = result.subscales[subscale];
          expect(score === null).toBe(result.answeredPerSubscale[subscale] < 2);
          if (score === null) continue;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(result.summary === null).toBe(
          HOOS_12_SUBSCALE_IDS.some((id) => result.subscales[id] === null),
        );
      }),
    );
  });

  it('never rises when one item is answered as worse', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...HOOS_12_ITEM_IDS), (answers, id) => {
        const before = answers[id];
        if (typeof before !== 'number' || before === 4) return;
        const subscale = HOOS_12_SUBSCALE_IDS.find((name) =>
          (HOOS_12_SUBSCALES[name] as readonly string[]).includes(id),
        );
        if (subscale === undefined) throw new Error(`${id} belongs to no subscale`);
        const worse = scoreHoos12({ ...answers, [id]: before + 1 }).subscales[subscale];
        const was = scoreHoos12(answers).subscales[subscale];
        if (was !== null && worse !== null) expect(worse).toBeLessThan(was);
      }),
    );
  });
});

describe('the HOOS-12 answers schema', () => {
  it('accepts 0–4 answers, a double tick, and a partial form', () => {
    expect(hoos12AnswersSchema.safeParse(everyItem(4)).success).toBe(true);
    expect(hoos12AnswersSchema.safeParse({ standing: [1, 2] }).success).toBe(true);
  });

  it('rejects a 5 and an item that is not in HOOS-12', () => {
    expect(hoos12AnswersSchema.safeParse({ standing: 5 }).success).toBe(false);
    expect(hoos12AnswersSchema.safeParse({ running: 1 }).success).toBe(false);
  });
});
