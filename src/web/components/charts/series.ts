/**
 * The member's progress turned into the columns a chart draws: x first (days as uPlot's time scale reads
 * them), then one column per line or bar, with null where there is nothing to draw (a gap, not a zero).
 * Pure functions, so what a chart shows can be tested without a browser.
 */
import { meanPain, painPeriods } from '../../../core/progress/pain.ts';
import type { Adherence, ExerciseProgress, PainPoint, WeekVolume } from '../../../core/progress/types.ts';

export const DAY_SECONDS = 86_400;

/** Aligned columns: the x values, then each series' values at those x values. */
export type Columns = [number[], ...(number | null)[][]];

/** A `YYYY-MM-DD` day in seconds, at local midday so no time zone moves it to the day before or after. */
export function dayToX(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T12:00:00`) / 1000;
}

function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Level and load step of every workout with the exercise. */
export function exerciseColumns(exercise: ExerciseProgress): Columns {
  const points = byDate(exercise.points);
  return [
    points.map((point) => dayToX(point.date)),
    points.map((point) => point.level),
    points.map((point) => point.loadStep),
  ];
}

/** Reps done each week. */
export function weeklyVolumeColumns(weeks: readonly WeekVolume[]): Columns {
  const sorted = byDate(weeks.map((week) => ({ ...week, date: week.weekStart })));
  return [sorted.map((week) => dayToX(week.weekStart)), sorted.map((week) => week.reps)];
}

/** Pain during each workout and the next morning; workouts with neither are left out. */
export function painColumns(points: readonly PainPoint[]): Columns {
  const told = byDate(points).filter((point) => point.during !== null || point.nextMorning !== null);
  return [
    told.map((point) => dayToX(point.date)),
    told.map((point) => point.during),
    told.map((point) => point.nextMorning),
  ];
}

/** Workouts done each week, and how many the plan asked for. */
export function adherenceColumns(adherence: Adherence): Columns {
  const weeks = byDate(adherence.weeks.map((week) => ({ ...week, date: week.weekStart })));
  return [
    weeks.map((week) => dayToX(week.weekStart)),
    weeks.map((week) => week.done),
    weeks.map((week) => week.planned),
  ];
}

/** Every scored occasion of one measure, oldest first (unscored ones have nothing to draw). */
export function measureColumns(measures: ReadonlyArray<{ takenOn: string; value: number | null }>): Columns {
  const scored = byDate(
    measures.flatMap((measure) =>
      measure.value === null ? [] : [{ date: measure.takenOn, value: measure.value }],
    ),
  );
  return [scored.map((measure) => dayToX(measure.date)), scored.map((measure) => measure.value)];
}

/**
 * The x range a chart shows: from the first to the last day, widened by `padDays` either side so bars and
 * end points are not cut in half, and a week wide at least so a single point sits in the middle.
 */
export function timeRange(xs: readonly number[], padDays: number): [number, number] {
  if (xs.length === 0) return [0, DAY_SECONDS];
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const pad = Math.max(padDays * DAY_SECONDS, (7 * DAY_SECONDS - (last - first)) / 2);
  return [first - pad, last + pad];
}

/**
 * Breaks an axis label into lines of about `width` characters at spaces, so long level names ("Thighs
 * near level") take two short lines instead of half the chart's width.
 */
export function wrapLabel(text: string, width = 10): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export interface PainAverages {
  during: number | null;
  nextMorning: number | null;
}

function averagesOf(points: readonly PainPoint[]): PainAverages {
  return {
    during: meanPain(points.map((point) => point.during)),
    nextMorning: meanPain(points.map((point) => point.nextMorning)),
  };
}

/**
 * Average pain to say in a sentence which way it went: over the first and the latest periods the story
 * compares too (`painPeriods`), or, until there are enough workouts for two, over all of them.
 */
export function painAverages(
  points: readonly PainPoint[],
):
  | { kind: 'periods'; size: number; first: PainAverages; latest: PainAverages }
  | { kind: 'all'; workouts: number; all: PainAverages }
  | null {
  const periods = painPeriods(points);
  if (periods) {
    return {
      kind: 'periods',
      size: periods.size,
      first: averagesOf(periods.first),
      latest: averagesOf(periods.latest),
    };
  }
  const told = points.filter((point) => point.during !== null || point.nextMorning !== null);
  if (told.length === 0) return null;
  return { kind: 'all', workouts: told.length, all: averagesOf(told) };
}
