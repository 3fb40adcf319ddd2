/**
 * A questionnaire's answers so far, kept on the phone after every tap (like the onboarding answers and the
 * outbox), so a reload, a closed tab or a failed send never loses them. The draft also keeps the id of the
 * attempt to send it: the same answers sent again carry the same id, so the server stores them once;
 * changing any answer makes a new attempt with a new id.
 */
import type { InstrumentDefinition, InstrumentId } from '../../../contract/measures.ts';
import { onDevice, type Stored } from '../../offline/stored.ts';

export interface Submission {
  /** The client-made id the server recognises a retry by. */
  id: string;
  /** The member's day when they first sent these answers. */
  takenOn: string;
}

export interface MeasureDraft {
  startedOn: string;
  /** The question on screen, for questionnaires asked one question at a time. */
  step: number;
  /** Chosen answers by item id. */
  answers: Record<string, number>;
  /** Items the member chose to skip (only where the published scoring allows it). */
  skipped: string[];
  /** Boxes typed into (chair-stand count, age, sex) exactly as typed, so half a number survives a reload. */
  typed: Record<string, string>;
  /** The attempt to send these answers, once there has been one. */
  submission: Submission | null;
}

export function emptyDraft(today: string): MeasureDraft {
  return { startedOn: today, step: 0, answers: {}, skipped: [], typed: {}, submission: null };
}

/** Any change to what would be sent is a new attempt: the old id belongs to the old answers. */
function changed(draft: MeasureDraft, change: Partial<MeasureDraft>): MeasureDraft {
  return { ...draft, ...change, submission: null };
}

export function withAnswer(draft: MeasureDraft, itemId: string, value: number): MeasureDraft {
  if (draft.answers[itemId] === value) return draft;
  return changed(draft, {
    answers: { ...draft.answers, [itemId]: value },
    skipped: draft.skipped.filter((id) => id !== itemId),
  });
}

export function withSkipped(draft: MeasureDraft, itemId: string): MeasureDraft {
  const { [itemId]: _dropped, ...answers } = draft.answers;
  if (draft.skipped.includes(itemId) && _dropped === undefined) return draft;
  return changed(draft, { answers, skipped: [...draft.skipped, itemId] });
}

export function withTyped(draft: MeasureDraft, field: string, value: string): MeasureDraft {
  if (draft.typed[field] === value) return draft;
  return changed(draft, { typed: { ...draft.typed, [field]: value } });
}

export function atStep(draft: MeasureDraft, step: number): MeasureDraft {
  return { ...draft, step };
}

/** The attempt to send the draft: the one already made for these answers, or a new one. */
export function withSubmission(
  draft: MeasureDraft,
  today: string,
  makeId: () => string,
): { draft: MeasureDraft; submission: Submission } {
  const submission = draft.submission ?? { id: makeId(), takenOn: today };
  return { draft: { ...draft, submission }, submission };
}

/** The question to show, kept within the questionnaire should it have changed since the draft began. */
export function currentStep(draft: MeasureDraft, itemCount: number): number {
  return Math.min(Math.max(0, draft.step), Math.max(0, itemCount - 1));
}

/** Items neither answered nor skipped, in order. */
export function openItems(definition: InstrumentDefinition, draft: MeasureDraft): string[] {
  return definition.items
    .map((item) => item.id)
    .filter((id) => draft.answers[id] === undefined && !draft.skipped.includes(id));
}

/** What the server is sent for a questionnaire of choices: the answers, skipped items left out. */
export function choiceAnswers(definition: InstrumentDefinition, draft: MeasureDraft): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of definition.items) {
    const value = draft.answers[item.id];
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

export type Checked<T> = { isValid: true; answers: T } | { isValid: false; errors: Record<string, string> };

export interface ChairStandGiven {
  stands: number;
  age?: number;
  sex?: 'female' | 'male' | null;
}

/** The chair-stand boxes as the server takes them: the count needed, age and sex only when given. */
export function chairStandAnswers(typed: Record<string, string>): Checked<ChairStandGiven> {
  const errors: Record<string, string> = {};
  const stands = (typed.stands ?? '').trim();
  const count = Number(stands);
  if (stands === '' || !Number.isInteger(count) || count < 0 || count > 60) {
    errors.stands = 'Enter how many times you stood up, a whole number from 0 to 60.';
  }
  const ageText = (typed.age ?? '').trim();
  const age = Number(ageText);
  if (ageText !== '' && (!Number.isInteger(age) || age < 16 || age > 110)) {
    errors.age = 'Enter your age in years, from 16 to 110, or leave it empty.';
  }
  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  const answers: ChairStandGiven = { stands: count };
  if (ageText !== '') answers.age = age;
  if (typed.sex === 'female' || typed.sex === 'male') answers.sex = typed.sex;
  else if (typed.sex === 'not-given') answers.sex = null;
  return { isValid: true, answers };
}

/** The draft for one member and one instrument on this phone. */
export function measureDraft(userId: string, instrumentId: InstrumentId): Stored<MeasureDraft | null> {
  return onDevice<MeasureDraft | null>(`measure-draft.${userId}.${instrumentId}`, null);
}
