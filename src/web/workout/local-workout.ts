/**
 * The workout under way, as the phone keeps it: what was prescribed, every set logged so far, which
 * exercise is on screen and when the rest ends. It lives on the device (see member-data.ts), so a reload,
 * a flat battery or a lost connection in the middle of a workout loses nothing; the sets travel to the
 * server separately, through the outbox. These functions only compute the next state.
 */

import type { MemberEquipment } from '../../contract/plan.ts';
import type { LoggedSet, Prescription, Workout } from '../../contract/training.ts';
import { getExercise, levelOf } from '../../core/catalogue/index.ts';
import type { WeightUnit } from '../../core/catalogue/loads.ts';
import type { ExerciseId } from '../../core/catalogue/types.ts';
import { type AfterSet, afterSet, endingSet, stoppedLevel } from '../../core/engine/pain-during-workout.ts';
import { isExerciseDone, setsOf } from './workout-progress.ts';

export { isExerciseDone, setsOf };

export interface LocalWorkout {
  id: string;
  date: string;
  painBefore: number;
  prescription: Prescription[];
  weightUnit: WeightUnit;
  equipment: MemberEquipment;
  sets: LoggedSet[];
  /** Index into `prescription` of the exercise on screen. */
  current: number;
  /** When the rest after the last set ends (ms since 1970), or null when not resting. */
  restEndsAt: number | null;
  /** The pain the member gave last (any exercise): the rest screen explains the pain-free range after a high one. */
  lastPain: number;
  isFirstWorkout: boolean;
  /** Exercises pain stopped today that the member chose to skip. */
  skipped?: ExerciseId[];
  /** Exercises pain stopped today that go on one level lower: the level to use now. */
  levelsToday?: Partial<Record<ExerciseId, number>>;
}

/** What pain stopped, waiting for the member to choose: skip the exercise, or go on one level lower. */
export type PainStop = Extract<AfterSet, { kind: 'stop-exercise' }>;

/**
 * The pain of this exercise's last set today, offered for its next one; null before its first set, so
 * the pain of one exercise is never carried over to another.
 */
export function lastPainOf(workout: LocalWorkout, exerciseId: ExerciseId): number | null {
  return setsOf(workout, exerciseId).at(-1)?.pain ?? null;
}

/** The prescription as it stands today: one level lower where pain stopped it and the member went on. */
export function prescriptionToday(workout: LocalWorkout, item: Prescription): Prescription {
  const level = workout.levelsToday?.[item.exerciseId];
  if (level === undefined || level === item.level) return item;
  const range = levelOf(getExercise(item.exerciseId), level);
  return { ...item, level, levelName: range.name, levelDescription: range.description };
}

/** The pain stop waiting for the member's choice on this exercise, if any (the same rule as the server's). */
export function painStopOf(workout: LocalWorkout, item: Prescription): PainStop | null {
  if (workout.skipped?.includes(item.exerciseId)) return null;
  if (setsOf(workout, item.exerciseId).length >= item.sets) return null;
  const level = stoppedLevel(workout.sets, item.exerciseId, workout.painBefore);
  if (level === null || prescriptionToday(workout, item).level < level) return null;
  const stopping = workout.sets.find(
    (set) => set.exerciseId === item.exerciseId && set.level === level && isStopping(workout, set),
  );
  return stopping ? (afterSet(stopping, workout.painBefore, stopping.loggedAt) as PainStop) : null;
}

function isStopping(workout: LocalWorkout, set: LoggedSet): boolean {
  return afterSet(set, workout.painBefore, set.loggedAt).kind === 'stop-exercise';
}

/** The set at 8/10 or more that ended this workout, if one did. */
export function endingSetOf(workout: LocalWorkout): LoggedSet | undefined {
  return endingSet(workout.sets);
}

/** The member's answer to a pain stop: skip the exercise for today, or go on at the level offered. */
export function withPainStopAnswered(
  workout: LocalWorkout,
  stop: PainStop,
  choice: 'skip' | 'lower',
): LocalWorkout {
  if (choice === 'lower' && stop.lowerLevel !== null) {
    const levelsToday = { ...workout.levelsToday, [stop.exerciseId]: stop.lowerLevel };
    return { ...workout, levelsToday };
  }
  const skipped: LocalWorkout = { ...workout, skipped: [...(workout.skipped ?? []), stop.exerciseId] };
  return { ...skipped, current: nextExerciseIndex(skipped, workout.current) ?? workout.current };
}

export function isEveryExerciseDone(workout: LocalWorkout): boolean {
  return workout.prescription.every((_, index) => isExerciseDone(workout, index));
}

/** The next exercise with sets left after `from`, coming back round to any skipped earlier; null when none. */
export function nextExerciseIndex(workout: LocalWorkout, from: number): number | null {
  const count = workout.prescription.length;
  for (let step = 1; step < count; step += 1) {
    const index = (from + step) % count;
    if (!isExerciseDone(workout, index)) return index;
  }
  return null;
}

/** The set is recorded; the rest starts, and after an exercise's last set the next exercise comes up. */
export function withSetLogged(workout: LocalWorkout, set: LoggedSet, now: number): LocalWorkout {
  const logged: LocalWorkout = { ...workout, sets: [...workout.sets, set], lastPain: set.pain };
  // Pain that ends the workout, or stops an exercise with sets still to do, is answered before any rest.
  const outcome = afterSet(set, workout.painBefore, set.loggedAt).kind;
  if (outcome === 'end-workout') return { ...logged, restEndsAt: null };
  if (outcome === 'stop-exercise' && !isExerciseDone(logged, workout.current)) {
    return { ...logged, restEndsAt: null };
  }
  if (isEveryExerciseDone(logged)) return { ...logged, restEndsAt: null };
  const prescribed = workout.prescription[workout.current];
  const current = isExerciseDone(logged, workout.current)
    ? (nextExerciseIndex(logged, workout.current) ?? workout.current)
    : workout.current;
  return { ...logged, current, restEndsAt: now + (prescribed?.restSeconds ?? 60) * 1000 };
}

export function withExerciseSkipped(workout: LocalWorkout): LocalWorkout {
  const next = nextExerciseIndex(workout, workout.current);
  return { ...workout, current: next ?? workout.current, restEndsAt: null };
}

export function withRestChanged(workout: LocalWorkout, restEndsAt: number | null): LocalWorkout {
  return { ...workout, restEndsAt };
}

/** Picks up a workout the server has under way (started on another phone, or this one's copy was cleared). */
export function fromServer(
  workout: Workout,
  settings: { weightUnit: WeightUnit; equipment: MemberEquipment },
  isFirstWorkout: boolean,
): LocalWorkout {
  const local: LocalWorkout = {
    id: workout.id,
    date: workout.date,
    painBefore: workout.painBefore,
    prescription: workout.prescription,
    weightUnit: settings.weightUnit,
    equipment: settings.equipment,
    sets: workout.sets,
    current: 0,
    restEndsAt: null,
    lastPain: workout.sets.at(-1)?.pain ?? workout.painBefore,
    isFirstWorkout,
  };
  const firstOpen = workout.prescription.findIndex((_, index) => !isExerciseDone(local, index));
  return { ...local, current: Math.max(firstOpen, 0) };
}

/** "Squat, set 2": how a set is named in the list of things waiting to be sent. */
export function setLabel(workout: LocalWorkout, exerciseId: string): string {
  const name = workout.prescription.find((item) => item.exerciseId === exerciseId)?.name ?? exerciseId;
  return `${name}, set ${setsOf(workout, exerciseId).length + 1}`;
}
