import { describe, expect, it } from 'vitest';
import type { Adherence, ExerciseProgress, PainPoint } from '../../../core/progress/types.ts';
import {
  adherenceColumns,
  DAY_SECONDS,
  dayToX,
  exerciseColumns,
  measureColumns,
  painAverages,
  painColumns,
  timeRange,
  weeklyVolumeColumns,
  wrapLabel,
} from './series.ts';

function squat(points: Array<[date: string, level: number, loadStep: number]>): ExerciseProgress {
  return {
    exerciseId: 'squat',
    name: 'Squat',
    points: points.map(([date, level, loadStep], index) => ({
      date,
      workoutId: `w${index}`,
      level,
      load: loadStep === 0 ? { kind: 'bodyweight' } : { kind: 'band', band: 'light' },
      loadStep,
      sets: 3,
      reps: 30,
      goodReps: 28,
    })),
    loadSteps: ['bodyweight', 'light band'],
    levelNames: ['Slight bend', 'Quarter squat', 'Half squat', 'Thighs near level', 'Full squat'],
    from: 'a slight bend with no weight',
    to: 'a half squat with a light band',
  };
}

describe('dayToX', () => {
  it('places a day at its local midday, in seconds', () => {
    expect(dayToX('2026-03-02')).toBe(new Date(2026, 2, 2, 12).getTime() / 1000);
    expect(dayToX('2026-03-03') - dayToX('2026-03-02')).toBe(DAY_SECONDS);
  });
});

describe('exerciseColumns', () => {
  it('gives level and load step by workout, oldest first, whatever order they came in', () => {
    const [x, level, load] = exerciseColumns(
      squat([
        ['2026-03-09', 2, 0],
        ['2026-03-02', 1, 0],
        ['2026-03-16', 2, 1],
      ]),
    );
    expect(x).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'].map(dayToX));
    expect(level).toEqual([1, 2, 2]);
    expect(load).toEqual([0, 0, 1]);
  });
});

describe('painColumns', () => {
  const pain: PainPoint[] = [
    { workoutId: 'a', date: '2026-03-02', during: 4, nextMorning: 3 },
    { workoutId: 'b', date: '2026-03-04', during: null, nextMorning: null },
    { workoutId: 'c', date: '2026-03-06', during: 3, nextMorning: null },
  ];

  it('keeps a missing check-in as a gap, not a zero, and drops workouts with no pain told at all', () => {
    const [x, during, morning] = painColumns(pain);
    expect(x).toEqual([dayToX('2026-03-02'), dayToX('2026-03-06')]);
    expect(during).toEqual([4, 3]);
    expect(morning).toEqual([3, null]);
  });

  it('averages the first and the latest workouts, ignoring what was not told', () => {
    const points: PainPoint[] = [6, 5, 5, 4, 3, 2, 2, 1].map((during, index) => ({
      workoutId: `w${index}`,
      date: `2026-03-${String(index + 2).padStart(2, '0')}`,
      during,
      nextMorning: index === 0 ? null : during - 1,
    }));
    expect(painAverages(points)).toEqual({
      kind: 'periods',
      size: 4,
      first: { during: 5, nextMorning: 3.7 },
      latest: { during: 2, nextMorning: 1 },
    });
    expect(painAverages(points.slice(0, 5))).toEqual({
      kind: 'all',
      workouts: 5,
      all: { during: 4.6, nextMorning: 3.3 },
    });
    expect(painAverages([])).toBeNull();
  });
});

describe('weekly columns', () => {
  it('gives reps by week', () => {
    const [x, reps] = weeklyVolumeColumns([
      { weekStart: '2026-03-09', sets: 9, reps: 84 },
      { weekStart: '2026-03-02', sets: 6, reps: 52 },
    ]);
    expect(x).toEqual([dayToX('2026-03-02'), dayToX('2026-03-09')]);
    expect(reps).toEqual([52, 84]);
  });

  it('gives workouts done against planned by week', () => {
    const adherence: Adherence = {
      weeks: [
        { weekStart: '2026-03-02', done: 2, planned: 3 },
        { weekStart: '2026-03-09', done: 3, planned: 3 },
      ],
      done: 5,
      planned: 6,
      share: 5 / 6,
    };
    expect(adherenceColumns(adherence)).toEqual([
      [dayToX('2026-03-02'), dayToX('2026-03-09')],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('measureColumns', () => {
  it('leaves out occasions that could not be scored', () => {
    expect(
      measureColumns([
        { takenOn: '2026-03-02', value: 42 },
        { takenOn: '2026-03-30', value: null },
        { takenOn: '2026-04-27', value: 30 },
      ]),
    ).toEqual([
      [dayToX('2026-03-02'), dayToX('2026-04-27')],
      [42, 30],
    ]);
  });
});

describe('timeRange', () => {
  it('pads either side so end bars and points are whole', () => {
    const first = dayToX('2026-03-02');
    const last = dayToX('2026-05-04');
    expect(timeRange([first, last], 4)).toEqual([first - 4 * DAY_SECONDS, last + 4 * DAY_SECONDS]);
  });

  it('shows a single point in the middle of a week', () => {
    const x = dayToX('2026-03-02');
    expect(timeRange([x], 1)).toEqual([x - 3.5 * DAY_SECONDS, x + 3.5 * DAY_SECONDS]);
  });
});

describe('wrapLabel', () => {
  it('breaks long labels at spaces and leaves short ones alone', () => {
    expect(wrapLabel('Thighs near level')).toBe('Thighs\nnear level');
    expect(wrapLabel('10 kg kettlebell')).toBe('10 kg\nkettlebell');
    expect(wrapLabel('medium band')).toBe('medium\nband');
    expect(wrapLabel('Bodyweight')).toBe('Bodyweight');
    expect(wrapLabel('Thighs near level', 20)).toBe('Thighs near level');
  });
});
