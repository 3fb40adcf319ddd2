/**
 * Keele STarT Back Screening Tool (9 items), scored as published in:
 *   Hill JC, Dunn KM, Lewis M, Mullis R, Main CJ, Foster NE, Hay EM. A primary care back pain screening tool:
 *   identifying patient subgroups for initial treatment. Arthritis Rheum 2008;59(5):632–641.
 *
 * Items 1–8: agree = 1, disagree = 0. Item 9 (bothersomeness): 1 for "very much" or "extremely", else 0.
 * Total 0–9; the psychosocial (distress) subscale is items 5–9, 0–5. Total 3 or less: low risk. Otherwise
 * a subscale of 4 or 5 is high risk, and anything else medium. The tool was published as a complete
 * questionnaire, so a missing answer leaves the risk group undecided rather than guessed.
 */
import { z } from 'zod';
import { type Instrument, type InstrumentItem, numberedOptions } from './instrument.ts';
import { INSTRUMENT_NAMES } from './instruments.ts';
import { START_BACK_WORDING } from './start-back-items.ts';

export const START_BACK_ITEM_IDS = [
  'leg-pain',
  'shoulder-or-neck-pain',
  'walks-short-distances',
  'dresses-slowly',
  'activity-unsafe',
  'worrying-thoughts',
  'never-better',
  'no-enjoyment',
  'bothersome',
] as const;
export type StartBackItemId = (typeof START_BACK_ITEM_IDS)[number];
type AgreementItemId = Exclude<StartBackItemId, 'bothersome'>;

/** Items 5–9, the published psychosocial subscale. */
export const START_BACK_PSYCHOSOCIAL_ITEM_IDS: readonly StartBackItemId[] = START_BACK_ITEM_IDS.slice(4);

export interface StartBackWording {
  intro: string;
  items: Record<StartBackItemId, string>;
  /** Labels for 0 (disagree) and 1 (agree). */
  agreement: readonly [string, string];
  /** Labels for 0 (not at all) … 4 (extremely). */
  bother: readonly [string, string, string, string, string];
}

/** "Very much" (3) and "extremely" (4) count; "not at all", "slightly" and "moderately" do not. */
const BOTHER_COUNTS_FROM = 3;

const agreementSchema = z.union([z.literal(0), z.literal(1)], {
  error: 'answer 1 for agree or 0 for disagree',
});
const botherSchema = z.int({ error: 'answer from 0 (not at all) to 4 (extremely)' }).min(0).max(4);

export const startBackAnswersSchema = z.strictObject({
  ...(Object.fromEntries(
    START_BACK_ITEM_IDS.slice(0, 8).map((id) => [id, agreementSchema.optional()]),
  ) as Record<AgreementItemId, z.ZodOptional<typeof agreementSchema>>),
  bothersome: botherSchema.optional(),
});
export type StartBackAnswers = Partial<Record<StartBackItemId, number>>;

export type StartBackRisk = 'low' | 'medium' | 'high';

export interface StartBackScore {
  /** 0–9, counting only the items answered. */
  total: number;
  /** 0–5, items 5–9, counting only the items answered. */
  psychosocial: number;
  /** Null while any item is unanswered. */
  risk: StartBackRisk | null;
  unansweredItemIds: StartBackItemId[];
}

export const START_BACK_RULES = { lowRiskUpToTotal: 3, highRiskFromPsychosocial: 4 } as const;

function itemPoints(id: StartBackItemId, answer: number): number {
  if (id === 'bothersome') return answer >= BOTHER_COUNTS_FROM ? 1 : 0;
  return answer === 1 ? 1 : 0;
}

export function startBackRisk(total: number, psychosocial: number): StartBackRisk {
  if (total <= START_BACK_RULES.lowRiskUpToTotal) return 'low';
  return psychosocial >= START_BACK_RULES.highRiskFromPsychosocial ? 'high' : 'medium';
}

export function scoreStartBack(answers: StartBackAnswers): StartBackScore {
  let total = 0;
  let psychosocial = 0;
  const unansweredItemIds: StartBackItemId[] = [];
  for (const id of START_BACK_ITEM_IDS) {
    const answer = answers[id];
    if (answer === undefined) {
      unansweredItemIds.push(id);
      continue;
    }
    const points = itemPoints(id, answer);
    total += points;
    if (START_BACK_PSYCHOSOCIAL_ITEM_IDS.includes(id)) psychosocial += points;
  }
  const risk = unansweredItemIds.length === 0 ? startBackRisk(total, psychosocial) : null;
  return { total, psychosocial, risk, unansweredItemIds };
}

const items: InstrumentItem[] = START_BACK_ITEM_IDS.map((id) => ({
  id,
  text: START_BACK_WORDING.items[id],
  answer: {
    kind: 'choice',
    options: numberedOptions(id === 'bothersome' ? START_BACK_WORDING.bother : START_BACK_WORDING.agreement),
  },
  ...(START_BACK_PSYCHOSOCIAL_ITEM_IDS.includes(id) ? { subscale: 'psychosocial' } : {}),
}));

export const START_BACK: Instrument<StartBackAnswers, StartBackScore> = {
  id: 'start-back',
  name: INSTRUMENT_NAMES['start-back'].full,
  intro: START_BACK_WORDING.intro,
  source: 'Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59(5):632–641.',
  // No LOINC code we are sure of: left out rather than guessed.
  loinc: {},
  items,
  answersSchema: startBackAnswersSchema,
  score: scoreStartBack,
};
