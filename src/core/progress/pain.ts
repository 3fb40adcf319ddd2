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
