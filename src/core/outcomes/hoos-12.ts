/**
 * HOOS-12, the 12-item Hip disability and Osteoarthritis Outcome Score, scored as published in:
 *   Gandek B, Roos EM, Franklin PD, Ware JE Jr. A 12-item short form of the Hip disability and
 *   Osteoarthritis Outcome Score (HOOS-12): tests of reliability, validity and responsiveness.
 *   Osteoarthritis Cartilage 2019;27(5):754–761 (items chosen in the companion paper, 2019;27(5):746–753),
 *   with the HOOS-12 scoring instructions at koos.nu.
 *
 * Each item 0 (no problem) to 4 (extreme). Each subscale (pain, function, quality of life; 4 items each) is
 * 100 − mean × 25, so 100 is no hip problem and 0 the worst; it is computed when at least 2 of its 4 items
 * are answered (the mean of the answered items stands in for the rest). The summary impact score is the
 * mean of the three subscales, only when all three are computed. Two boxes ticked: the worse one counts, as
 * in the HOOS scoring instructions (2013).
 */
import { z } from 'zod';
import { HOOS_12_WORDING } from './hoos-12-items.ts';
import {
  countedTick,
  type Instrument,
  type InstrumentItem,
  numberedOptions,
  type TickedAnswer,
} from './instrument.ts';
import { INSTRUMENT_NAMES } from './instruments.ts';

export const HOOS_12_SUBSCALES = {
  pain: ['pain-how-often', 'pain-sitting-lying', 'pain-walking-flat', 'pain-stairs'],
  function: ['rising-from-sitting', 'standing', 'car-in-out', 'walking-uneven'],
  'quality-of-life': ['aware-of-hip', 'lifestyle-changed', 'lacks-confidence', 'overall-difficulty'],
} as const;
export type Hoos12Subscale = keyof typeof HOOS_12_SUBSCALES;
export type Hoos12ItemId = (typeof HOOS_12_SUBSCALES)[Hoos12Subscale][number];

export const HOOS_12_SUBSCALE_IDS = Object.keys(HOOS_12_SUBSCALES) as Hoos12Subscale[];
export const HOOS_12_ITEM_IDS: readonly Hoos12ItemId[] = HOOS_12_SUBSCALE_IDS.flatMap(
  (subscale) => HOOS_12_SUBSCALES[subscale],
);

type FiveLabels = readonly [string, string, string, string, string];

export interface Hoos12Wording {
  intro: string;
  items: Record<Hoos12ItemId, { text: string; options: FiveLabels }>;
}

/** At least half of a subscale's items (2 of 4) must be answered for it to be scored. */
export const HOOS_12_FEWEST_ANSWERED = 2;

const itemScoreSchema = z.int({ error: 'answer from 0 (none) to 4 (extreme)' }).min(0).max(4);
const itemAnswerSchema = z.union([itemScoreSchema, z.array(itemScoreSchema).max(5)]);

export const hoos12AnswersSchema = z.strictObject(
  Object.fromEntries(HOOS_12_ITEM_IDS.map((id) => [id, itemAnswerSchema.optional()])) as Record<
    Hoos12ItemId,
    z.ZodOptional<typeof itemAnswerSchema>
  >,
);
export type Hoos12Answers = Partial<Record<Hoos12ItemId, TickedAnswer>>;

export interface Hoos12Score {
  /** 0 (extreme problems) – 100 (none); null when fewer than 2 of the subscale's items are answered. */
  subscales: Record<Hoos12Subscale, number | null>;
  /** Mean of the three subscales; null unless all three are scored. */
  summary: number | null;
  answeredPerSubscale: Record<Hoos12Subscale, number>;
}

function scoreSubscale(answers: Hoos12Answers, subscale: Hoos12Subscale) {
  const counted = HOOS_12_SUBSCALES[subscale]
    .map((id) => countedTick(answers[id]))
    .filter((value) => value !== null);
  if (counted.length < HOOS_12_FEWEST_ANSWERED) return { score: null, answered: counted.length };
  const mean = counted.reduce((sum, value) => sum + value, 0) / counted.length;
  return { score: 100 - mean * 25, answered: counted.length };
}

export function scoreHoos12(answers: Hoos12Answers): Hoos12Score {
  const pain = scoreSubscale(answers, 'pain');
  const func = scoreSubscale(answers, 'function');
  const life = scoreSubscale(answers, 'quality-of-life');
  const all = [pain.score, func.score, life.score];
  const summary = all.every((score) => score !== null)
    ? all.reduce<number>((sum, score) => sum + (score ?? 0), 0) / all.length
    : null;
  return {
    subscales: { pain: pain.score, function: func.score, 'quality-of-life': life.score },
    summary,
    answeredPerSubscale: { pain: pain.answered, function: func.answered, 'quality-of-life': life.answered },
  };
}

const items: InstrumentItem[] = HOOS_12_SUBSCALE_IDS.flatMap((subscale) =>
  HOOS_12_SUBSCALES[subscale].map((id) => ({
    id,
    text: HOOS_12_WORDING.items[id].text,
    answer: { kind: 'choice', options: numberedOptions(HOOS_12_WORDING.items[id].options) },
    subscale,
  })),
);

export const HOOS_12: Instrument<Hoos12Answers, Hoos12Score> = {
  id: 'hoos-12',
  name: INSTRUMENT_NAMES['hoos-12'].full,
  intro: HOOS_12_WORDING.intro,
  source:
    'Gandek B, Roos EM, Franklin PD, Ware JE Jr. HOOS-12: tests of reliability, validity and responsiveness. Osteoarthritis Cartilage 2019;27(5):754–761.',
  // No LOINC code we are sure of for the HOOS-12 scores: left out rather than guessed.
  loinc: {},
  items,
  answersSchema: hoos12AnswersSchema,
  score: scoreHoos12,
};
