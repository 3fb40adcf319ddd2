/**
 * The safety hold: a red-flag screen that sends the member to an emergency department or to a doctor
 * puts their account on hold, with or without a plan. Only the member's word that a doctor has assessed
 * them (with the date) ends it: a later clear screen does not. While on hold no plan starts and no
 * workout is offered or accepted. The screens are the one record the hold is read from; a clearance
 * closes every flagged screen still open.
 */
import type { DoctorUrgency, RedFlagAnswers } from '../red-flags/questions.ts';
import {
  EMERGENCY_MESSAGE,
  type RedFlagReason,
  type ScreenOutcome,
  screenRedFlags,
} from '../red-flags/screen.ts';
import { addDays, dateInWords } from './dates.ts';
import type { Decision } from './decision.ts';
import { confirmCleared } from './pause.ts';
import type { Plan } from './schemas.ts';

/** A red-flag screen as recorded, with the clearance that closed it (if it was flagged and cleared). */
export interface RecordedScreen {
  id: string;
  answers: RedFlagAnswers;
  outcome: ScreenOutcome;
  urgency?: DoctorUrgency;
  reasons: readonly RedFlagReason[];
  /** When it was answered: an ISO date-time. */
  at: string;
  /** When a clearance closed it; null while open (and always for a clear screen). */
  clearedAt: string | null;
}

export interface SafetyHold {
  outcome: 'emergency' | 'see-doctor';
  urgency?: DoctorUrgency;
  /** The signs of every open flagged screen, in the order they were reported, each once. */
  signs: string[];
  /** When the first open flagged screen was answered. */
  since: string;
  /** The earliest date a doctor's assessment can carry: the day of that screen, wherever the member is. */
  earliestAssessedOn: string;
  /** What happened, in plain words. */
  message: string;
  /** What to do now, step by step. */
  whatToDo: string[];
}

const URGENCY_ORDER: readonly DoctorUrgency[] = ['same-day', 'urgent', 'before-starting'];

const TELL_US =
  'Once a doctor has assessed you and said you can exercise, tell us the date here, and your program can go on.';

/** A screen as the server records it, from its answers: the phone shows a hold at once with the same. */
export function recordScreenResult(id: string, answers: RedFlagAnswers, at: string): RecordedScreen {
  const result = screenRedFlags(answers);
  return {
    id,
    answers,
    outcome: result.outcome,
    ...(result.urgency ? { urgency: result.urgency } : {}),
    reasons: result.reasons,
    at,
    clearedAt: null,
  };
}

export function isFlagged(screen: Pick<RecordedScreen, 'outcome'>): boolean {
  return screen.outcome !== 'continue';
}

export function isOpen(screen: RecordedScreen): boolean {
  return isFlagged(screen) && screen.clearedAt === null;
}

/**
 * The hold, from the member's screens (any order): every flagged screen not yet closed by a clearance
 * keeps it. The most serious open screen decides the wording: an emergency outranks a doctor's visit.
 */
