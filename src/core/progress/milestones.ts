/**
 * Milestones: the moments in a member's training worth a word of celebration, found in their real
 * history. Each has a key that names the achievement itself ("level:squat:3", "workouts:10"), so the same
 * milestone read again from the same history has the same key, and the server can keep "seen" once per
 * member with a write that is idempotent by nature. Nothing here counts days in a row: rest days are part
 * of the plan, so no milestone is lost by resting.
 */
import { getExercise, maxLevel } from '../catalogue/index.ts';
import type { WeightUnit } from '../catalogue/loads.ts';
import type { ExerciseId } from '../catalogue/types.ts';
import { addDays } from '../engine/dates.ts';
import type { SetLog } from '../engine/schemas.ts';
import { formatScore } from '../outcomes/instrument.ts';
import { type ChangeInstrument, MEANINGFUL_CHANGE, meaningfulChange } from '../outcomes/meaningful-change.ts';
import { countedWorkouts } from './counted.ts';
import type { HistoryMeasure, HistoryWorkout, ProgressHistory } from './history.ts';
import { clampLevel, exerciseName, levelName, loadPhrase } from './words.ts';

export type MilestoneKind =
  | 'first-workout'
  | 'first-week'
  | 'new-level'
  | 'first-load'
  | 'workout-count'
  | 'meaningful-improvement';

export interface Milestone {
  /** Names the achievement, the same every time it is read from the same history: "level:squat:3". */
  key: string;
  kind: MilestoneKind;
  /** The member's day it was reached. */
  reachedOn: string;
  /** "Your first workout is done". */
  title: string;
  /** One or two warm sentences saying what it means. */
  sentence: string;
}

/** Workout counts worth a word. */
export const WORKOUT_COUNTS = [10, 50] as const;

/** A milestone is celebrated while fresh; one reached longer ago than this is not brought up late. */
export const FRESH_DAYS = 14;

/** The most celebrated at once: a first workout can bring several, and a card stays small. */
export const MOST_AT_ONCE = 3;

/** A set that shows what the member can do: reps done, with no form fault marked. */
function isCleanSet(set: SetLog): boolean {
  return set.reps > 0 && set.faults.length === 0;
}

function firstWorkout(workouts: readonly HistoryWorkout[]): Milestone[] {
  const first = workouts[0];
  if (!first) return [];
  return [
    {
      key: 'first-workout',
      kind: 'first-workout',
      reachedOn: first.date,
      title: 'Your first workout is done',
      sentence: 'Starting is the hardest part, and you have done it. Everything from here builds on today.',
    },
  ];
}

/** The first workout a week or more after the first one: a week of training, rest days and all. */
function firstWeek(workouts: readonly HistoryWorkout[]): Milestone[] {
  const first = workouts[0];
  if (!first) return [];
  const weekOn = addDays(first.date, 7);
  const back = workouts.find((workout) => workout.date >= weekOn);
  if (!back) return [];
  return [
    {
      key: 'first-week',
      kind: 'first-week',
      reachedOn: back.date,
      title: 'A week of training behind you',
      sentence:
        'A week since your first workout, and you are still at it. Rest days are part of the plan; coming back is what counts.',
    },
  ];
}

/**
 * Each range level an exercise reaches beyond the highest it had reached before, with clean sets. The
 * level an exercise starts at is where the member began, not a milestone; a level reached again after a
 * step back is not new.
 */
function newLevels(workouts: readonly HistoryWorkout[]): Milestone[] {
  const highest = new Map<ExerciseId, number>();
  const milestones: Milestone[] = [];
  for (const workout of workouts) {
    const today = new Map<ExerciseId, number>();
    for (const set of workout.sets.filter(isCleanSet)) {
      const level = clampLevel(set.exerciseId, set.level);
      today.set(set.exerciseId, Math.max(today.get(set.exerciseId) ?? 0, level));
    }
    for (const [exerciseId, level] of today) {
      const before = highest.get(exerciseId);
      if (before !== undefined && level > before) {
        const exercise = getExercise(exerciseId);
        milestones.push({
          key: `level:${exerciseId}:${level}`,
          kind: 'new-level',
          reachedOn: workout.date,
          title: `A new level in the ${exerciseName(exerciseId)}`,
          sentence: `You reached level ${level} of ${maxLevel(exercise)} (${levelName(exerciseId, level)}) with good form. Your hips are getting stronger.`,
        });
      }
      if (before === undefined || level > before) highest.set(exerciseId, level);
    }
  }
  return milestones;
}

