import { describe, expect, it } from 'vitest';
import type { InstrumentProgress, MeasuresSummary } from '../../../contract/measures.ts';
import type { ExerciseProgress, PlanSummary, TrainingProgress } from '../../../core/progress/types.ts';
import { formatDate } from '../../format.ts';
import {
  adherenceSentence,
  clinicalSummary,
  measureSentences,
  planSentence,
  progressionSentence,
  workoutPainSentence,
} from './clinical-summary.ts';
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

const TRAINING: TrainingProgress = {
  since: '2026-03-02',
  until: '2026-05-25',
  story: [],
  snapshot: null,
  exercises: [
    {
      exerciseId: 'squat',
      name: 'Squat',
      points: [
        {
          date: '2026-03-02',
          workoutId: 'w1',
          level: 1,
          load: { kind: 'bodyweight' },
          loadStep: 0,
          sets: 3,
          reps: 30,
          goodReps: 30,
        },
        {
          date: '2026-05-25',
          workoutId: 'w2',
          level: 3,
          load: { kind: 'band', band: 'light' },
          loadStep: 1,
          sets: 3,
          reps: 30,
          goodReps: 28,
        },
      ],
      loadSteps: ['bodyweight', 'light band'],
      levelNames: ['Slight bend', 'Quarter squat', 'Half squat'],
      from: 'a slight bend with no weight',
      to: 'a half squat with a light band',
    },
    {
      exerciseId: 'hip-hinge',
      name: 'Hip hinge',
      points: [],
      loadSteps: ['bodyweight'],
      levelNames: ['Slight hinge'],
      from: null,
      to: null,
    },
  ],
  weeklyVolume: [],
  pain: [3, 4, 5, 4, 2, 1, 1, 2, 1, 1, 0, 1].map((during, index) => ({
    workoutId: `p${index}`,
    date: `2026-03-${String(index + 2).padStart(2, '0')}`,
    during,
    nextMorning: null,
  })),
  adherence: { weeks: [], done: 72, planned: 78, share: 72 / 78 },
  redFlags: [],
  plan: {
    phase: 'Phase 3: Strength',
    phaseNumber: 3,
    daysPerWeek: 3,
    isPaused: false,
    exercises: [],
    nextPhase: null,
  },
};

const OSWESTRY_PROGRESS: InstrumentProgress = {
  ...PAIN,
  instrumentId: 'oswestry',
  name: 'Oswestry Disability Index',
  baseline: { measureId: 'o1', takenOn: '2026-03-02', value: 32 },
  latest: { measureId: 'o3', takenOn: '2026-05-25', value: 18 },
  change: {
    ...PAIN.change,
    instrumentId: 'oswestry',
    baseline: 32,
    latest: 18,
    change: -14,
    percentChange: -43.8,
    threshold: 'points',
    thresholds: { points: 10, percentOfBaseline: 30 },
  } as InstrumentProgress['change'],
};

const MEASURES = {
  disabilityInstrument: 'oswestry',
  instruments: [
    OSWESTRY_PROGRESS,
    { ...PAIN, instrumentId: 'start-back', change: null, band: null },
    { ...PAIN, instrumentId: 'hoos-12', change: null, band: null },
  ],
  startBack: { risk: 'medium', isHighRisk: false, takenOn: '2026-03-02' },
} as unknown as MeasuresSummary;

describe('the report’s summary, for a clinician', () => {
  it('speaks of the member in the third person, by the name as given, in clinical terms', () => {
    expect(adherenceSentence('Jane Doe', TRAINING)).toBe(
      `Jane Doe completed 72 of 78 prescribed workouts (92%) between ${formatDate('2026-03-02')} and ${formatDate('2026-05-25')}.`,
    );
    expect(adherenceSentence('  ', TRAINING)).toMatch(/^The member completed 72 of 78/);
    expect(
      adherenceSentence('Jane Doe', { ...TRAINING, adherence: { ...TRAINING.adherence, done: 80 } }),
    ).toBe(
      `Jane Doe completed 80 workouts between ${formatDate('2026-03-02')} and ${formatDate('2026-05-25')}, more than the 78 prescribed.`,
    );
    const none = { ...TRAINING, since: null, adherence: { weeks: [], done: 0, planned: 0, share: null } };
    expect(adherenceSentence('Jane Doe', none)).toBe('Jane Doe has a plan but has not yet started training.');
    expect(adherenceSentence('Jane Doe', { ...none, plan: null })).toBe(
      'Jane Doe has not yet started training.',
    );
    for (const sentence of clinicalSummary('Jane Doe', TRAINING, MEASURES))
      expect(sentence).not.toMatch(/\b(you|your)\b/i);
  });

  it('gives the plan and each exercise’s progression, saying a regression is one', () => {
    expect(planSentence(TRAINING)).toBe('Currently in Phase 3: Strength, prescribed 3 workouts a week.');
    const paused = { ...TRAINING, plan: { ...(TRAINING.plan as PlanSummary), isPaused: true } };
    expect(planSentence(paused)).toBe(
      'Currently in Phase 3: Strength, prescribed 3 workouts a week; training is paused.',
    );
    expect(progressionSentence(TRAINING.exercises)).toBe(
      'Exercise progression: squat progressed from a slight bend with no weight to a half squat with a light band.',
    );
    const [squat] = TRAINING.exercises as [ExerciseProgress];
    const eased = { ...squat, points: [...squat.points].reverse(), from: squat.to, to: squat.from };
    expect(progressionSentence([eased])).toBe(
      'Exercise progression: squat regressed from a half squat with a light band to a slight bend with no weight.',
    );
    expect(progressionSentence([])).toBeNull();
  });

  it('names the instruments in full, with the change judged by the published threshold', () => {
    expect(measureSentences(MEASURES)).toEqual([
      `Oswestry Disability Index: 32 at baseline (${formatDate('2026-03-02')}) and 18 on ${formatDate('2026-05-25')}, −14 (−43.8%), a clinically meaningful improvement (minimal important change 10 points or 30%).`,
      `Keele STarT Back Screening Tool: medium risk (${formatDate('2026-03-02')}).`,
    ]);
  });

  it('compares workout pain over the same periods as the member’s chart', () => {
    expect(workoutPainSentence(TRAINING.pain)).toBe(
      'Highest pain during workouts (0–10) averaged 3.6 over the first 5 workouts and 1 over the latest 5.',
    );
    expect(workoutPainSentence(TRAINING.pain.slice(0, 5))).toBeNull();
  });
});
