/**
 * Training week by week (Monday to Sunday): the sets and reps logged, and the workouts done against the
 * workouts the plan asked for. Weeks without a workout are present with zeros, so a chart shows the gap.
 */
import { addDays, daysBetween } from '../engine/dates.ts';
import type { Plan } from '../engine/schemas.ts';
import { weekStartOf } from './calendar.ts';
import type { HistoryWorkout } from './history.ts';
import { isPausedDay, type PausePeriod } from './pauses.ts';
import type { Adherence, WeekAdherence, WeekVolume } from './types.ts';

export function weeklyVolume(mondays: readonly string[], workouts: readonly HistoryWorkout[]): WeekVolume[] {
  return mondays.map((weekStart) => {
    const sets = workouts
      .filter((workout) => weekStartOf(workout.date) === weekStart)
      .flatMap((workout) => workout.sets);
    return { weekStart, sets: sets.length, reps: sets.reduce((sum, set) => sum + set.reps, 0) };
  });
}

/**
 * The days of a week on which the plan asked for training: from the plan's start up to today, and not
 * inside a pause. A week only partly open (the first, the current one, one with a pause) asks for its
 * share of the plan's days per week, rounded to whole workouts.
 */
function plannedIn(
  weekStart: string,
  plan: Plan | null,
  pauses: readonly PausePeriod[],
  today: string,
): number {
  if (plan === null) return 0;
  let openDays = 0;
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(weekStart, offset);
    const isOpen =
      daysBetween(plan.startedOn, date) >= 0 &&
      daysBetween(date, today) >= 0 &&
      !isPausedDay(date, pauses, today);
    if (isOpen) openDays++;
  }
  return Math.round((plan.daysPerWeek * openDays) / 7);
}

/**
 * Workouts done against the plan's days per week. The plan keeps only its current days per week, so
 * every week is measured against that.
 */
export function adherence(
  mondays: readonly string[],
  workouts: readonly HistoryWorkout[],
  plan: Plan | null,
  pauses: readonly PausePeriod[],
  today: string,
): Adherence {
  const weeks: WeekAdherence[] = mondays.map((weekStart) => ({
    weekStart,
    done: workouts.filter((workout) => weekStartOf(workout.date) === weekStart).length,
    planned: plannedIn(weekStart, plan, pauses, today),
  }));
  const done = weeks.reduce((sum, week) => sum + week.done, 0);
  const planned = weeks.reduce((sum, week) => sum + week.planned, 0);
  return { weeks, done, planned, share: planned === 0 ? null : Math.min(1, done / planned) };
}
