/**
 * What every instrument is called, and how long it takes: the plain name members read on Today and in
 * their check-ups, the full published name for the details, the report and the FHIR export, and the
 * minutes it takes at an easy pace. Members never meet a bare instrument name without its plain one.
 *
 * Only data and a type import, so the web app's first download can name the check-ups without pulling in
 * the questionnaires themselves (those are in `instrument-definitions.ts`).
 */
import type { InstrumentId } from './instrument.ts';

/** Measured by the assessment itself: its pain ratings and 30-second chair stands are their baseline. */
export const MEASURED_BY_ASSESSMENT = ['pain', 'chair-stand'] as const satisfies readonly InstrumentId[];

export function isMeasuredByAssessment(instrumentId: InstrumentId): boolean {
  return (MEASURED_BY_ASSESSMENT as readonly InstrumentId[]).includes(instrumentId);
}

export interface InstrumentNames {
  /** What it is about, in the member's words: "Back function questionnaire". */
  plain: string;
  /** The published name: "Oswestry Disability Index". */
  full: string;
  /** One line on what it asks, under the plain name. */
  about: string;
  /** Roughly how long it takes, in whole minutes, reading at an easy pace. */
  minutes: number;
}

export const INSTRUMENT_NAMES = {
  oswestry: {
    plain: 'Back function questionnaire',
    full: 'Oswestry Disability Index',
    about: 'How your back affects everyday life: ten short questions.',
    minutes: 3,
  },
  'roland-morris': {
    plain: 'Back function questionnaire',
    full: 'Roland-Morris Disability Questionnaire',
    about: 'How your back affects everyday life: yes or no to 24 short sentences.',
    minutes: 3,
  },
  pain: {
    plain: 'Back pain rating',
    full: 'Numeric Pain Rating Scale (0–10)',
    about: 'Your back pain now and over the last week: two numbers.',
    minutes: 1,
  },
  'start-back': {
    plain: 'Back pain impact questionnaire',
    full: 'Keele STarT Back Screening Tool',
    about: 'How your back pain is affecting you, body and mind: nine quick questions.',
    minutes: 2,
  },
  'chair-stand': {
    plain: 'Chair stand test',
    full: '30-second chair stand test',
    about: 'How many times you can stand up from a chair in 30 seconds.',
    minutes: 2,
  },
  'hoos-12': {
    plain: 'Hip function questionnaire',
    full: 'Hip disability and Osteoarthritis Outcome Score (HOOS-12)',
    about: 'How your hips are doing: twelve short questions.',
    minutes: 2,
  },
} as const satisfies Record<InstrumentId, InstrumentNames>;

/** "about 1 minute", "about 3 minutes". */
export function minutesWords(minutes: number): string {
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Each instrument by its full published name alone, as a clinician expects to read it (the report). */
export const INSTRUMENT_FULL_NAMES = Object.fromEntries(
  Object.entries(INSTRUMENT_NAMES).map(([id, names]) => [id, names.full]),
) as Record<InstrumentId, string>;
