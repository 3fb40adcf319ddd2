/**
 * What "My progress" and the clinician report read: the member's training progress
 * (`GET /api/progress`, built by src/core/progress) and the outcome measures' progress
 * (`GET /api/measures` and one instrument's history). The shapes are the contract's (src/contract),
 * imported as types only, so none of the core's code is bundled.
 */
import type {
  InstrumentHistory,
  InstrumentId,
  InstrumentList,
  MeasuresSummary,
} from '../../contract/measures.ts';
import type { TrainingProgress } from '../../contract/progress.ts';
import { get } from './client.ts';
import { type MemberId, memberApiPath, OWN } from './member-paths.ts';

/** Each read is the signed-in member's own, or (given a member id) that member's as their coach sees it. */
export const progressApi = {
  training: (today: string, memberId: MemberId = OWN) =>
    get<TrainingProgress>(memberApiPath(memberId, '/progress', { today })),
  measures: (today: string, memberId: MemberId = OWN) =>
    get<MeasuresSummary>(memberApiPath(memberId, '/measures', { today })),
  instrumentHistory: (id: InstrumentId, memberId: MemberId = OWN) =>
    get<InstrumentHistory>(memberApiPath(memberId, `/measures/${encodeURIComponent(id)}`)),
  instruments: () => get<InstrumentList>('/api/measures/instruments'),
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
export async function loadProgress(today: string, memberId: MemberId = OWN): Promise<ProgressData> {
  const measuresWithHistories = progressApi.measures(today, memberId).then(async (measures) => ({
    measures,
    histories: await Promise.all(
      measures.instruments
        .filter((instrument) => isCharted(instrument.instrumentId) && instrument.count > 0)
        .map((instrument) => progressApi.instrumentHistory(instrument.instrumentId, memberId)),
    ),
  }));
  const [training, { measures, histories }] = await Promise.all([
    progressApi.training(today, memberId),
    measuresWithHistories,
  ]);
  return { training, measures, histories };
}

export interface ReportData extends ProgressData {
  instruments: InstrumentList['instruments'];
}

/** The report adds where each instrument comes from. */
export async function loadReport(today: string, memberId: MemberId = OWN): Promise<ReportData> {
  const [progress, definitions] = await Promise.all([
    loadProgress(today, memberId),
    progressApi.instruments(),
  ]);
  return { ...progress, instruments: definitions.instruments };
}
