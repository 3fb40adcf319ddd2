/**
 * Pausing and resuming the plan. A pause for severe pain or a new symptom waits for the red-flag
 * questions to be answered again; a flagged screen waits for the member to confirm a doctor has cleared
 * them. While paused there is no workout (see workout.ts).
 */
import type { ExerciseId } from '../catalogue/types.ts';
import type { RedFlagAnswers } from '../red-flags/questions.ts';
import { type ScreenResult, screenRedFlags } from '../red-flags/screen.ts';
import type { Decision } from './decision.ts';
import type { Pause, PauseReason, Plan } from './schemas.ts';

const PAUSED = { paused: { from: false, to: true } };
const RESUMED = { paused: { from: true, to: false } };

export const PAUSE_MESSAGES = {
  screen: 'Your plan is paused: before your next workout, please answer the safety questions again.',
  clearance:
    'Your plan is paused until a doctor has checked you: once they have cleared you to exercise, tell us and your plan carries on.',
  coach: 'Your coach has paused your plan for now: they will start it again with you.',
} as const;

type SafetyPauseReason = Exclude<PauseReason, 'red-flag' | 'coach'>;

/**
 * A pause the safety rules made, kept as it is; a coach's pause gives way to one (the safety questions or
 * a doctor must then end it, not the coach).
 */
function safetyPause(plan: Plan): Pause | null {
  return plan.pause?.waitingFor === 'coach' ? null : plan.pause;
}

const PAUSE_SENTENCES = {
  'severe-pain': (pain: number) =>
    `Your pain reached ${pain}/10, so we pause your plan and ask you the safety questions again before your next workout; your coach will hear about it.`,
  'new-symptom': () =>
    'You told us about a new symptom, so we pause your plan and ask you the safety questions again before your next workout; your coach will hear about it.',
} as const;

/**
 * The decision that pauses the plan for severe pain or a new symptom. The same decision whether the
 * pain ends a workout as it is logged or is found when the workout is finished: one cause, one decision.
 */
export function pauseDecision(
  reason: SafetyPauseReason,
  at: string,
  evidence: { exerciseId: ExerciseId | null; pain: number },
  wasPaused: boolean,
): Decision {
  return {
    exerciseId: evidence.exerciseId,
    ruleId: reason === 'severe-pain' ? 'pain-pause' : 'symptom-pause',
    inputs: { pain: evidence.pain, at, alreadyPaused: wasPaused },
    change: wasPaused ? {} : PAUSED,
    sentence: PAUSE_SENTENCES[reason](evidence.pain),
    tellCoach: true,
  };
}

/** Pause for severe pain or a new symptom; an existing pause is kept as it is (it began earlier). */
export function pauseForScreen(
  plan: Plan,
  reason: SafetyPauseReason,
  at: string,
  evidence: { exerciseId: ExerciseId | null; pain: number },
): { plan: Plan; decision: Decision } {
  const wasPaused = plan.pause !== null;
  const pause: Pause = safetyPause(plan) ?? { reason, since: at, waitingFor: 'screen', screen: null };
  return { plan: { ...plan, pause }, decision: pauseDecision(reason, at, evidence, wasPaused) };
}

/** The answers, the outcome and the time are kept on the pause, so the coach can see them later. */
function flaggedPause(plan: Plan, answers: RedFlagAnswers, result: ScreenResult, at: string): Pause {
  if (result.outcome === 'continue') throw new Error('a clear screen does not pause the plan');
  return {
    reason: safetyPause(plan)?.reason ?? 'red-flag',
    since: safetyPause(plan)?.since ?? at,
    waitingFor: 'clearance',
    screen: { answers, outcome: result.outcome, at, ...(result.urgency ? { urgency: result.urgency } : {}) },
  };
}

export function screenDecision(plan: Plan, result: ScreenResult, at: string, isFlagged: boolean): Decision {
  const isPaused = plan.pause !== null;
  const inputs = {
    outcome: result.outcome,
    urgency: result.urgency ?? null,
    signs: result.reasons.map((reason) => reason.questionId),
    at,
  };
  if (isFlagged) {
    const change = isPaused ? {} : PAUSED;
    return {
      exerciseId: null,
      ruleId: 'screen-flagged',
      inputs,
      change,
      sentence: result.message,
      tellCoach: true,
    };
  }
  return {
    exerciseId: null,
    ruleId: 'screen-clear',
    inputs,
    change: isPaused ? RESUMED : {},
    sentence: isPaused
      ? 'None of the warning signs apply to you now, so your plan carries on.'
      : result.message,
    tellCoach: false,
  };
}

/**
 * The red-flag screen answered (again). A flagged screen pauses the plan until clearance; a clear one
 * ends a pause that was only waiting for it. A pause waiting for a doctor's clearance is not ended by a
 * clear screen: only the member's confirmation ends it.
 */
export function recordScreen(
  plan: Plan,
  answers: RedFlagAnswers,
  at: string,
): { plan: Plan; result: ScreenResult; decisions: Decision[] } {
  const result = screenRedFlags(answers);
  if (result.outcome !== 'continue') {
    const decision = screenDecision(plan, result, at, true);
    return {
      plan: { ...plan, pause: flaggedPause(plan, answers, result, at) },
      result,
      decisions: [decision],
    };
  }
  // A clear screen ends only a pause that waited for it: not a doctor's, not the coach's.
  if (plan.pause && plan.pause.waitingFor !== 'screen') return { plan, result, decisions: [] };
  const decision = screenDecision(plan, result, at, false);
  return { plan: { ...plan, pause: null }, result, decisions: [decision] };
}

export function startPaused(plan: Plan, answers: RedFlagAnswers, result: ScreenResult, at: string): Plan {
  return { ...plan, pause: flaggedPause(plan, answers, result, at) };
}

/** The member confirms a doctor has cleared them to exercise. Safe to call twice: the second does nothing. */
export function confirmCleared(plan: Plan, at: string): { plan: Plan; decisions: Decision[] } {
  if (plan.pause?.waitingFor !== 'clearance') return { plan, decisions: [] };
  const decision: Decision = {
    exerciseId: null,
    ruleId: 'cleared-to-exercise',
    inputs: { pausedSince: plan.pause.since, reason: plan.pause.reason, at },
    change: RESUMED,
    sentence: 'Thank you for letting us know a doctor has cleared you: your plan carries on.',
    tellCoach: true,
  };
  return { plan: { ...plan, pause: null }, decisions: [decision] };
}
