/**
 * What "My progress" and the clinician report read: the member's training progress
 * (`GET /api/progress`, built by src/core/progress) and the outcome measures' progress
 * (`GET /api/measures` and one instrument's history, see src/server/http/measure-schemas.ts).
 * Shapes come from the core's own types, imported as types only, so none of its code is bundled.
 */
import type { DisabilityInstrument } from '../../core/outcomes/disability.ts';
import type { InstrumentId } from '../../core/outcomes/instrument.ts';
import type { MeaningfulChange } from '../../core/outcomes/meaningful-change.ts';
import type { StartBackRisk } from '../../core/outcomes/start-back.ts';
import type { TrainingProgress } from '../../core/progress/types.ts';
import { get } from './client.ts';

export type { InstrumentId, TrainingProgress };

/** The one number an instrument is charted by, and which way is better. */
export interface Headline {
  label: string;
  isHigherBetter: boolean;
  min: number;
  max: number;
}

export interface MeasurePoint {
  measureId: string;
  takenOn: string;
  value: number;
}

/** Around the baseline: at or below the first edge is a meaningful improvement, at or above the second a worsening. */
export interface MeaningfulChangeBand {
  improvedAtOrBelow: number;
  worsenedAtOrAbove: number;
}

export interface InstrumentProgress {
  instrumentId: InstrumentId;
  name: string;
  headline: Headline;
  count: number;
  baseline: MeasurePoint | null;
  latest: MeasurePoint | null;
  /** Baseline → latest judged by the published threshold (Oswestry, Roland-Morris, pain); else null. */
  change: MeaningfulChange | null;
  /** The band drawn around the baseline (the same three instruments); else null. */
  band: MeaningfulChangeBand | null;
  /** Chair stands: the latest against the published range, or the member's own first test. */
  comparison: string | null;
}

export interface MeasuresSummary {
  disabilityInstrument: DisabilityInstrument;
  instruments: InstrumentProgress[];
  startBack: { risk: StartBackRisk | null; isHighRisk: boolean; takenOn: string } | null;
  baselineOn: string;
}

export interface StoredMeasure {
  id: string;
  instrumentId: InstrumentId;
  takenOn: string;
  /** The headline number; null when the answers left too much out to score. */
  value: number | null;
}

export interface InstrumentHistory extends InstrumentProgress {
  measures: StoredMeasure[];
}

/** An instrument as published: the report names each one's source. */
export interface InstrumentDefinition {
  id: InstrumentId;
  name: string;
  source: string;
}

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

export const progressApi = {
  training: (today: string) => get<TrainingProgress>(withToday('/api/progress', today)),
  measures: (today: string) => get<MeasuresSummary>(withToday('/api/measures', today)),
  instrumentHistory: (id: InstrumentId) => get<InstrumentHistory>(`/api/measures/${encodeURIComponent(id)}`),
  instruments: () => get<{ instruments: InstrumentDefinition[] }>('/api/measures/instruments'),
};

/** Charted over time: every instrument with a headline number a member follows (STarT Back is a risk, not a trend). */
export function isCharted(instrumentId: InstrumentId): boolean {
  return instrumentId !== 'start-back';
}

export interface ProgressData {
  training: TrainingProgress;
  measures: MeasuresSummary;
  /** Each charted instrument's history, for those taken at least once. */
  histories: InstrumentHistory[];
}

/** Everything "My progress" draws, asked for together so the screen fills in at once. */
export async function loadProgress(today: string): Promise<ProgressData> {
  const measuresWithHistories = progressApi.measures(today).then(async (measures) => ({
    measures,
    histories: await Promise.all(
      measures.instruments
        .filter((instrument) => isCharted(instrument.instrumentId) && instrument.count > 0)
        .map((instrument) => progressApi.instrumentHistory(instrument.instrumentId)),
    ),
  }));
  const [training, { measures, histories }] = await Promise.all([
    progressApi.training(today),
    measuresWithHistories,
  ]);
  return { training, measures, histories };
}

export interface ReportData extends ProgressData {
  instruments: InstrumentDefinition[];
}

/** The report adds where each instrument comes from. */
export async function loadReport(today: string): Promise<ReportData> {
  const [progress, definitions] = await Promise.all([loadProgress(today), progressApi.instruments()]);
  return { ...progress, instruments: definitions.instruments };
}
