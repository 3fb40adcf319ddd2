/**
 * Roland-Morris Disability Questionnaire (RMDQ), scored as published in:
 *   Roland M, Morris R. A study of the natural history of back pain. Part I: development of a reliable and
 *   sensitive measure of disability in low-back pain. Spine 1983;8(2):141–144.
 *   Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability
 *   Questionnaire. Spine 2000;25(24):3115–3124.
 *
 * 24 statements; the score is the number that apply to the member ("yes"), 0–24, unweighted. On the paper
 * form only ticked statements count, so a statement left unanswered adds nothing; we list those anyway so
 * the app can ask again rather than quietly score a "no".
 */
import { z } from 'zod';
import type { Instrument, InstrumentItem } from './instrument.ts';
import { INSTRUMENT_NAMES } from './instruments.ts';
import { ROLAND_MORRIS_WORDING } from './roland-morris-items.ts';

export const ROLAND_MORRIS_ITEM_IDS = [
  'stays-home',
  'shifts-position',
  'walks-slowly',
  'no-housework',
  'handrail-upstairs',
  'lies-down-more',
  'holds-on-to-stand',
  'asks-others',
  'dresses-slowly',
  'stands-briefly',
  'avoids-bending',
  'hard-to-rise',
  'pain-constant',
  'hard-to-turn-in-bed',
  'poor-appetite',
  'hard-socks',
  'walks-short-distances',
  'sleeps-less',
  'help-dressing',
  'sits-most-of-day',
  'avoids-heavy-jobs',
  'irritable',
  'slow-upstairs',
  'stays-in-bed',
] as const;
export type RolandMorrisItemId = (typeof ROLAND_MORRIS_ITEM_IDS)[number];

export interface RolandMorrisWording {
  intro: string;
  items: Record<RolandMorrisItemId, string>;
}

const YES = 1;
const NO = 0;
const yesNoSchema = z.union([z.literal(YES), z.literal(NO)], { error: 'answer 1 for yes or 0 for no' });

export const rolandMorrisAnswersSchema = z.strictObject(
  Object.fromEntries(ROLAND_MORRIS_ITEM_IDS.map((id) => [id, yesNoSchema.optional()])) as Record<
    RolandMorrisItemId,
    z.ZodOptional<typeof yesNoSchema>
  >,
);
/** 1 = yes, this applies to me; 0 = no. */
export type RolandMorrisAnswers = Partial<Record<RolandMorrisItemId, 0 | 1>>;

export interface RolandMorrisScore {
  /** 0–24: how many statements the member said apply to them. */
  score: number;
  unansweredItemIds: RolandMorrisItemId[];
}

export function scoreRolandMorris(answers: RolandMorrisAnswers): RolandMorrisScore {
  const score = ROLAND_MORRIS_ITEM_IDS.filter((id) => answers[id] === YES).length;
  const unansweredItemIds = ROLAND_MORRIS_ITEM_IDS.filter((id) => answers[id] === undefined);
  return { score, unansweredItemIds };
}

const items: InstrumentItem[] = ROLAND_MORRIS_ITEM_IDS.map((id) => ({
  id,
  text: ROLAND_MORRIS_WORDING.items[id],
  answer: {
    kind: 'choice',
    options: [
      { value: YES, label: 'Yes' },
      { value: NO, label: 'No' },
    ],
  },
}));

export const ROLAND_MORRIS: Instrument<RolandMorrisAnswers, RolandMorrisScore> = {
  id: 'roland-morris',
  name: INSTRUMENT_NAMES['roland-morris'].full,
  intro: ROLAND_MORRIS_WORDING.intro,
  source: 'Roland M, Morris R. Spine 1983;8(2):141–144; Roland M, Fairbank J. Spine 2000;25(24):3115–3124.',
  // No LOINC code we are sure of for the RMDQ score: left out rather than guessed.
  loinc: {},
  items,
  answersSchema: rolandMorrisAnswersSchema,
  score: scoreRolandMorris,
};
