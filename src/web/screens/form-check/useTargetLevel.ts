import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Exercise } from '../../../core/catalogue/types.ts';
import { METHOD } from '../../../core/engine/rules.ts';
import { training } from '../../api/training.ts';
import { localDay } from '../../format.ts';
import { useProfile } from '../../login-session.tsx';
import { memberData } from '../../offline/member-data.ts';
import type { Stored } from '../../offline/stored.ts';
import type { LocalWorkout } from '../../workout/local-workout.ts';
import { levelFromSearch } from './target-level.ts';

export interface FormCheckTarget {
  /** The range level to aim for; null when nobody said (not signed in, no plan yet). */
  level: number | null;
  /** The reps the set asks for, from the same place; null when nobody said. */
  reps: number | null;
  /** A workout under way on this phone includes the exercise: a result has somewhere to go. */
  isInWorkout: boolean;
}

const NO_WORKOUT: Pick<Stored<LocalWorkout | null>, 'get' | 'subscribe'> = {
  get: () => null,
  subscribe: () => () => {},
};

/**
 * The level from the address, the workout under way or the plan, in that order; the plan is asked from
 * the server only when neither of the others says, and only for a signed-in member.
 */
export function useTargetLevel(exercise: Exercise, search: string): FormCheckTarget {
  const profile = useProfile();
  const memberId = profile?.role === 'member' ? profile.id : null;
  const workoutStore = memberId === null ? NO_WORKOUT : memberData(memberId).workout;
  const workout = useSyncExternalStore(workoutStore.subscribe, workoutStore.get);
  const fromSearch = levelFromSearch(search, exercise);
  const inWorkout = workout?.prescription.find((item) => item.exerciseId === exercise.id) ?? null;
  const [fromPlan, setFromPlan] = useState<number | null>(null);
  const isPlanNeeded = memberId !== null && fromSearch === null && inWorkout === null;

  useEffect(() => {
    if (!isPlanNeeded) return;
    let isCurrent = true;
    training.plan(localDay()).then(
      (planView) => {
        const state = planView.plan.exercises.find((item) => item.exerciseId === exercise.id);
        if (isCurrent && state) setFromPlan(state.level);
      },
      // No plan yet, or offline: the form check works without a target.
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [isPlanNeeded, exercise.id]);

  const level = fromSearch ?? inWorkout?.level ?? (isPlanNeeded ? fromPlan : null);
  return {
    level,
    // The plan prescribes every set the method's count, as the workout's prescription does.
    reps: inWorkout?.reps ?? (memberId !== null && level !== null ? METHOD.repsPerSet : null),
    isInWorkout: inWorkout !== null,
  };
}
