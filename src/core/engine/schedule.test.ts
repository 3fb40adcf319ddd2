import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { isTrainingDay, nextTrainingDate } from './schedule.ts';

const MONDAY = '2026-03-02';

/** Trains on every training day for four weeks and returns the weekdays trained, as offsets from Monday. */
function trainEveryTrainingDay(daysPerWeek: number): number[] {
  const dates: string[] = [];
  for (let offset = 0; offset < 28; offset += 1) {
    const date = addDays(MONDAY, offset);
    if (isTrainingDay(daysPerWeek, dates, date)) dates.push(date);
  }
  return dates.map((date) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7);
}

describe('training days', () => {
  it('default to three a week on non-consecutive days: Monday, Wednesday, Friday', () => {
    expect(trainEveryTrainingDay(3)).toEqual([0, 2, 4, 0, 2, 4, 0, 2, 4, 0, 2, 4]);
  });

  it('spread two a week evenly, with at least two rest days between', () => {
    expect(trainEveryTrainingDay(2)).toEqual([0, 3, 0, 3, 0, 3, 0, 3]);
  });

  it('never put two workouts on consecutive days, even at four a week', () => {
    const dates: string[] = [];
    for (let offset = 0; offset < 28; offset += 1) {
      const date = addDays(MONDAY, offset);
      if (isTrainingDay(4, dates, date)) dates.push(date);
    }
    expect(dates.length).toBe(14);
    for (const [index, date] of dates.entries()) {
      if (index > 0) expect(date).not.toBe(addDays(dates[index - 1] ?? '', 1));
    }
  });

  it('are not today once today is trained, and the next one is the day after tomorrow', () => {
    expect(isTrainingDay(3, [MONDAY], MONDAY)).toBe(false);
    expect(nextTrainingDate(3, [MONDAY], MONDAY)).toBe(addDays(MONDAY, 2));
  });

  it('are today after a missed day: a late workout is still welcome', () => {
    expect(nextTrainingDate(3, [MONDAY], addDays(MONDAY, 3))).toBe(addDays(MONDAY, 3));
  });

  it('start today for a member who has not trained yet', () => {
    expect(nextTrainingDate(3, [], MONDAY)).toBe(MONDAY);
  });
});
