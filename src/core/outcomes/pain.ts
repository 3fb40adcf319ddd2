/**
 * Back pain on the 11-point numeric rating scale (NRS): 0 = no pain, 10 = the worst pain imaginable, the
 * number is the score. Asked twice: pain right now, and on average over the last 7 days.
 *   Hawker GA, Mian S, Kendzerska T, French M. Measures of adult pain. Arthritis Care Res 2011;63(S11):
 *   S240–S252 (the NRS, its anchors and recall periods).
 */
import { z } from 'zod';
import { type AnswerOption, type Instrument, type InstrumentItem, numberedOptions } from './instrument.ts';
import { INSTRUMENT_NAMES } from './instruments.ts';

export const PAIN_ITEM_IDS = ['now', 'week-average'] as const;
export type PainItemId = (typeof PAIN_ITEM_IDS)[number];

const ratingSchema = z.int({ error: 'pain is a whole number from 0 to 10' }).min(0).max(10);

/** Either question may be skipped, but not both: an empty answer is not a pain of 0. */
export const painAnswersSchema = z
  .strictObject({ now: ratingSchema.optional(), 'week-average': ratingSchema.optional() })
  .refine((answers) => answers.now !== undefined || answers['week-average'] !== undefined, {
    error: 'answer at least one of the two pain questions',
  });
export type PainAnswers = Partial<Record<PainItemId, number>>;

export interface PainScore {
  now: number | null;
  weekAverage: number | null;
}

export function scorePain(answers: PainAnswers): PainScore {
  return { now: answers.now ?? null, weekAverage: answers['week-average'] ?? null };
}

const ratingOptions: AnswerOption[] = numberedOptions(
  Array.from({ length: 11 }, (_, value) => {
    if (value === 0) return '0: no pain';
    if (value === 10) return '10: the worst pain you can imagine';
    return String(value);
  }),
);

const items: InstrumentItem[] = [
  {
    id: 'now',
    text: 'How strong is your back pain right now?',
    answer: { kind: 'choice', options: ratingOptions },
    // LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported".
    loinc: '72514-3',
  },
  {
    id: 'week-average',
    text: 'Over the last 7 days, how strong has your back pain been on average?',
    answer: { kind: 'choice', options: ratingOptions },
  },
];

export const PAIN: Instrument<PainAnswers, PainScore> = {
  id: 'pain',
  name: INSTRUMENT_NAMES.pain.full,
  intro: 'Two quick numbers about your back pain: 0 means no pain at all, 10 the worst pain you can imagine.',
  source: 'Hawker GA et al. Measures of adult pain. Arthritis Care Res 2011;63(S11):S240–S252.',
  loinc: { score: '72514-3' },
  items,
  answersSchema: painAnswersSchema,
  score: scorePain,
};
