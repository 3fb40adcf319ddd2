import { describe, expect, it } from 'vitest';
import type { InstrumentProgress } from '../../../contract/measures.ts';
import { changeWords, signed, thresholdsWords, verdictWords } from './report-words.ts';

const PAIN: InstrumentProgress = {
  instrumentId: 'pain',
  name: 'Pain',
  headline: { label: 'Back pain, average over the last week (0–10)', isHigherBetter: false, min: 0, max: 10 },
  count: 12,
  baseline: { measureId: 'p1', takenOn: '2026-03-02', value: 5 },
  latest: { measureId: 'p12', takenOn: '2026-05-25', value: 3.5 },
  change: {
    instrumentId: 'pain',
    baseline: 5,
    latest: 3.5,
    change: -1.5,
    percentChange: -30,
    verdict: 'improved',
    threshold: 'percent',
    thresholds: { points: 2, percentOfBaseline: 30 },
    sentence: '',
  },
  band: { improvedAtOrBelow: 3.5, worsenedAtOrAbove: 7 },
  comparison: null,
};

describe('the report’s measure words', () => {
  it('signs changes with a real minus', () => {
    expect(signed(-12)).toBe('−12');
    expect(signed(3)).toBe('+3');
    expect(signed(0.04)).toBe('0');
    expect(changeWords(PAIN)).toBe('−1.5 (−30%)');
  });

  it('names the threshold that was reached', () => {
    expect(verdictWords(PAIN, null)).toBe('Meaningful improvement (30% or more)');
    const worse = {
      ...PAIN,
      change: { ...PAIN.change, verdict: 'worsened', threshold: 'points' },
    } as InstrumentProgress;
    expect(verdictWords(worse, null)).toBe('Meaningful worsening (2 points or more)');
    const same = {
      ...PAIN,
      change: { ...PAIN.change, verdict: 'no-meaningful-change', threshold: null },
    } as InstrumentProgress;
    expect(verdictWords(same, null)).toBe('No meaningful change (needs 2 points or 30%)');
  });

  it('gives STarT Back as its risk, and says when a measure is new or not taken', () => {
    const startBack = { ...PAIN, instrumentId: 'start-back' as const, change: null, band: null };
    expect(verdictWords(startBack, { risk: 'medium', isHighRisk: false, takenOn: '2026-03-02' })).toBe(
      'Medium risk',
    );
    expect(verdictWords(startBack, null)).toBe('Not taken');
    const once = {
      ...PAIN,
      instrumentId: 'hoos-12' as const,
      latest: PAIN.baseline,
      change: null,
      band: null,
    };
    expect(verdictWords(once, null)).toBe('One score so far');
    expect(changeWords(once)).toBe('—');
    expect(verdictWords({ ...once, baseline: null, latest: null }, null)).toBe('Not taken');
  });

  it('lists the published thresholds', () => {
    expect(thresholdsWords()).toBe(
      'Oswestry 10 points, Roland-Morris 5 points, Pain 2 points, or 30% better than baseline',
    );
  });
});
