import { describe, expect, it } from 'vitest';
import type { Load } from '../catalogue/types.ts';
import { addDays } from '../engine/dates.ts';
import { BODYWEIGHT, historyOf, setOf, setsOf, workoutOn } from './history.test-support.ts';
import type { HistoryMeasure, HistoryWorkout, ProgressHistory } from './history.ts';
import { FRESH_DAYS, type Milestone, milestonesToCelebrate, reachedMilestones } from './milestones.ts';

const LIGHT_BAND: Load = { kind: 'band', band: 'light' };
const KETTLEBELL_8: Load = { kind: 'kettlebell', kg: 8 };

/** A workout of three clean squat sets at a level and load. */
function squatOn(date: string, level = 1, load: Load = BODYWEIGHT): HistoryWorkout {
  return workoutOn(date, setsOf(3, setOf('squat', level, load)));
}

/** Workouts every other day from 2 March 2026, each made by `make` from its day and number (from 0). */
function everyOtherDay(count: number, make: (date: string, index: number) => HistoryWorkout = squatOn) {
  return Array.from({ length: count }, (_, index) => make(addDays('2026-03-02', index * 2), index));
}

const keys = (milestones: readonly Milestone[]) => milestones.map((milestone) => milestone.key);

/**
 * The member opens Today every day from `from` to `to` and dismisses whatever is celebrated: which key
 * appeared on which day, each time it appeared.
 */
function openEveryDay(history: ProgressHistory, from: string, to: string): Array<[string, string]> {
  const seen = new Set<string>();
  const shown: Array<[string, string]> = [];
  for (let today = from; today <= to; today = addDays(today, 1)) {
    const reached = reachedMilestones({ ...history, today });
    for (const milestone of milestonesToCelebrate(reached, seen, today)) {
      shown.push([today, milestone.key]);
      seen.add(milestone.key);
    }
  }
  return shown;
}

