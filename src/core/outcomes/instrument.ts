/**
 * The shape every outcome instrument shares, so the server, the charts, the report and the FHIR export can
 * walk any of them the same way: items with their answer options, a scoring function, LOINC codes where
 * LOINC has them, and a Zod schema that checks answers arriving as `unknown`.
 */
import type { z } from 'zod';

export const INSTRUMENT_IDS = [
  'oswestry',
  'roland-morris',
  'pain',
  'start-back',
  'chair-stand',
  'hoos-12',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export interface AnswerOption {
  /** What is stored for this answer; for most instruments it is also the item's score. */
  value: number;
  label: string;
}

export type ItemAnswer =
  | { kind: 'choice'; options: readonly AnswerOption[] }
  /** A counted performance, such as stands in 30 seconds. */
  | { kind: 'count'; min: number; max: number; unit: string };

export interface InstrumentItem {
  id: string;
  /** The question or heading, in plain words. */
  text: string;
  answer: ItemAnswer;
  /** The subscale the item counts towards, where the instrument has subscales. */
  subscale?: string;
  /** The LOINC code of this item's answer, only where we are sure one exists. */
  loinc?: string;
}

export interface Instrument<Answers, Score> {
  id: InstrumentId;
  name: string;
  /** What the member reads before the first item. */
  intro: string;
  /** The publication the scoring follows, to cite in the report. */
  source: string;
  /** LOINC codes for the whole questionnaire (panel) and its score, where they exist. */
  loinc: { panel?: string; score?: string };
  items: readonly InstrumentItem[];
  answersSchema: z.ZodType<Answers>;
  score: (answers: Answers) => Score;
}

/**
 * A paper form can come back with two boxes ticked in one item. The ODI and HOOS scoring instructions both
 * say to count the one that means more trouble, which on these scales is the higher value.
 */
export type TickedAnswer = number | readonly number[];

/** The value an item counts for, or null when nothing was ticked. */
export function countedTick(answer: TickedAnswer | undefined): number | null {
  if (answer === undefined) return null;
  if (typeof answer === 'number') return answer;
  return answer.length === 0 ? null : Math.max(...answer);
}

/** Options 0, 1, 2, … labelled in order. */
export function numberedOptions(labels: readonly string[]): AnswerOption[] {
  return labels.map((label, value) => ({ value, label }));
}

/** Whole numbers as they are, anything else to one decimal: "38", "35.6". */
export function formatScore(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
