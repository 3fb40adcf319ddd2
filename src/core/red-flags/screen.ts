import {
  type DoctorUrgency,
  EMERGENCY_CATEGORIES,
  RED_FLAG_QUESTIONS,
  type RedFlagAnswers,
  type RedFlagCategory,
  type RedFlagQuestion,
  type RedFlagQuestionId,
} from './questions.ts';

export type ScreenOutcome = 'emergency' | 'see-doctor' | 'continue';

export interface RedFlagReason {
  questionId: RedFlagQuestionId;
  category: RedFlagCategory;
  sign: string;
}

export interface ScreenResult {
  outcome: ScreenOutcome;
  /** Only with 'see-doctor': how soon. */
  urgency?: DoctorUrgency;
  /** The signs the member said yes to that decided the outcome, in question order. */
  reasons: RedFlagReason[];
  /** What the member is told, in plain words. */
  message: string;
}

export const EMERGENCY_MESSAGE =
  'Go to an emergency department now: what you describe can mean the nerves at the base of your spine are being squeezed, which needs a doctor today, so please do not exercise.';

export const CONTINUE_MESSAGE = 'Thank you: none of these warning signs apply to you, so we can go on.';

/**
 * Worded after the NHS's back-pain advice (an urgent GP appointment or NHS 111 for a fever or a fall) and
 * NICE NG59 (a history of cancer or thin bones is a reason to think of other causes, not an alarm): calm,
 * in proportion to the sign, and naming what to tell the doctor.
 */
function doctorMessage(urgency: DoctorUrgency, reasons: readonly RedFlagReason[]): string {
  const signs = joinWithAnd(reasons.map((reason) => reason.sign));
  switch (urgency) {
    case 'same-day':
      return `Please ask your GP practice for an appointment today, or call NHS 111, and tell them about ${signs}: a doctor should check this before you exercise.`;
    case 'urgent':
      return `Please ask your GP practice for an urgent appointment in the next day or two, and tell them about ${signs}: back pain is rarely caused by anything serious, but a doctor should check this before you exercise.`;
    case 'before-starting':
      return `Please talk to your GP before you start, and tell them about ${signs}: this is not a cause for alarm, but a doctor who knows your history should say that this program suits you.`;
  }
}

/** The most pressing urgency among the signs present. */
function mostPressing(present: readonly RedFlagQuestion[]): DoctorUrgency {
  const order: readonly DoctorUrgency[] = ['same-day', 'urgent', 'before-starting'];
  return order.find((urgency) => present.some((question) => question.urgency === urgency)) ?? 'urgent';
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The outcome of the screen. An emergency sign outranks every other: the member is sent to an emergency
 * department and shown nothing else. Otherwise any infection, cancer or fracture sign sends them to a
 * doctor first, as soon as the most pressing sign asks.
 */
export function screenRedFlags(answers: RedFlagAnswers): ScreenResult {
  const present = RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === true);
  const emergency = present.filter((question) => EMERGENCY_CATEGORIES.includes(question.category));
  if (emergency.length > 0) {
    return { outcome: 'emergency', reasons: emergency.map(toReason), message: EMERGENCY_MESSAGE };
  }
  if (present.length > 0) {
    const urgency = mostPressing(present);
    const reasons = present.map(toReason);
    return { outcome: 'see-doctor', urgency, reasons, message: doctorMessage(urgency, reasons) };
  }
  return { outcome: 'continue', reasons: [], message: CONTINUE_MESSAGE };
}

function toReason(question: RedFlagQuestion): RedFlagReason {
  return { questionId: question.id, category: question.category, sign: question.sign };
}
