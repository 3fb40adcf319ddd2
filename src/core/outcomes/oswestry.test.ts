import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OSWESTRY_SECTION_IDS,
  type OswestryAnswers,
  type OswestrySectionId,
  oswestryAnswersSchema,
  oswestryBand,
  scoreOswestry,
} from './oswestry.ts';

/** Answers for the sections in order, `undefined` leaving a section out. */
function answersFrom(values: readonly (number | number[] | undefined)[]): OswestryAnswers {
  const answers: OswestryAnswers = {};
  OSWESTRY_SECTION_IDS.forEach((id, index) => {
    const value = values[index];
    if (value !== undefined) answers[id] = value;
  });
  return answers;
}

const sectionArbitrary = fc.constantFrom(...OSWESTRY_SECTION_IDS);
const answersArbitrary: fc.Arbitrary<OswestryAnswers> = fc.record(
  Object.fromEntries(OSWESTRY_SECTION_IDS.map((id) => [id, fc.integer({ min: 0, max: 5 })])) as Record<
    OswestrySectionId,
    fc.Arbitrary<number>
  >,
  { requiredKeys: [] },
);

describe('the Oswestry index, on the worked examples of Fairbank & Pynsent (2000)', () => {
  it('is 16 of 50, 32%, with all ten sections answered', () => {
    const result = scoreOswestry(answersFrom([3, 2, 2, 1, 2, 2, 1, 1, 1, 1]));
    expect(result.sum).toBe(16);
    expect(result.score).toBe(32);
    expect(result.band).toBe('moderate');
  });

  it('is 16 of 45, 35.5%, with one section missed or not applicable', () => {
    const result = scoreOswestry(answersFrom([3, 2, 2, 1, 2, 2, 1, undefined, 2, 1]));
    expect(result.sectionsAnswered).toBe(9);
    expect(result.unansweredSectionIds).toEqual(['sex-life']);
    expect(result.score).toBeCloseTo(35.56, 2);
  });

  it('counts the higher statement where two are ticked in one section', () => {
    const single = scoreOswestry(answersFrom([3, 2, 2, 1, 2, 2, 1, 1, 1, 1]));
    const doubled = scoreOswestry(answersFrom([[1, 3], 2, 2, 1, 2, 2, 1, 1, 1, 1]));
    expect(doubled.score).toBe(single.score);
    expect(doubled.sectionScores['pain-intensity']).toBe(3);
  });

  it('treats a section with nothing ticked as unanswered, not as 0', () => {
    const result = scoreOswestry(answersFrom([[], 5, 5, 5, 5, 5, 5, 5, 5, 5]));
    expect(result.sectionsAnswered).toBe(9);
    expect(result.score).toBe(100);
  });

  it('has no score, and no band, when no section is answered', () => {
    expect(scoreOswestry({})).toMatchObject({ score: null, band: null, sectionsAnswered: 0 });
  });

  it('scores the ends of the scale as 0 and 100', () => {
    expect(scoreOswestry(answersFrom(Array(10).fill(0))).score).toBe(0);
    expect(scoreOswestry(answersFrom(Array(10).fill(5))).score).toBe(100);
  });
});

describe('the Oswestry bands', () => {
  it.each([
    [0, 'minimal'],
    [20, 'minimal'],
    [22, 'moderate'],
    [40, 'moderate'],
    [42.2, 'severe'],
    [60, 'severe'],
    [62, 'crippling'],
    [80, 'crippling'],
    [82.2, 'bed-bound'],
    [100, 'bed-bound'],
  ] as const)('put %d in %s', (score, band) => {
    expect(oswestryBand(score)).toBe(band);
  });
});

describe('the Oswestry index, for any answers', () => {
  it('stays within 0–100 and is the sum over the most the answered sections could score', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = scoreOswestry(answers);
        if (result.sectionsAnswered === 0) {
          expect(result.score).toBeNull();
          return;
        }
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.score).toBeCloseTo((result.sum / (5 * result.sectionsAnswered)) * 100, 9);
      }),
    );
  });

  it('never falls when one section is answered as worse', () => {
    fc.assert(
      fc.property(answersArbitrary, sectionArbitrary, fc.integer({ min: 1, max: 5 }), (answers, id, more) => {
        const before = answers[id];
        if (typeof before !== 'number') return;
        const worse = { ...answers, [id]: Math.min(5, before + more) };
        expect(scoreOswestry(worse).score ?? 0).toBeGreaterThanOrEqual(scoreOswestry(answers).score ?? 0);
      }),
    );
  });

  it('never falls when a second statement is ticked in a section', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        sectionArbitrary,
        fc.integer({ min: 0, max: 5 }),
        (answers, id, extra) => {
          const before = answers[id];
          if (typeof before !== 'number') return;
          const doubled = { ...answers, [id]: [before, extra] };
          expect(scoreOswestry(doubled).score ?? 0).toBeGreaterThanOrEqual(scoreOswestry(answers).score ?? 0);
        },
      ),
    );
  });
});

describe('the Oswestry answers schema', () => {
  it('accepts a full form, a partial one, and double ticks', () => {
    expect(oswestryAnswersSchema.safeParse(answersFrom([0, 1, 2, 3, 4, 5, 0, 1, 2, 3])).success).toBe(true);
    expect(oswestryAnswersSchema.safeParse({ walking: 2 }).success).toBe(true);
    expect(oswestryAnswersSchema.safeParse({ lifting: [2, 4] }).success).toBe(true);
  });

  it('rejects a statement outside 0–5, a fraction, and a section that does not exist', () => {
    expect(oswestryAnswersSchema.safeParse({ walking: 6 }).success).toBe(false);
    expect(oswestryAnswersSchema.safeParse({ walking: 2.5 }).success).toBe(false);
    expect(oswestryAnswersSchema.safeParse({ running: 2 }).success).toBe(false);
  });
});
