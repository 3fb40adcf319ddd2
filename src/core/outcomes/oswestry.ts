/**
 * Oswestry Disability Index (ODI), scored as published in:
 *   Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940–2952.
 *   (First published: Fairbank JCT, Couper J, Davies JB, O'Brien JP. The Oswestry low back pain disability
 *   questionnaire. Physiotherapy 1980;66(8):271–273.)
 *
 * Ten sections, each scored 0–5 by the statement ticked (the first statement 0, the last 5). The index is
 * the sum divided by the most the answered sections could score, as a percentage: a section left out (for
 * instance sex life, "if applicable") takes 5 off the denominator. Where two statements are ticked, the
 * higher-scoring one counts. Bands, from the same paper: 0–20 minimal, 21–40 moderate, 41–60 severe,
 * 61–80 crippling, 81–100 bed-bound.
 *
 * The wording lives in oswestry-items.ts, the one file to swap for the licensed text.
 */
import { z } from 'zod';
import {
  countedTick,
  type Instrument,
  type InstrumentItem,
  numberedOptions,
  type TickedAnswer,
} from './instrument.ts';
import { INSTRUMENT_NAMES } from './instruments.ts';
import { OSWESTRY_WORDING } from './oswestry-items.ts';

export const OSWESTRY_SECTION_IDS = [
  'pain-intensity',
  'personal-care',
  'lifting',
  'walking',
  'sitting',
  'standing',
  'sleeping',
  'sex-life',
  'social-life',
  'travelling',
] as const;
export type OswestrySectionId = (typeof OSWESTRY_SECTION_IDS)[number];

type SixStatements = readonly [string, string, string, string, string, string];

/** What the replaceable wording file must provide: every section, six statements each, in order. */
export interface OswestryWording {
  intro: string;
  sections: Record<OswestrySectionId, { title: string; statements: SixStatements }>;
}

export const OSWESTRY_MOST_PER_SECTION = 5;

const statementScoreSchema = z.int({ error: 'pick a statement from 0 to 5' }).min(0).max(5);
/** One statement, or (from a paper form) every statement ticked; an empty list is an unanswered section. */
const sectionAnswerSchema = z.union([statementScoreSchema, z.array(statementScoreSchema).max(6)]);

/** A section may be left out: it then counts neither for nor against the member. */
export const oswestryAnswersSchema = z.strictObject(
  Object.fromEntries(OSWESTRY_SECTION_IDS.map((id) => [id, sectionAnswerSchema.optional()])) as Record<
    OswestrySectionId,
    z.ZodOptional<typeof sectionAnswerSchema>
  >,
);
export type OswestryAnswers = Partial<Record<OswestrySectionId, TickedAnswer>>;

export const OSWESTRY_BANDS = [
  { band: 'minimal', upTo: 20 },
  { band: 'moderate', upTo: 40 },
  { band: 'severe', upTo: 60 },
  { band: 'crippling', upTo: 80 },
  { band: 'bed-bound', upTo: 100 },
] as const;
export type OswestryBand = (typeof OSWESTRY_BANDS)[number]['band'];

export interface OswestryScore {
  /** 0–100 (a percentage), unrounded; null when no section was answered. */
  score: number | null;
  band: OswestryBand | null;
  sum: number;
  sectionsAnswered: number;
  unansweredSectionIds: OswestrySectionId[];
  /** The value each answered section counted for, after the double-tick rule. */
  sectionScores: Partial<Record<OswestrySectionId, number>>;
}

/**
 * The band for a score. Scores are multiples of 100 / (5 × sections answered), so a score that is not a
 * whole number never falls between two bands' published ranges: "0–20" means "at most 20".
 */
export function oswestryBand(score: number): OswestryBand {
  return OSWESTRY_BANDS.find((entry) => score <= entry.upTo)?.band ?? 'bed-bound';
}

export function scoreOswestry(answers: OswestryAnswers): OswestryScore {
  const sectionScores: Partial<Record<OswestrySectionId, number>> = {};
  const unansweredSectionIds: OswestrySectionId[] = [];
  let sum = 0;
  for (const id of OSWESTRY_SECTION_IDS) {
    const counted = countedTick(answers[id]);
    if (counted === null) {
      unansweredSectionIds.push(id);
      continue;
    }
    sectionScores[id] = counted;
    sum += counted;
  }
  const sectionsAnswered = OSWESTRY_SECTION_IDS.length - unansweredSectionIds.length;
  const score = sectionsAnswered === 0 ? null : (sum / (OSWESTRY_MOST_PER_SECTION * sectionsAnswered)) * 100;
  return {
    score,
    band: score === null ? null : oswestryBand(score),
    sum,
    sectionsAnswered,
    unansweredSectionIds,
    sectionScores,
  };
}

const items: InstrumentItem[] = OSWESTRY_SECTION_IDS.map((id) => {
  const { title, statements } = OSWESTRY_WORDING.sections[id];
  return { id, text: title, answer: { kind: 'choice', options: numberedOptions(statements) } };
});

export const OSWESTRY: Instrument<OswestryAnswers, OswestryScore> = {
  id: 'oswestry',
  name: INSTRUMENT_NAMES.oswestry.full,
  intro: OSWESTRY_WORDING.intro,
  source:
    'Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940–2952. Wording © Jeremy Fairbank 1980.',
  // LOINC 97908-8 "Oswestry Disability Index" (panel) and 97909-6 "Oswestry disability index score ODI".
  loinc: { panel: '97908-8', score: '97909-6' },
  items,
  answersSchema: oswestryAnswersSchema,
  score: scoreOswestry,
};
