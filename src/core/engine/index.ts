/** The training engine: where a member starts, what today's workout is, and how the plan changes. */

export {
  applyCoachChange,
  COACH_REASON_LENGTH,
  type CoachChangeContext,
  type CoachChangeKind,
  type CoachChangeRefusal,
  type CoachChangeResult,
} from './coach-change.ts';
export { addDays, daysBetween } from './dates.ts';
export type { Change, Decision, DecisionInput } from './decision.ts';
export { decisionSchema } from './decision.ts';
export { applyCheckIn, type FinishContext, finishWorkout, type Outcome } from './finish.ts';
export { applyGap } from './gaps.ts';
export { type LevelMark, levelAtMark, levelForSelfTest } from './levels.ts';
export { canDo, loadLadder } from './load-ladder.ts';
export {
  type AfterSet,
  afterSet,
  endingSet,
  painStopsIn,
  SEVERE_PAIN_ADVICE,
  type SetPain,
  type SetRefusal,
  setRefusal,
  stoppedLevel,
} from './pain-during-workout.ts';
export { confirmCleared, PAUSE_MESSAGES, recordScreen } from './pause.ts';
export { advancePhase, describeCriterion } from './phase-changes.ts';
export { type CriterionProgress, type NextPhaseCriteria, nextPhaseCriteria } from './phase-criteria.ts';
export {
  evaluatePhase,
  isCriterionMet,
  type PainTrend,
  PHASES,
  type Phase,
  type PhaseCriterion,
  type PhaseEvaluation,
  painTrend,
  phaseDefinition,
} from './phases.ts';
export { METHOD, RULE_IDS, RULES, type Rule, type RuleId } from './rules.ts';
export * from './safety-hold.ts';
export { isTrainingDay, minimumDaysBetween, nextTrainingDate } from './schedule.ts';
export * from './schemas.ts';
export { gentleStartReasons, type StartingPlan, startingPlan } from './start.ts';
export {
  cuesFor,
  type NextWorkout,
  nextWorkout,
  type PastWorkout,
  type Prescription,
  prescribe,
} from './workout.ts';
