import type { PlanView, StoredDecision } from '../../../contract/plan.ts';
import type { WhatIsNext } from '../../../contract/training.ts';
import { addDays } from '../../../core/engine/dates.ts';
import { training } from '../../api/training.ts';

/** What the Today screen (and the start of a workout) needs: the plan and what comes next. */
export interface TodayData {
  planView: PlanView;
  next: WhatIsNext;
  /** The newest decisions, to say what changed since the last workout; empty if they could not load. */
  recent: StoredDecision[];
}

export async function loadToday(today: string): Promise<TodayData> {
  const [planView, next, recent] = await Promise.all([
    training.plan(today),
    training.next(today),
    training.decisions(30).then(
      ({ decisions }) => decisions,
      () => [],
    ),
  ]);
  return { planView, next, recent };
}

/**
 * What changed an exercise since the last workout (after it, or at the next morning's check-in), newest
 * first, as the member reads it: the sentence of each decision that changed its level, load or sets.
 */
export function changesSinceLastWorkout(data: TodayData, exerciseId: string): string[] {
  const last = data.planView.plan.lastWorkoutOn;
  if (last === null) return [];
  // Decisions carry the server's (UTC) time; a day's leeway covers members far from Greenwich. Workouts
  // are never on consecutive days, so this reaches no further back than the last one.
  const since = addDays(last, -1);
  return data.recent
    .filter(
      (decision) =>
        decision.exerciseId === exerciseId &&
        (decision.source === 'workout' || decision.source === 'check-in') &&
        Object.keys(decision.change).length > 0 &&
        // A check-in says which workout it follows; anything else is dated by when it was made.
        (decision.source === 'check-in'
          ? decision.inputs.workoutOn === last
          : decision.madeAt.slice(0, 10) >= since),
    )
    .map((decision) => decision.sentence);
}

/**
 * The coach's changes since the last workout, newest first: Today shows them until the next workout.
 * The newest workout decision marks the last workout (the recent list is newest first).
 */
export function coachChangesSinceLastWorkout(data: TodayData): StoredDecision[] {
  const lastWorkoutAt = data.recent.find((decision) => decision.source === 'workout')?.madeAt;
  return data.recent.filter(
    (decision) =>
      decision.source === 'coach' &&
      decision.ruleId === 'coach-change' &&
      (lastWorkoutAt === undefined || decision.madeAt > lastWorkoutAt),
  );
}

/** Passed in history state from Today to the start of a workout, so it need not ask the server again. */
export interface StartHistoryState {
  today?: TodayData;
}

export function historyState<T extends object>(): Partial<T> {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as Partial<T>) : {};
}