/** The first clean set with a band or a weight, in any exercise. */
function firstLoad(workouts: readonly HistoryWorkout[], unit: WeightUnit): Milestone[] {
  for (const workout of workouts) {
    const set = workout.sets.find(
      (candidate) => isCleanSet(candidate) && candidate.load.kind !== 'bodyweight',
    );
    if (set) {
      return [
        {
          key: 'first-load',
          kind: 'first-load',
          reachedOn: workout.date,
          title: set.load.kind === 'band' ? 'Your first band' : 'Your first weight',
          sentence: `You did the ${exerciseName(set.exerciseId)} ${loadPhrase(set.load, unit)}. Strength is now building on the control you have learned.`,
        },
      ];
    }
  }
  return [];
}

const COUNT_WORDS: Record<(typeof WORKOUT_COUNTS)[number], string> = {
  10: 'Ten workouts in: that is steady, real work for your back.',
  50: 'Fifty workouts: strength built like this is yours to keep.',
};

function workoutCounts(workouts: readonly HistoryWorkout[]): Milestone[] {
  return WORKOUT_COUNTS.flatMap((count) => {
    const reached = workouts[count - 1];
    if (!reached) return [];
    return [
      {
        key: `workouts:${count}`,
        kind: 'workout-count' as const,
        reachedOn: reached.date,
        title: `${count} workouts done`,
        sentence: COUNT_WORDS[count],
      },
    ];
  });
}

/** The first measure that is a meaningful improvement on the baseline (the first measure), per instrument. */
function meaningfulImprovements(
  measures: readonly HistoryMeasure[],
  instruments: readonly ChangeInstrument[],
) {
  return instruments.flatMap((instrumentId): Milestone[] => {
    const values = measures.filter(
      (measure): measure is HistoryMeasure & { value: number } =>
        measure.instrumentId === instrumentId && measure.value !== null,
    );
    const [baseline, ...later] = values;
    if (!baseline) return [];
    const improved = later.find(
      (measure) => meaningfulChange(instrumentId, baseline.value, measure.value).verdict === 'improved',
    );
    if (!improved) return [];
    const { name } = MEANINGFUL_CHANGE[instrumentId];
    const figures = `${formatScore(baseline.value)} → ${formatScore(improved.value)}`;
    return [
      {
        key: `improved:${instrumentId}`,
        kind: 'meaningful-improvement',
        reachedOn: improved.takenOn,
        title: instrumentId === 'pain' ? 'Your pain has eased' : `Your ${name} score has improved`,
        sentence:
          instrumentId === 'pain'
            ? `Your pain rating went from ${figures}: a meaningful improvement, more than the usual ups and downs.`
            : `${name} ${figures}: a meaningful improvement, more than the usual ups and downs. Your back is doing more for you.`,
      },
    ];
  });
}

/** Every milestone the member's history shows, in the order they were reached. */
export function reachedMilestones(history: ProgressHistory): Milestone[] {
  const workouts = countedWorkouts(history.workouts).filter((workout) => workout.date <= history.today);
  const unit = history.plan?.weightUnit ?? 'kg';
  const measures = history.measures.filter((measure) => measure.takenOn <= history.today);
  const found = [
    ...firstWorkout(workouts),
    ...firstWeek(workouts),
    ...newLevels(workouts),
    ...firstLoad(workouts, unit),
    ...workoutCounts(workouts),
    ...meaningfulImprovements(measures, [history.disabilityInstrument, 'pain']),
  ];
  return found
    .map((milestone, order) => ({ milestone, order }))
    .sort((a, b) =>
      a.milestone.reachedOn === b.milestone.reachedOn
        ? a.order - b.order
        : a.milestone.reachedOn < b.milestone.reachedOn
          ? -1
          : 1,
    )
    .map(({ milestone }) => milestone);
}

/**
 * The milestones to celebrate now: reached, not yet seen, and fresh (reached in the last FRESH_DAYS), the
 * newest MOST_AT_ONCE of them in the order they were reached. One seen on any device is never shown again.
 */
export function milestonesToCelebrate(
  reached: readonly Milestone[],
  seenKeys: ReadonlySet<string>,
  today: string,
): Milestone[] {
  const freshFrom = addDays(today, -FRESH_DAYS);
  return reached
    .filter((milestone) => !seenKeys.has(milestone.key) && milestone.reachedOn >= freshFrom)
    .slice(-MOST_AT_ONCE);
}
