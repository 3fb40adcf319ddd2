import { describe, expect, it } from 'vitest';
import type { InstrumentProgress } from '../../../contract/measures.ts';
import type { ExerciseProgress, PainPoint } from '../../../core/progress/types.ts';
import {
  adherenceCaption,
  exerciseCaption,
  exerciseNow,
  levelWords,
  measureCaption,
  painCaption,
  tableDay,
  volumeCaption,
} from './chart-words.ts';

const SQUAT: ExerciseProgress = {
  exerciseId: 'squat',
  name: 'Squat',
  points: [
    {
      date: '2026-03-02',
      workoutId: 'a',
      level: 1,
      load: { kind: 'bodyweight' },
      loadStep: 0,
      sets: 3,
      reps: 30,
      goodReps: 30,
    },
    {
      date: '2026-05-25',
      workoutId: 'b',
      level: 3,
      load: { kind: 'band', band: 'light' },
      loadStep: 1,
      sets: 5,
      reps: 50,
      goodReps: 48,
    },
  ],
  loadSteps: ['bodyweight', 'light band'],
  levelNames: ['Slight bend', 'Quarter squat', 'Half squat', 'Thighs near level', 'Full squat'],
  from: 'a slight bend with no weight',
  to: 'a half squat with a light band',
};

describe('chart captions', () => {
  it('tells an exercise from its first to its latest workout', () => {
    expect(exerciseCaption(SQUAT)).toBe(
      `Squat: from a slight bend with no weight on ${tableDay('2026-03-02')} to a half squat with a light band on ${tableDay('2026-05-25')}, over 2 workouts. Range level is drawn in the upper chart and load in the lower one, each on its own scale, on the same dates.`,
    );
    expect(levelWords(SQUAT, 4)).toBe('Level 4, thighs near level');
  });

  it('says where an exercise is now, level of levels and load, and nothing before its first workout', () => {
    expect(exerciseNow(SQUAT, 'kg')).toBe('Now: level 3 of 5, half squat, light band');
    expect(exerciseNow({ ...SQUAT, points: [] }, 'kg')).toBeNull();
  });

  it('names the busiest and the latest week', () => {
    expect(
      volumeCaption([
        { weekStart: '2026-03-02', sets: 6, reps: 60 },
        { weekStart: '2026-03-09', sets: 9, reps: 90 },
        { weekStart: '2026-03-16', sets: 3, reps: 30 },
      ]),
    ).toBe(
      `180 reps over 3 weeks. The most in one week: 90, the week of ${tableDay('2026-03-09')}. The latest week, from ${tableDay('2026-03-16')}: 30.`,
    );
  });

  it('compares pain at the start with pain lately, and says when there were no check-ins', () => {
    const points: PainPoint[] = [5, 4, 4, 3, 2, 2].map((during, index) => ({
      workoutId: `w${index}`,
      date: `2026-03-0${index + 1}`,
      during,
      nextMorning: index < 3 ? null : during,
    }));
    expect(painCaption(points)).toBe(
      'Average pain, 0 to 10, over your first 3 workouts: 4.3 during, no check-ins the next morning; over your latest 3: 2.3 during, 2.3 the next morning.',
    );
    expect(painCaption(points.slice(0, 2))).toBe(
      'Average pain, 0 to 10, over your 2 workouts: 4.5 during, no check-ins the next morning.',
    );
  });

  it('gives adherence as done of planned with the share', () => {
    expect(
      adherenceCaption({
        weeks: [
          { weekStart: '2026-03-02', done: 2, planned: 3 },
          { weekStart: '2026-03-09', done: 3, planned: 3 },
        ],
        done: 5,
        planned: 6,
        share: 5 / 6,
      }),
    ).toBe('5 of 6 planned workouts done (83%), over 2 weeks.');
  });

  it('reads a measure with the server’s meaningful-change sentence', () => {
    const oswestry: InstrumentProgress = {
      instrumentId: 'oswestry',
      name: 'Oswestry Disability Index',
      headline: { label: 'Oswestry Disability Index (0–100)', isHigherBetter: false, min: 0, max: 100 },
      count: 2,
      baseline: { measureId: 'm1', takenOn: '2026-03-02', value: 40 },
      latest: { measureId: 'm2', takenOn: '2026-05-25', value: 28 },
      change: {
        instrumentId: 'oswestry',
        baseline: 40,
        latest: 28,
        change: -12,
        percentChange: -30,
        verdict: 'improved',
        threshold: 'points',
        thresholds: { points: 10, percentOfBaseline: 30 },
        sentence: 'Oswestry 40 → 28: 12 points better, a meaningful improvement (10 points or more).',
      },
      band: { improvedAtOrBelow: 30, worsenedAtOrAbove: 50 },
      comparison: null,
    };
    expect(measureCaption(oswestry)).toBe(
      `Oswestry Disability Index: 40 on ${tableDay('2026-03-02')}, 28 on ${tableDay('2026-05-25')}. Oswestry 40 → 28: 12 points better, a meaningful improvement (10 points or more).`,
    );
    const once = { ...oswestry, count: 1, latest: oswestry.baseline, change: null };
    expect(measureCaption(once)).toBe(
      `Oswestry Disability Index: 40 on ${tableDay('2026-03-02')}, your first.`,
    );
  });
});
