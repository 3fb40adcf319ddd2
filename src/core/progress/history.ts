/**
 * What `buildTrainingProgress` reads: a member's stored history as plain, serialisable data. The server
 * maps its rows to this shape; a test writes it by hand. Dates are the member's calendar days, `YYYY-MM-DD`.
 */
import type { Decision } from '../engine/decision.ts';
import type { Plan, SetLog } from '../engine/schemas.ts';
import type { DisabilityInstrument } from '../outcomes/disability.ts';
import type { InstrumentId } from '../outcomes/instrument.ts';
import type { RedFlagQuestionId } from '../red-flags/questions.ts';
import type { ScreenOutcome } from '../red-flags/screen.ts';

export interface HistoryWorkout {
  id: string;
  date: string;
  /** An unfinished workout counts once it has a logged set: those reps were done. */
  status: 'in-progress' | 'finished';
  /** Its logged sets, in the order they were logged. */
  sets: SetLog[];
}

export interface HistoryCheckIn {
  /** The date of the workout the check-in follows. */
  workoutOn: string;
  pain: number;
}

/** A decision of the engine with the day it was made; pauses and resumptions are read from these. */
export interface HistoryDecision extends Decision {
  on: string;
}

export interface HistoryScreen {
  on: string;
  /** The answers as given; a question missing from an older screen was not asked then. */
  answers: Partial<Record<RedFlagQuestionId, boolean>>;
  outcome: ScreenOutcome;
}

export interface HistoryMeasure {
  instrumentId: InstrumentId;
  takenOn: string;
  /** The instrument's headline number (the one charts plot); null when the answers gave none. */
  value: number | null;
}

export interface ProgressHistory {
  /** The member's own date today: the figures run to it. */
  today: string;
  /** The plan as it stands now (phase, settings, exercises, pause); null before the assessment. */
  plan: Plan | null;
  /** Oldest first. */
  workouts: HistoryWorkout[];
  /** In the order they were made. */
  checkIns: HistoryCheckIn[];
  /** In the order they were made. */
  decisions: HistoryDecision[];
  /** In the order they were answered. */
  screens: HistoryScreen[];
  /** Oldest first. */
  measures: HistoryMeasure[];
  /** The back-disability questionnaire in use; its changes are told in the story, with pain. */
  disabilityInstrument: DisabilityInstrument;
}
