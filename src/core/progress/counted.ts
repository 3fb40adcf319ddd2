/** Which workouts count towards progress, in the order of their days. */
import type { HistoryWorkout } from './history.ts';

/** A finished workout counts, and so does one left open with sets logged: those reps were done. */
export function countedWorkouts(workouts: readonly HistoryWorkout[]): HistoryWorkout[] {
  return workouts
    .filter((workout) => workout.status === 'finished' || workout.sets.length > 0)
    .map((workout, order) => ({ workout, order }))
    .sort((a, b) =>
      a.workout.date === b.workout.date ? a.order - b.order : a.workout.date < b.workout.date ? -1 : 1,
    )
    .map(({ workout }) => workout);
}