export function safetyHold(screens: readonly RecordedScreen[]): SafetyHold | null {
  const open = screens.filter(isOpen).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = open[0];
  if (!first) return null;
  const signs = [...new Set(open.flatMap((screen) => screen.reasons.map((reason) => reason.sign)))];
  const since = first.at;
  // The member's day of the screen is at most a day before its UTC day (time zones reach UTC−12).
  const earliestAssessedOn = addDays(since.slice(0, 10), -1);
  if (open.some((screen) => screen.outcome === 'emergency')) {
    return {
      outcome: 'emergency',
      signs,
      since,
      earliestAssessedOn,
      message: EMERGENCY_MESSAGE,
      whatToDo: [
        'Go to A&E now, or call 999 if you cannot get there safely by yourself.',
        `Tell them you have back pain and ${joinWithAnd(signs)}.`,
        'Do not do any of the exercises until a doctor has seen you.',
        TELL_US,
      ],
    };
  }
  const urgency =
    URGENCY_ORDER.find((candidate) => open.some((screen) => screen.urgency === candidate)) ?? 'urgent';
  const latest = open.filter((screen) => screen.urgency === urgency).at(-1) ?? first;
  return {
    outcome: 'see-doctor',
    urgency,
    signs,
    since,
    earliestAssessedOn,
    // The screen's own wording, so the member reads the same sentence on every screen and device.
    message: screenRedFlags(latest.answers).message,
    whatToDo: [TELL_US],
  };
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export type TrainingPermission = { isAllowed: true } | { isAllowed: false; hold: SafetyHold; detail: string };

/** May this member train now (start a plan, be offered a workout, start one, log a set)? */
export function mayTrain(hold: SafetyHold | null): TrainingPermission {
  if (hold === null) return { isAllowed: true };
  return { isAllowed: false, hold, detail: holdDetail(hold) };
}

/** One paragraph for a problem's `detail`: why training is held and what ends the hold. */
export function holdDetail(hold: SafetyHold): string {
  const why =
    hold.outcome === 'emergency'
      ? 'Your answers to the safety questions need emergency care: go to A&E now, or call 999.'
      : 'Your answers to the safety questions mean a doctor should see you before you exercise.';
  return `${why} No exercise until then: once a doctor has assessed you, tell us the date of that assessment, and your program can go on.`;
}

/** Why the date of the doctor's assessment cannot be taken, or null when it can. */
export function clearanceDateProblem(hold: SafetyHold, assessedOn: string, today: string): string | null {
  if (assessedOn > today) return 'the date of the assessment cannot be in the future';
  if (assessedOn < hold.earliestAssessedOn) {
    return 'the assessment must be on or after the day you answered the safety questions that asked you to see a doctor';
  }
  return null;
}

/** The decision that ends the hold, recorded whether or not a plan exists yet; the coach hears of it. */
export function clearanceDecision(
  hold: SafetyHold,
  input: { assessedOn: string; at: string; hasPlan: boolean },
): Decision {
  const next = input.hasPlan ? 'you can train again' : 'you can go on to set up your program';
  return {
    exerciseId: null,
    ruleId: 'doctor-clearance',
    inputs: {
      assessedOn: input.assessedOn,
      outcome: hold.outcome,
      urgency: hold.urgency ?? null,
      signs: hold.signs,
      heldSince: hold.since,
      at: input.at,
    },
    change: {},
    sentence: `You told us a doctor assessed you on ${dateInWords(input.assessedOn, true)} and said you can exercise, so ${next}.`,
    tellCoach: true,
  };
}

/**
 * The member confirms a doctor has assessed them: the hold ends, and so does a plan's pause that was
 * waiting for a doctor (its own decision, which records the plan resuming). Without a hold, only such a
 * pause is ended (plans paused before the hold existed).
 */
export function clearHold(
  hold: SafetyHold | null,
  plan: Plan | null,
  input: { assessedOn: string; at: string },
): { plan: Plan | null; decisions: Decision[] } {
  const decisions = hold ? [clearanceDecision(hold, { ...input, hasPlan: plan !== null })] : [];
  if (!plan) return { plan, decisions };
  const resumed = confirmCleared(plan, input.at);
  return { plan: resumed.plan, decisions: [...decisions, ...resumed.decisions] };
}

/**
 * The assessment carries the safety answers given at the start of onboarding. When they repeat the latest
 * screen word for word and a doctor has assessed the member since, they are not a new screen: the same
 * signs, already seen by a doctor, do not hold the account again.
 */
export function repeatsClearedScreen(latest: RecordedScreen | undefined, answers: RedFlagAnswers): boolean {
  if (!latest || !isFlagged(latest) || latest.clearedAt === null) return false;
  return (Object.keys(answers) as (keyof RedFlagAnswers)[]).every((id) => latest.answers[id] === answers[id]);
}

/** What the next workout is while on hold: none, and why. */
export interface HeldWorkout {
  status: 'held';
  hold: SafetyHold;
  message: string;
}

export function heldWorkout(hold: SafetyHold): HeldWorkout {
  return { status: 'held', hold, message: holdDetail(hold) };
}
