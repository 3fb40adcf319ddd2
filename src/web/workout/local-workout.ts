/**
 * The workout under way, as the phone keeps it: what was prescribed, every set logged so far, which
 * exercise is on screen and when the rest ends. It lives on the device (see member-data.ts), so a reload,
 * a flat battery or a lost connection in the middle of a workout loses nothing; the sets travel to the
 * server separately, through the outbox. These functions only compute the next state.
 */
import type { WeightUnit } from '../../core/catalogue/loads.ts';
import type { LoggedSet, MemberEquipment, Prescription, Workout } from '../api/training.ts';

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
  /** The pain the member gave last: offered again for the next set, so "10 good reps" is one tap. */
  lastPain: number;
  isFirstWorkout: boolean;
}

export function setsOf(workout: LocalWorkout, exerciseId: string): LoggedSet[] {
  return workout.sets.filter((set) => set.exerciseId === exerciseId);
}

export function isExerciseDone(workout: LocalWorkout, index: number): boolean {
  const prescribed = workout.prescription[index];
  return prescribed === undefined || setsOf(workout, prescribed.exerciseId).length >= prescribed.sets;
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
