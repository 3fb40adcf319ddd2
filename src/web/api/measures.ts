/**
 * The outcome-measures API as the web app sees it (see src/server/http/measure-routes.ts and
 * measure-schemas.ts; measures.test.ts checks these shapes against the server's schemas). Shapes use the
 * core's own types, imported as types only, so none of the scoring code (nor Zod) is bundled.
 */
import type { DisabilityInstrument } from '../../core/outcomes/disability.ts';
import type { AnswerOption, InstrumentId } from '../../core/outcomes/instrument.ts';
import type { ChangeMeasure, ChangeThreshold, ChangeVerdict } from '../../core/outcomes/meaningful-change.ts';
import type { StartBackRisk } from '../../core/outcomes/start-back.ts';
import type { OutboxEntry } from '../offline/outbox.ts';
import { get } from './client.ts';

export type { DisabilityInstrument, InstrumentId, StartBackRisk };

export interface Headline {
  label: string;
  isHigherBetter: boolean;
  min: number;
  max: number;
}

export interface InstrumentItemView {
  id: string;
  text: string;
  subscale?: string | undefined;
  loinc?: string | undefined;
  answer:
    | { kind: 'choice'; options: AnswerOption[] }
    | { kind: 'count'; min: number; max: number; unit: string };
}

export interface InstrumentDefinition {
  id: InstrumentId;
  name: string;
  intro: string;
  source: string;
  loinc: { panel?: string | undefined; score?: string | undefined };
  headline: Headline;
  /** Due again this many days after the last occasion (7 for pain, else 28). */
  everyDays: number;
  items: InstrumentItemView[];
}

export interface InstrumentsView {
  disabilityInstrument: DisabilityInstrument;
  oswestryWording: 'paraphrase' | 'licensed';
  snoozeDaysMost: number;
  instruments: InstrumentDefinition[];
}

/** One time a member took an instrument, as stored and scored by the server. */
export interface Measure {
  id: string;
  instrumentId: InstrumentId;
  takenOn: string;
  /** By item id; a missing key is an unanswered item. */
  answers: Record<string, unknown>;
  /** What the instrument's published scoring made of the answers (its shape depends on the instrument). */
  score: Record<string, unknown>;
  /** The headline number charts plot; null when the answers give none. */
  value: number | null;
  recordedAt: string;
}

export interface MeasurePoint {
  measureId: string;
  takenOn: string;
  value: number;
}

export interface MeaningfulChangeView {
  measure: ChangeMeasure;
  baseline: number;
  latest: number;
  change: number;
  percentChange: number | null;
  verdict: ChangeVerdict;
  threshold: ChangeThreshold | null;
  thresholds: { points: number; percentOfBaseline: number };
  /** The server's own sentence: "Oswestry 38 → 26: 12 points better, a meaningful improvement …". */
  sentence: string;
}

export interface InstrumentProgress {
  instrumentId: InstrumentId;
  name: string;
  headline: Headline;
  count: number;
  baseline: MeasurePoint | null;
  latest: MeasurePoint | null;
  change: MeaningfulChangeView | null;
  band: { improvedAtOrBelow: number; worsenedAtOrAbove: number } | null;
  /** Chair stands: the latest against the published range, or the member's own first test. */
  comparison: string | null;
}

export interface InstrumentHistory extends InstrumentProgress {
  /** Oldest first. */
  measures: Measure[];
}

export interface DueMeasure {
  instrumentId: InstrumentId;
  /** The first occasion not yet answered; it stays until the measure is taken. */
  dueSince: string;
}

export interface SnoozedMeasure extends DueMeasure {
  /** The day it shows on Today again. */
  until: string;
}

export interface DueToday {
  baselineOn: string;
  due: DueMeasure[];
  snoozed: SnoozedMeasure[];
}

export interface StartBackSummary {
  risk: StartBackRisk | null;
  isHighRisk: boolean;
  takenOn: string;
}

export interface MeasuresSummary extends DueToday {
  disabilityInstrument: DisabilityInstrument;
  instruments: InstrumentProgress[];
  /** The latest complete STarT Back screen, or null before one. */
  startBack: StartBackSummary | null;
}

export interface Snooze {
  id: string;
  instrumentId: InstrumentId;
  on: string;
  days: number;
  until: string;
}

/** What the phone sends to record a measure: the id is made once per attempt and kept for its retries. */
export interface MeasureSubmission {
  id: string;
  instrumentId: InstrumentId;
  takenOn: string;
  answers: Record<string, unknown>;
}

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

export const measures = {
  instruments: () => get<InstrumentsView>('/api/measures/instruments'),
  summary: (today: string) => get<MeasuresSummary>(withToday('/api/measures', today)),
  due: (today: string) => get<DueToday>(withToday('/api/measures/due', today)),
  history: (instrumentId: InstrumentId) =>
    get<InstrumentHistory>(`/api/measures/${encodeURIComponent(instrumentId)}`),
};

type Write = Omit<OutboxEntry, 'queuedAt'>;

/** The measures' writes, sent through the outbox like every write the member must not lose. */
export const measureWrites = {
  record: (body: MeasureSubmission, label: string): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/measures',
    body,
    label,
    about: body.id,
  }),
  snooze: (
    body: { id: string; instrumentId: InstrumentId; on: string; days: number },
    label: string,
  ): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/measures/snoozes',
    body,
    label,
    about: body.id,
  }),
};
