/**
 * Pain around each workout: the highest pain logged during it, beside the next morning's check-in, so a
 * workout that hurt later shows up even when it felt fine at the time.
 */
import type { HistoryCheckIn, HistoryWorkout } from './history.ts';
import type { PainPoint } from './types.ts';

/**
 * `workouts` are the ones that count, oldest first. A check-in names the workout by its date; the engine
 * applies the first one for a date, so that one is shown, beside the last workout of that day.
 */
export function painPoints(
  workouts: readonly HistoryWorkout[],
  checkIns: readonly HistoryCheckIn[],
): PainPoint[] {
  const firstCheckIn = new Map<string, number>();
  for (const checkIn of checkIns) {
    if (!firstCheckIn.has(checkIn.workoutOn)) firstCheckIn.set(checkIn.workoutOn, checkIn.pain);
  }
  return workouts.map((workout, index) => {
    const isLastThatDay = workouts[index + 1]?.date !== workout.date;
    return {
      workoutId: workout.id,
      date: workout.date,
      during: workout.sets.length === 0 ? null : Math.max(...workout.sets.map((set) => set.pain)),
      nextMorning: isLastThatDay ? (firstCheckIn.get(workout.date) ?? null) : null,
    };
  });
}

/** Workouts in each of the two periods pain is compared over, at most. */
export const PAIN_PERIOD_WORKOUTS = 5;
/** Fewer workouts than this in a period and a comparison would say more than the figures do. */
export const FEWEST_IN_PAIN_PERIOD = 3;

export interface PainPeriods {
  /** Workouts in each period: the same in both. */
  size: number;
  first: PainPoint[];
  latest: PainPoint[];
}

/**
 * The first and the latest workouts whose pain is compared, the one definition both the story and the
 * pain chart's words use, so they always name the same number of workouts. Only workouts with pain told
 * (during or the next morning) count; both periods hold the same number, at most five, and never share a
 * workout. Null until each period can hold the fewest that say anything.
 */
export function painPeriods(points: readonly PainPoint[]): PainPeriods | null {
  const told = [...points]
    .filter((point) => point.during !== null || point.nextMorning !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const size = Math.min(PAIN_PERIOD_WORKOUTS, Math.floor(told.length / 2));
  if (size < FEWEST_IN_PAIN_PERIOD) return null;
  return { size, first: told.slice(0, size), latest: told.slice(-size) };
}

/** The mean of what was told, to one decimal; null when nothing was. */
export function meanPain(values: ReadonlyArray<number | null>): number | null {
  const told = values.filter((value): value is number => value !== null);
  if (told.length === 0) return null;
  return Math.round((told.reduce((sum, value) => sum + value, 0) / told.length) * 10) / 10;
}
