import { describe, expect, it } from 'vitest';
import type { InstrumentHistory } from '../../../contract/measures.ts';
import type { TrainingProgress } from '../../../core/progress/types.ts';
import { hasProgress } from './progress-state.ts';

const NOTHING_YET: TrainingProgress = {
  since: null,
  until: '2026-03-02',
  story: ['Your progress will appear here after your first workout.'],
  exercises: [],
  weeklyVolume: [],
  pain: [],
  adherence: { weeks: [{ weekStart: '2026-03-02', done: 0, planned: 3 }], done: 0, planned: 3, share: 0 },
  redFlags: [],
  plan: null,
  snapshot: null,
};

const PAIN_TAKEN: InstrumentHistory = {
  instrumentId: 'pain',
  name: 'Pain (0–10 numeric rating)',
  headline: { label: 'Back pain (0–10)', isHigherBetter: false, min: 0, max: 10 },
  count: 1,
  baseline: { measureId: 'p1', takenOn: '2026-03-02', value: 4 },
  latest: { measureId: 'p1', takenOn: '2026-03-02', value: 4 },
  change: null,
  band: { improvedAtOrBelow: 2.8, worsenedAtOrAbove: 6 },
  comparison: null,
  measures: [
    {
      id: 'p1',
      instrumentId: 'pain',
      takenOn: '2026-03-02',
      answers: { now: 4 },
      score: { now: 4, weekAverage: null },
      value: 4,
      recordedAt: '2026-03-02T08:00:00.000Z',
    },
  ],
};

describe('hasProgress', () => {
  it('is false for a plan with weeks planned but nothing done or scored yet', () => {
    expect(hasProgress({ training: NOTHING_YET, histories: [] })).toBe(false);
  });

  it('is true from the first scored measure, before any workout', () => {
    expect(hasProgress({ training: NOTHING_YET, histories: [PAIN_TAKEN] })).toBe(true);
  });

  it('is true from the first workout done', () => {
    const adherence = { ...NOTHING_YET.adherence, done: 1 };
    expect(hasProgress({ training: { ...NOTHING_YET, adherence }, histories: [] })).toBe(true);
  });
});
