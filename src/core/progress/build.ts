/**
 * A member's training progress from their stored history: pure, so the server, a test or a report can
 * call it with the same data and get the same answer. Nothing here reads a clock; `today` comes in.
 */
import { addDays, daysBetween } from '../engine/dates.ts';
import { earlierOf, laterOf, mondaysBetween } from './calendar.ts';
import { countedWorkouts } from './counted.ts';
import { exercisesProgress } from './exercises.ts';
import type { ProgressHistory } from './history.ts';
import { painPoints } from './pain.ts';
import { isPausedDay, type PausePeriod, pausePeriods } from './pauses.ts';
import { planSummary } from './plan-summary.ts';
import { redFlagEvents } from './red-flags.ts';
import { progressSnapshot } from './snapshot.ts';
import { tellStory } from './story.ts';
import type { TrainingProgress } from './types.ts';
import { adherence, weeklyVolume } from './weeks.ts';

function pausedDaysBetween(from: string, today: string, periods: readonly PausePeriod[]): number {
  let days = 0;
  const span = daysBetween(from, today);
  for (let offset = 0; offset <= span; offset++) {
    if (isPausedDay(addDays(from, offset), periods, today)) days++;
  }
  return days;
}

export function buildTrainingProgress(history: ProgressHistory): TrainingProgress {
  const { plan, today } = history;
  const workouts = countedWorkouts(history.workouts);
  const firstWorkoutOn = workouts[0]?.date ?? null;
  const lastWorkoutOn = workouts.at(-1)?.date ?? null;
  const since = firstWorkoutOn ?? plan?.startedOn ?? null;
  // Weeks run from the plan's start (or an earlier workout) to this week, and cover every workout and
  // today even when the member's calendar disagrees with the stored dates.
  const start = plan && firstWorkoutOn ? earlierOf(plan.startedOn, firstWorkoutOn) : since;
  const mondays =
    start === null ? [] : mondaysBetween(earlierOf(start, today), laterOf(today, lastWorkoutOn ?? today));
  const pauses = pausePeriods(history.decisions, plan);
  const exercises = exercisesProgress(workouts, plan);
  const pain = painPoints(workouts, history.checkIns);
  const planned = adherence(mondays, workouts, plan, pauses, today);
  return {
    since,
    until: today,
    story: tellStory({
      history,
      firstWorkoutOn,
      workoutCount: workouts.length,
      exercises,
      adherence: planned,
      pausedDays: plan ? pausedDaysBetween(plan.startedOn, today, pauses) : 0,
      pain,
    }),
    exercises,
    weeklyVolume: weeklyVolume(mondays, workouts),
    pain,
    adherence: planned,
    redFlags: redFlagEvents(history.screens),
    plan: planSummary(plan, today),
    snapshot: progressSnapshot(history, firstWorkoutOn, exercises, pain),
  };
}
