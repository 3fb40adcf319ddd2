/**
 * A member's training progress, as the "my progress" page, the clinician report and (later) a coach read
 * it. Built by a pure function from the member's stored history (src/core/progress), served by
 * `GET /api/progress`. The outcome measures' own progress (baselines, meaningful change, due dates) comes
 * from `GET /api/measures`; this adds training and the sentences that tell the story of both.
 *
 * Dates are the member's local calendar dates, `YYYY-MM-DD`. Weeks start on Monday.
 */
import type { ExerciseId, Load } from '../catalogue/types.ts';

/** Where one exercise stood in one workout: the hardest level and load of the sets done that day. */
export interface ExercisePoint {
  date: string;
  workoutId: string;
  /** Range level, 1 = a slight bend; the catalogue names each level. */
  level: number;
  load: Load;
  /**
   * The load's place on the member's load ladder (0 = bodyweight, then bands light → heavy, then weights
   * by kilograms), so load can be drawn on one axis with level.
   */
  loadStep: number;
  sets: number;
  reps: number;
  goodReps: number;
}

export interface ExerciseProgress {
  exerciseId: ExerciseId;
  name: string;
  /** Every workout that included the exercise, oldest first. */
  points: ExercisePoint[];
  /** Labels of the load steps used on the chart's load axis, by loadStep ("bodyweight", "light band", …). */
  loadSteps: string[];
  /** Labels of the range levels, by level − 1 ("slight bend", …, "parallel"). */
  levelNames: string[];
  /** The first and the latest point, in words: "a slight bend with no weight" → "parallel with a 10 kg kettlebell". */
  from: string | null;
  to: string | null;
}

export interface WeekVolume {
  /** Monday of the week. */
  weekStart: string;
  /** Sets logged that week, all exercises. */
  sets: number;
  /** Reps logged that week (the sum of sets × reps as done). */
  reps: number;
}

export interface PainPoint {
  workoutId: string;
  date: string;
  /** Highest pain logged during the workout, 0–10; null when none was logged. */
  during: number | null;
  /** The next-morning check-in after that workout, 0–10; null when the member did not check in. */
  nextMorning: number | null;
}

export interface WeekAdherence {
  weekStart: string;
  done: number;
  /** Workouts the plan asked for that week (days per week; 0 while paused). */
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
  /** True when the member was sent to urgent care rather than to a doctor soon. */
  isUrgent: boolean;
}

export interface PlanSummary {
  phase: string;
  daysPerWeek: number;
  isPaused: boolean;
  exercises: Array<{ exerciseId: ExerciseId; name: string; prescription: string }>;
}

export interface TrainingProgress {
  /** The first workout's date, or the plan's start when there are no workouts yet; null before a plan. */
  since: string | null;
  /** The date the figures run to (today, for the member). */
  until: string;
  /** Two to five plain sentences telling the story so far, training and measures together. */
  story: string[];
  exercises: ExerciseProgress[];
  weeklyVolume: WeekVolume[];
  pain: PainPoint[];
  adherence: Adherence;
  redFlags: RedFlagEvent[];
  plan: PlanSummary | null;
}
