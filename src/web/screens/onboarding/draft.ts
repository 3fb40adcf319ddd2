/**
 * The answers of onboarding so far, kept on the phone after every answer: going back keeps them, and a
 * member who stops halfway picks up where they left off, even days later.
 */

import type { Assessment, MemberEquipment } from '../../../contract/plan.ts';
import type { SelfTestedRange } from '../../../core/engine/schemas.ts';
import type { RedFlagAnswers } from '../../../core/red-flags/questions.ts';
import { onDevice, type Stored } from '../../offline/stored.ts';

export interface OnboardingDraft {
  /**
   * The safety answers, whatever they showed: a flagged screen holds the account (the hold screen covers
   * onboarding), and once a doctor has cleared the member these same answers go with the assessment.
   */
  redFlags?: RedFlagAnswers;
  age?: number;
  painNow?: number;
  painWorstLastWeek?: number;
  /** null: no surgery on the back or hips. */
  surgery?: { weeksAgo: number } | null;
  chairStands?: number;
  squatRange?: SelfTestedRange;
  hingeRange?: SelfTestedRange;
  weightUnit?: 'kg' | 'lb';
  equipment?: MemberEquipment;
  daysPerWeek?: number;
  /** Made once, so sending the assessment again after a lost answer cannot make a second plan. */
  planId?: string;
}

export const QUESTION_STEPS = [
  'age',
  'pain-now',
  'pain-worst',
  'surgery',
  'chair-stand',
  'squat-range',
  'hinge-range',
  'unit',
  'equipment',
  'days',
] as const;
export type QuestionStep = (typeof QUESTION_STEPS)[number];
export type StepId = 'welcome' | 'safety' | QuestionStep | 'check';

export function isQuestionStep(step: string): step is QuestionStep {
  return (QUESTION_STEPS as readonly string[]).includes(step);
}

export function isAnswered(draft: OnboardingDraft, step: QuestionStep): boolean {
  switch (step) {
    case 'age':
      return draft.age !== undefined;
    case 'pain-now':
      return draft.painNow !== undefined;
    case 'pain-worst':
      return draft.painWorstLastWeek !== undefined && draft.painWorstLastWeek >= (draft.painNow ?? 0);
    case 'surgery':
      return draft.surgery !== undefined;
    case 'chair-stand':
      return draft.chairStands !== undefined;
    case 'squat-range':
      return draft.squatRange !== undefined;
    case 'hinge-range':
      return draft.hingeRange !== undefined;
    case 'unit':
      return draft.weightUnit !== undefined;
    case 'equipment':
      return draft.equipment !== undefined;
    case 'days':
      return draft.daysPerWeek !== undefined;
  }
}

/** The furthest the member may go: the first thing not yet answered. */
export function firstOpenStep(draft: OnboardingDraft, hasConsent: boolean): StepId {
  if (!hasConsent) return 'welcome';
  if (!draft.redFlags) return 'safety';
  return QUESTION_STEPS.find((step) => !isAnswered(draft, step)) ?? 'check';
}

/** Where to pick up on coming back: the welcome for a new start, else the first open question. */
export function resumeStep(draft: OnboardingDraft, hasConsent: boolean): StepId {
  return Object.keys(draft).length === 0 ? 'welcome' : firstOpenStep(draft, hasConsent);
}

/** Whether the member may open `step` now: anything up to the first open step, never past it. */
export function canOpen(step: StepId, draft: OnboardingDraft, hasConsent: boolean): boolean {
  const order: StepId[] = ['welcome', 'safety', ...QUESTION_STEPS, 'check'];
  const open = firstOpenStep(draft, hasConsent);
  return order.indexOf(step) <= order.indexOf(open);
}

export function nextQuestion(step: QuestionStep): StepId {
  return QUESTION_STEPS[QUESTION_STEPS.indexOf(step) + 1] ?? 'check';
}

export function previousStep(step: StepId): StepId {
  if (step === 'safety') return 'welcome';
  if (step === 'check') return 'days';
  if (!isQuestionStep(step)) return 'welcome';
  return QUESTION_STEPS[QUESTION_STEPS.indexOf(step) - 1] ?? 'safety';
}

/** The assessment the server expects, once every question is answered. */
export function toAssessment(draft: OnboardingDraft): Assessment | undefined {
  const { redFlags, age, painNow, painWorstLastWeek, surgery, chairStands } = draft;
  const { squatRange, hingeRange, weightUnit, equipment, daysPerWeek } = draft;
  if (
    !redFlags ||
    age === undefined ||
    painNow === undefined ||
    painWorstLastWeek === undefined ||
    surgery === undefined ||
    chairStands === undefined ||
    !squatRange ||
    !hingeRange ||
    !weightUnit ||
    !equipment ||
    daysPerWeek === undefined
  ) {
    return undefined;
  }
  return {
    age,
    painNow,
    painWorstLastWeek,
    surgery,
    chairStands,
    equipment,
    comfortableRange: { squat: squatRange, hinge: hingeRange },
    daysPerWeek,
    weightUnit,
    redFlags,
  };
}

export function onboardingDraft(userId: string): Stored<OnboardingDraft> {
  return onDevice<OnboardingDraft>(`onboarding.${userId}`, {});
}
