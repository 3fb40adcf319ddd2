/**
 * What the alert rules read: one member's stored data as plain, serialisable data, with the ids the
 * rules name episodes by. The server maps its rows to this shape; a test writes it by hand. Dates are
 * the member's calendar days, `YYYY-MM-DD`.
 */
import type { ExerciseId, FormFaultId } from '../catalogue/types.ts';
import type { Change } from '../engine/decision.ts';
import type { RuleId } from '../engine/rules.ts';
import type { InstrumentId } from '../outcomes/instrument.ts';
import type { StartBackRisk } from '../outcomes/start-back.ts';

export interface CareSet {
  id: string;
  exerciseId: ExerciseId;
  pain: number;
  faults: readonly FormFaultId[];
}

export interface CareWorkout {
  id: string;
  date: string;
  status: 'in-progress' | 'finished';
  painBefore: number;
  /** In the order they were logged. */
  sets: readonly CareSet[];
}

export interface CareCheckIn {
  id: string;
  /** The date of the workout the check-in follows; the check-in itself is the morning after. */
  workoutOn: string;
  on: string;
  pain: number;
}

/** Which record a decision came from: the engine stores a decision with the workout or check-in behind it. */
export type DecisionSourceKind = 'assessment' | 'workout' | 'check-in' | 'screen' | 'cleared' | 'coach';

export interface CareDecision {
  id: string;
  source: DecisionSourceKind;
  sourceId: string;
  on: string;
  exerciseId: ExerciseId | null;
  ruleId: RuleId;
  change: Change;
  sentence: string;
  tellCoach: boolean;
}

export interface CareScreen {
  id: string;
  on: string;
  outcome: 'emergency' | 'see-doctor' | 'continue';
  /** The warning signs answered "yes", in a few words each ("a recent fall or injury"). */
  signs: readonly string[];
  /** Whether a clearance has closed it (a safety hold lasts until then). */
  isCleared: boolean;
}

export interface CareMeasure {
  id: string;
  instrumentId: InstrumentId;
  takenOn: string;
  /** The instrument's headline number; null when the answers gave none. */
  value: number | null;
  /** STarT Back only: the risk group its score puts the member in (null when unanswered items remain). */
  startBackRisk: StartBackRisk | null;
}

export interface CarePlan {
  startedOn: string;
  daysPerWeek: number;
  isPaused: boolean;
}

export interface CareHistory {
  memberId: string;
  /** The member's own date today. */
  today: string;
  /** Null before the assessment. */
  plan: CarePlan | null;
  /** Oldest first. */
  workouts: readonly CareWorkout[];
  checkIns: readonly CareCheckIn[];
  decisions: readonly CareDecision[];
  screens: readonly CareScreen[];
  /** Oldest first. */
  measures: readonly CareMeasure[];
}
