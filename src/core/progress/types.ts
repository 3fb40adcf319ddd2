/**
 * A member's training progress, as the "my progress" page, the clinician report and (later) a coach read
 * it. Built by a pure function from the member's stored history (src/core/progress), served by
 * `GET /api/progress`. The outcome measures' own progress (baselines, meaningful change, due dates) comes
 * from `GET /api/measures`; this adds training and the sentences that tell the story of both.
 *
 * Dates are the member's local calendar dates, `YYYY-MM-DD`. Weeks start on Monday.
 */
import type { ExerciseId, Load } from '../catalogue/types.ts';

/**
 * Where one exercise stood in one workout: the hardest level and load of the sets done that day (the
 * highest level, and the heaviest load used at that level, so the pair was really done together). Every
 * finished workout counts, and an unfinished one once it has a logged set.
 */
export interface ExercisePoint {
  date: string;
  workoutId: string;
  /** Range level, 1 = a slight bend; the catalogue names each level. A level logged past full range counts as full range. */
  level: number;
  load: Load;
  /**
   * The load's place on the member's load ladder (0 = bodyweight, then bands light → heavy, then weights
   * by kilograms), so load can be drawn on one axis with level.
   */
  loadStep: number;
  /** Sets of this exercise logged that day, at any level and load. */
  sets: number;
  /** Reps logged across those sets (members log the reps done with good form, in their pain-free range). */
  reps: number;
  /** The reps of sets with no form fault marked: the ones the engine counts towards progress. */
  goodReps: number;
}

export interface ExerciseProgress {
  exerciseId: ExerciseId;
  name: string;
  /** Every workout that included the exercise, oldest first. */
  points: ExercisePoint[];
  /**
   * Labels of the load steps on the chart's load axis, by loadStep ("bodyweight", "light band", …):
   * bodyweight, then every load the points show, easiest first. A dumbbell and a kettlebell of the same
   * weight share a step ("8 kg weight").
   */
  loadSteps: string[];
  /** Labels of the range levels, by level − 1 ("slight bend", …, "full squat"). */
  levelNames: string[];
  /**
   * The first and the latest point, in words: "a slight bend with no weight" → "a half squat with a 10 kg
   * kettlebell"; null without points (an exercise in the plan not yet done).
   */
  from: string | null;
  to: string | null;
}

export interface WeekVolume {
  /** Monday of the week. */
  weekStart: string;
  /** Sets logged that week, all exercises. Weeks run from the plan's start to this week, gaps included. */
  sets: number;
  /** Reps logged that week (the sum of every set's reps). */
  reps: number;
}

export interface PainPoint {
  workoutId: string;
  date: string;
  /** Highest pain logged during the workout, 0–10; null when no set was logged. */
  during: number | null;
  /** The next-morning check-in after that workout, 0–10; null when the member did not check in. */
  nextMorning: number | null;
}

export interface WeekAdherence {
  weekStart: string;
  done: number;
  /**
   * Workouts the plan asked for that week: its days per week (the plan's current setting), or its share
   * of them for a week only partly open (before the plan's start, after today, or inside a pause), rounded
   * to whole workouts; 0 for a week wholly paused.
   */
  planned: number;
}

export interface Adherence {
  weeks: WeekAdherence[];
  done: number;
  planned: number;
  /** done / planned, 0–1 (capped at 1); null when nothing was planned yet. */
  share: number | null;
}

export interface RedFlagEvent {
  date: string;
  /** Plain-words text of each question answered "yes". */
  flags: string[];
  /** The same signs in a few words each ("a recent fall or injury"), for a report or a sentence. */
  signs: string[];
  /** True when the member was sent to an emergency department, rather than to a doctor first. */
  isUrgent: boolean;
}

export interface PlanSummary {
  /** "Phase 3: Strength". */
  phase: string;
  phaseNumber: number;
  /** The next phase's criteria, how many are met and which remain; null in phase 5. */
  nextPhase: string | null;
  daysPerWeek: number;
  isPaused: boolean;
  /** "3 sets of 10 at level 2 of 5 (quarter squat) with a light band." for each exercise in the plan. */
  exercises: Array<{ exerciseId: ExerciseId; name: string; prescription: string }>;
}

export interface SnapshotRow {
  measure: 'level' | 'load' | 'pain' | 'disability';
  /** "Range level, on average", "Back function score (lower is better)". */
  label: string;
  /** The figure in the first month and now, as shown: "1.5", "0 of 3", "3.5/10". */
  first: string;
  now: string;
  /** True when now is better than the first month, false when worse, null when the same. */
  isBetter: boolean | null;
}

/** This month against the first, for Today; only rows the member's history has. */
export interface ProgressSnapshot {
  /** The month of the first workout, `YYYY-MM`. */
  firstMonth: string;
  /** The month of today, `YYYY-MM`. */
  thisMonth: string;
  rows: SnapshotRow[];
}

export interface TrainingProgress {
  /** The first workout's date, or the plan's start when there are no workouts yet; null before a plan. */
  since: string | null;
  /** The date the figures run to (today, for the member). */
  until: string;
  /**
   * Two to five plain sentences telling the story so far, training and measures together; before the
   * first workout, one sentence saying what will appear here and when.
   */
  story: string[];
  exercises: ExerciseProgress[];
  weeklyVolume: WeekVolume[];
  pain: PainPoint[];
  adherence: Adherence;
  redFlags: RedFlagEvent[];
  plan: PlanSummary | null;
  /** This month against the first; null before a second month of training or with nothing to compare. */
  snapshot: ProgressSnapshot | null;
}
