/**
 * 30-second chair stand: how many times the member stands fully up from a chair, arms folded, in 30 s.
 *   Jones CJ, Rikli RE, Beam WC. A 30-s chair-stand test as a measure of lower body strength in
 *   community-residing older adults. Res Q Exerc Sport 1999;70(2):113–119.
 *   Rikli RE, Jones CJ. Functional fitness normative scores for community-residing older adults, ages
 *   60–94. J Aging Phys Act 1999;7(2):162–181 (the 25th–75th percentile ranges below).
 *
 * The published ranges cover ages 60–94 by sex; fewer than 8 unassisted stands was associated with lower
 * functional ability in that work, and is what we mark as low. For members under 60 (or without a band:
 * past 94, or sex not given) there is no published range we use, so we compare with their own baseline.
 */
import { z } from 'zod';
import { formatScore, type Instrument } from './instrument.ts';
import { INSTRUMENT_NAMES } from './instruments.ts';

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** Below this many stands is low, at any age (the engine also starts gently below 8). */
export const CHAIR_STAND_LOW_BELOW = 8;

interface ReferenceRow {
  ages: readonly [number, number];
  female: readonly [number, number];
  male: readonly [number, number];
}

/** Rikli & Jones 1999: normal range (25th–75th percentile) of stands in 30 s, by age band and sex. */
export const CHAIR_STAND_REFERENCE: readonly ReferenceRow[] = [
  { ages: [60, 64], female: [12, 17], male: [14, 19] },
  { ages: [65, 69], female: [11, 16], male: [12, 18] },
  { ages: [70, 74], female: [10, 15], male: [12, 17] },
  { ages: [75, 79], female: [10, 15], male: [11, 17] },
  { ages: [80, 84], female: [9, 14], male: [10, 15] },
  { ages: [85, 89], female: [8, 13], male: [8, 14] },
  { ages: [90, 94], female: [4, 11], male: [7, 12] },
];

/** Age and sex are recorded with the test: the reference band is the one for the member's age that day. */
export const chairStandAnswersSchema = z.strictObject({
  stands: z.int({ error: 'stands are a whole number' }).min(0).max(60),
  age: z.int().min(16).max(110),
  sex: z.enum(SEXES).nullable(),
});
export type ChairStandAnswers = z.infer<typeof chairStandAnswersSchema>;

export interface ChairStandReference {
  ages: readonly [number, number];
  sex: Sex;
  /** 25th and 75th percentile. */
  range: readonly [number, number];
}

export interface ChairStandScore {
  stands: number;
  isLow: boolean;
  /** The published range for the member's age and sex; null under 60, over 94, or sex not given. */
  reference: ChairStandReference | null;
  /** Where the count falls against that range. */
  comparedWithReference: 'below' | 'within' | 'above' | null;
}

export function chairStandReference(age: number, sex: Sex | null): ChairStandReference | null {
  if (sex === null) return null;
  const row = CHAIR_STAND_REFERENCE.find(({ ages }) => age >= ages[0] && age <= ages[1]);
  return row ? { ages: row.ages, sex, range: row[sex] } : null;
}

export function scoreChairStand(answers: ChairStandAnswers): ChairStandScore {
  const reference = chairStandReference(answers.age, answers.sex);
  let comparedWithReference: ChairStandScore['comparedWithReference'] = null;
  if (reference) {
    const [low, high] = reference.range;
    comparedWithReference = answers.stands < low ? 'below' : answers.stands > high ? 'above' : 'within';
  }
  return {
    stands: answers.stands,
    isLow: answers.stands < CHAIR_STAND_LOW_BELOW,
    reference,
    comparedWithReference,
  };
}

export type ChairStandComparison =
  | { basis: 'reference'; score: ChairStandScore; sentence: string }
  | { basis: 'baseline'; score: ChairStandScore; changeFromBaseline: number; sentence: string }
  | { basis: 'none'; score: ChairStandScore; sentence: string };

function standsWord(count: number): string {
  return `${formatScore(count)} ${count === 1 ? 'stand' : 'stands'}`;
}

/**
 * How to read the latest count: against the published range where the member has one, otherwise against
 * their own first test. The first test itself, without a range, has nothing to compare with yet.
 */
export function compareChairStands(
  latest: ChairStandAnswers,
  baseline: ChairStandAnswers | null,
): ChairStandComparison {
  const score = scoreChairStand(latest);
  const lowNote = score.isLow ? ` Fewer than ${CHAIR_STAND_LOW_BELOW} is low.` : '';
  if (score.reference) {
    const [low, high] = score.reference.range;
    const [from, to] = score.reference.ages;
    const where = score.comparedWithReference ?? 'within';
    const people = score.reference.sex === 'female' ? 'women' : 'men';
    return {
      basis: 'reference',
      score,
      sentence: `${standsWord(latest.stands)} in 30 seconds: ${where} the usual range of ${low}–${high} for ${people} aged ${from}–${to}.${lowNote}`,
    };
  }
  if (baseline === null) {
    return { basis: 'none', score, sentence: `${standsWord(latest.stands)} in 30 seconds.${lowNote}` };
  }
  const change = latest.stands - baseline.stands;
  const direction =
    change === 0
      ? 'the same as at your first test'
      : `${standsWord(Math.abs(change))} ${change > 0 ? 'more' : 'fewer'} than at your first test (${baseline.stands})`;
  return {
    basis: 'baseline',
    score,
    changeFromBaseline: change,
    sentence: `${standsWord(latest.stands)} in 30 seconds: ${direction}.${lowNote}`,
  };
}

export const CHAIR_STAND: Instrument<ChairStandAnswers, ChairStandScore> = {
  id: 'chair-stand',
  name: INSTRUMENT_NAMES['chair-stand'].full,
  intro:
    'Sit in the middle of a firm chair without arms, feet flat, arms crossed over your chest. When the timer starts, stand all the way up and sit back down as many times as you can in 30 seconds. If you are more than halfway up when time runs out, that one counts. Stop at once if your back pain flares.',
  source:
    'Jones CJ, Rikli RE, Beam WC. Res Q Exerc Sport 1999;70(2):113–119; Rikli RE, Jones CJ. J Aging Phys Act 1999;7(2):162–181.',
  // No LOINC code we are sure of: left out rather than guessed.
  loinc: {},
  items: [
    {
      id: 'stands',
      text: 'How many times did you stand up in 30 seconds?',
      answer: { kind: 'count', min: 0, max: 60, unit: 'stands' },
    },
  ],
  answersSchema: chairStandAnswersSchema,
  score: scoreChairStand,
};