describe('milestones reached in a history', () => {
  it('has none before the first workout, and none for a workout left open with nothing logged', () => {
    expect(reachedMilestones(historyOf())).toEqual([]);
    const open = workoutOn('2026-03-02', [], 'in-progress');
    expect(reachedMilestones(historyOf({ workouts: [open], today: '2026-03-02' }))).toEqual([]);
  });

  it('celebrates the first workout on its day, with warm words', () => {
    const milestones = reachedMilestones(
      historyOf({ workouts: [squatOn('2026-03-02')], today: '2026-03-02' }),
    );
    expect(milestones).toEqual([
      {
        key: 'first-workout',
        kind: 'first-workout',
        reachedOn: '2026-03-02',
        title: 'Your first workout is done',
        sentence: 'Starting is the hardest part, and you have done it. Everything from here builds on today.',
      },
    ]);
  });

  it('reaches the first week with the first workout a week or more after the first, rest days and all', () => {
    const workouts = [squatOn('2026-03-02'), squatOn('2026-03-04'), squatOn('2026-03-12')];
    const milestones = reachedMilestones(historyOf({ workouts, today: '2026-03-12' }));
    expect(milestones.find((milestone) => milestone.key === 'first-week')?.reachedOn).toBe('2026-03-12');
    // Six days in, the week is not yet behind them.
    const early = reachedMilestones(historyOf({ workouts: workouts.slice(0, 2), today: '2026-03-08' }));
    expect(keys(early)).not.toContain('first-week');
  });

  it('names each new level beyond the highest before, not the starting level, nor a level reached again', () => {
    const workouts = [
      squatOn('2026-03-02', 1),
      squatOn('2026-03-04', 2),
      squatOn('2026-03-06', 1),
      squatOn('2026-03-09', 2),
      squatOn('2026-03-11', 3),
    ];
    const milestones = reachedMilestones(historyOf({ workouts, today: '2026-03-11' }));
    const levels = milestones.filter((milestone) => milestone.kind === 'new-level');
    expect(levels.map((milestone) => [milestone.key, milestone.reachedOn])).toEqual([
      ['level:squat:2', '2026-03-04'],
      ['level:squat:3', '2026-03-11'],
    ]);
    expect(levels[1]?.title).toBe('A new level in the squat');
    expect(levels[1]?.sentence).toBe(
      'You reached level 3 of 5 (half squat) with good form. Your hips are getting stronger.',
    );
  });

  it('does not count a level reached only in sets with a form fault', () => {
    const faulty = workoutOn(
      '2026-03-04',
      setsOf(3, setOf('squat', 2, BODYWEIGHT, { faults: ['knees-caving'] })),
    );
    const milestones = reachedMilestones(
      historyOf({ workouts: [squatOn('2026-03-02', 1), faulty], today: '2026-03-04' }),
    );
    expect(milestones.filter((milestone) => milestone.kind === 'new-level')).toEqual([]);
  });

  it('celebrates the first band once, and no second load after it', () => {
    const workouts = [
      squatOn('2026-03-02'),
      squatOn('2026-03-04', 1, LIGHT_BAND),
      squatOn('2026-03-06', 1, KETTLEBELL_8),
    ];
    const loads = reachedMilestones(historyOf({ workouts, today: '2026-03-06' })).filter(
      (milestone) => milestone.kind === 'first-load',
    );
    expect(loads).toEqual([
      {
        key: 'first-load',
        kind: 'first-load',
        reachedOn: '2026-03-04',
        title: 'Your first band',
        sentence:
          'You did the squat with a light band. Strength is now building on the control you have learned.',
      },
    ]);
  });

  it('calls a first kettlebell a first weight', () => {
    const workouts = [squatOn('2026-03-02', 1, KETTLEBELL_8)];
    const milestone = reachedMilestones(historyOf({ workouts, today: '2026-03-02' })).find(
      (candidate) => candidate.kind === 'first-load',
    );
    expect(milestone?.title).toBe('Your first weight');
    expect(milestone?.sentence).toMatch(/^You did the squat with an 8 kg kettlebell\./);
  });

  it('reaches 10 workouts on the tenth and 50 on the fiftieth, and not before', () => {
    const nine = everyOtherDay(9);
    expect(keys(reachedMilestones(historyOf({ workouts: nine, today: '2026-04-30' })))).not.toContain(
      'workouts:10',
    );
    const fifty = everyOtherDay(50);
    const milestones = reachedMilestones(historyOf({ workouts: fifty, today: '2026-06-30' }));
    expect(milestones.find((milestone) => milestone.key === 'workouts:10')?.reachedOn).toBe(fifty[9]?.date);
    expect(milestones.find((milestone) => milestone.key === 'workouts:50')?.reachedOn).toBe(fifty[49]?.date);
    expect(
      keys(reachedMilestones(historyOf({ workouts: fifty.slice(0, 49), today: '2026-06-30' }))),
    ).not.toContain('workouts:50');
  });

  it('celebrates the first meaningful improvement on the baseline, per instrument, not a change within the ups and downs', () => {
    const measures: HistoryMeasure[] = [
      { instrumentId: 'oswestry', takenOn: '2026-03-01', value: 40 },
      { instrumentId: 'pain', takenOn: '2026-03-01', value: 6 },
      { instrumentId: 'oswestry', takenOn: '2026-03-29', value: 34 },
      { instrumentId: 'pain', takenOn: '2026-03-08', value: 5 },
      { instrumentId: 'pain', takenOn: '2026-03-15', value: 4 },
      { instrumentId: 'oswestry', takenOn: '2026-04-26', value: 28 },
      { instrumentId: 'oswestry', takenOn: '2026-05-24', value: 20 },
    ];
    const milestones = reachedMilestones(historyOf({ measures, today: '2026-05-24' }));
    expect(milestones.map((milestone) => [milestone.key, milestone.reachedOn, milestone.sentence])).toEqual([
      [
        'improved:pain',
        '2026-03-15',
        'Your pain rating went from 6 → 4: a meaningful improvement, more than the usual ups and downs.',
      ],
      [
        'improved:oswestry',
        '2026-04-26',
        'Oswestry 40 → 28: a meaningful improvement, more than the usual ups and downs. Your back is doing more for you.',
      ],
    ]);
    const within = measures.slice(0, 3);
    expect(reachedMilestones(historyOf({ measures: within, today: '2026-05-24' }))).toEqual([]);
  });

  it('reads only the instrument in use for back disability', () => {
    const measures: HistoryMeasure[] = [
      { instrumentId: 'oswestry', takenOn: '2026-03-01', value: 40 },
      { instrumentId: 'oswestry', takenOn: '2026-03-29', value: 20 },
    ];
    expect(
      reachedMilestones(historyOf({ measures, disabilityInstrument: 'roland-morris', today: '2026-04-01' })),
    ).toEqual([]);
  });

  it('gives every milestone a key of its own', () => {
    const workouts = everyOtherDay(50, (date, index) =>
      squatOn(date, Math.min(1 + Math.floor(index / 5), 5)),
    );
    const found = keys(reachedMilestones(historyOf({ workouts, today: '2026-06-30' })));
    expect(new Set(found).size).toBe(found.length);
  });
});

describe('milestones celebrated', () => {
  it('shows each once, on the day it is reached, and never again, for a member who opens the app every day', () => {
    const workouts = everyOtherDay(12, (date, index) =>
      squatOn(date, index < 4 ? 1 : 2, index < 8 ? BODYWEIGHT : LIGHT_BAND),
    );
    const shown = openEveryDay(historyOf({ workouts }), '2026-03-02', '2026-04-30');
    expect(shown).toEqual([
      ['2026-03-02', 'first-workout'],
      ['2026-03-10', 'first-week'],
      ['2026-03-10', 'level:squat:2'],
      ['2026-03-18', 'first-load'],
      ['2026-03-20', 'workouts:10'],
    ]);
  });

  it('does not show a milestone seen on another device, nor one reached too long ago to bring up now', () => {
    const history = historyOf({ workouts: [squatOn('2026-03-02')], today: '2026-03-02' });
    const reached = reachedMilestones(history);
    expect(keys(milestonesToCelebrate(reached, new Set(['first-workout']), '2026-03-02'))).toEqual([]);
    expect(keys(milestonesToCelebrate(reached, new Set(), addDays('2026-03-02', FRESH_DAYS)))).toEqual([
      'first-workout',
    ]);
    expect(milestonesToCelebrate(reached, new Set(), addDays('2026-03-02', FRESH_DAYS + 1))).toEqual([]);
  });

  it('shows at most three at once, the newest', () => {
    const history = historyOf({
      workouts: [squatOn('2026-03-02'), squatOn('2026-03-09', 2, LIGHT_BAND), squatOn('2026-03-11', 3)],
      today: '2026-03-11',
    });
    expect(keys(milestonesToCelebrate(reachedMilestones(history), new Set(), '2026-03-11'))).toEqual([
      'level:squat:2',
      'first-load',
      'level:squat:3',
    ]);
  });
});
