import { describe, expect, it } from 'vitest';
import type { Load } from '../catalogue/types.ts';
import { buildTrainingProgress } from './build.ts';
import { BODYWEIGHT, historyOf, setOf, setsOf, workoutOn } from './history.test-support.ts';
import type { HistoryMeasure } from './history.ts';

const LIGHT_BAND: Load = { kind: 'band', band: 'light' };

function workout(date: string, squat: number, hinge: number, pain: number, load: Load = BODYWEIGHT) {
  return workoutOn(date, [
    ...setsOf(2, setOf('squat', squat, load, { pain })),
    ...setsOf(2, setOf('hip-hinge', hinge, BODYWEIGHT, { pain })),
  ]);
}

describe('the snapshot: this month against the first', () => {
  const workouts = [
    workout('2026-03-02', 1, 2, 4),
    workout('2026-03-04', 1, 2, 3),
    workout('2026-05-04', 3, 3, 1, LIGHT_BAND),
    workout('2026-05-06', 3, 4, 2, LIGHT_BAND),
  ];

  it('is not there in the first month', () => {
    const progress = buildTrainingProgress(
      historyOf({ workouts: workouts.slice(0, 2), today: '2026-03-20' }),
    );
    expect(progress.snapshot).toBeNull();
  });

  it('compares level, load and pain, and leaves out a measure never taken', () => {
    const progress = buildTrainingProgress(historyOf({ workouts, today: '2026-05-07' }));
    expect(progress.snapshot).toEqual({
      firstMonth: '2026-03',
      thisMonth: '2026-05',
      rows: [
        { measure: 'level', label: 'Range level, on average', first: '1.5', now: '3.5', isBetter: true },
        {
          measure: 'load',
          label: 'Exercises with a band or weight',
          first: '0 of 2',
          now: '1 of 2',
          isBetter: true,
        },
        {
          measure: 'pain',
          label: 'Pain during workouts, on average',
          first: '3.5/10',
          now: '1.5/10',
          isBetter: true,
        },
      ],
    });
  });

  it('adds the back-disability score when it was taken by the first month and again since', () => {
    const measures: HistoryMeasure[] = [
      { instrumentId: 'oswestry', takenOn: '2026-03-01', value: 36 },
      { instrumentId: 'oswestry', takenOn: '2026-04-26', value: 24 },
    ];
    const progress = buildTrainingProgress(historyOf({ workouts, measures, today: '2026-05-07' }));
    expect(progress.snapshot?.rows.at(-1)).toEqual({
      measure: 'disability',
      label: 'Back function score (lower is better)',
      first: '36',
      now: '24',
      isBetter: true,
    });
  });

  it('leaves out pain with no workout yet this month, and load when no exercise ever had one', () => {
    const bodyweightOnly = [workout('2026-03-02', 1, 2, 4), workout('2026-04-28', 2, 2, 2)];
    const progress = buildTrainingProgress(historyOf({ workouts: bodyweightOnly, today: '2026-05-02' }));
    expect(progress.snapshot?.rows.map((row) => row.measure)).toEqual(['level']);
  });
});
