import { describe, expect, it } from 'vitest';
import { PAIN, painAnswersSchema, scorePain } from './pain.ts';

describe('the pain rating', () => {
  it('is the number the member picked, now and on average over the last week', () => {
    expect(scorePain({ now: 4, 'week-average': 6 })).toEqual({ now: 4, weekAverage: 6 });
  });

  it('keeps a skipped question empty rather than reading it as no pain', () => {
    expect(scorePain({ now: 0 })).toEqual({ now: 0, weekAverage: null });
    expect(scorePain({ 'week-average': 3 })).toEqual({ now: null, weekAverage: 3 });
  });

  it('offers 0 to 10, with both ends named', () => {
    const options = PAIN.items[0]?.answer.kind === 'choice' ? PAIN.items[0].answer.options : [];
    expect(options.map((option) => option.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(options[0]?.label).toMatch(/no pain/);
    expect(options[10]?.label).toMatch(/worst/);
  });

  it('codes pain now as LOINC 72514-3', () => {
    expect(PAIN.items.find((item) => item.id === 'now')?.loinc).toBe('72514-3');
  });
});

describe('the pain answers schema', () => {
  it('accepts whole numbers from 0 to 10, one question or both', () => {
    expect(painAnswersSchema.safeParse({ now: 0, 'week-average': 10 }).success).toBe(true);
    expect(painAnswersSchema.safeParse({ now: 5 }).success).toBe(true);
  });

  it('rejects an empty answer, numbers outside 0–10, and fractions', () => {
    expect(painAnswersSchema.safeParse({}).success).toBe(false);
    expect(painAnswersSchema.safeParse({ now: 11 }).success).toBe(false);
    expect(painAnswersSchema.safeParse({ now: -1 }).success).toBe(false);
    expect(painAnswersSchema.safeParse({ now: 2.5 }).success).toBe(false);
  });
});
