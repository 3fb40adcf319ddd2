/**
 * Rule 6: after a break, restart a little lower, because strength and tolerance fade with time off.
 * Applied both when the next workout is shown and when it is finished, from the same dates, so the
 * member sees the lower target in advance and the plan records it once.
 */

import { daysBetween } from './dates.ts';
import { changeBetween, type Decision } from './decision.ts';
import { METHOD } from './rules.ts';
import type { ExerciseState, Plan } from './schemas.ts';
import { gapSentence } from './sentences.ts';

export function daysSinceLastWorkout(plan: Plan, date: string): number | null {
  return plan.lastWorkoutOn === null ? null : daysBetween(plan.lastWorkoutOn, date);
}

function restartLower(state: ExerciseState, days: number): ExerciseState {
  const oneLevelLower = days >= METHOD.gaps.oneLevelLowerFromDays;
  return {
    ...state,
    level: oneLevelLower ? Math.max(1, state.level - 1) : state.level,
    targetSets: Math.max(METHOD.sets.fewest, state.targetSets - 1),
    // A break ends any run of full workouts: "two in a row" means two without a gap.
    fullWorkouts: 0,
  };
}

export function applyGap(plan: Plan, date: string): { plan: Plan; decisions: Decision[] } {
  const days = daysSinceLastWorkout(plan, date);
  if (days === null || days < METHOD.gaps.oneSetLowerFromDays) return { plan, decisions: [] };
  const ruleId = days >= METHOD.gaps.oneLevelLowerFromDays ? 'gap-one-level-lower' : 'gap-one-set-lower';
  const decisions: Decision[] = [];
  const exercises = plan.exercises.map((before) => {
    const after = restartLower(before, days);
    decisions.push({
      exerciseId: before.exerciseId,
      ruleId,
      inputs: { lastWorkoutOn: plan.lastWorkoutOn, date, daysSinceLastWorkout: days },
      change: changeBetween(before, after),
      sentence: gapSentence(days, before, after),
      tellCoach: false,
    });
    return after;
  });
  return { plan: { ...plan, exercises }, decisions };
}
