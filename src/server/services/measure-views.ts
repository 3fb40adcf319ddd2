import {
  type ChairStandAnswers,
  compareChairStands,
  type DisabilityInstrument,
  type InstrumentId,
  type MeaningfulChange,
  meaningfulChange,
  meaningfulChangeBand,
  measuresDueToday,
  type StartBackRisk,
  scheduledInstruments,
} from '../../core/outcomes/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { listMeasures } from '../db/repositories/measures.ts';
import type { Actor } from './errors.ts';
import { HEADLINES, type Headline, instrumentOf, isChangeMeasure } from './measure-values.ts';
import { type DueToday, loadMeasureHistory, type MeasureRecord, toMeasureRecord } from './measures.ts';

/** What the charts, the progress story and the report read: each instrument from baseline to latest. */
export interface MeasurePoint {
  measureId: string;
  takenOn: string;
  value: number;
}

export interface InstrumentProgress {
  instrumentId: InstrumentId;
  name: string;
  headline: Headline;
  count: number;
  /** The first measure with a headline value: every change is counted from it. */
  baseline: MeasurePoint | null;
  latest: MeasurePoint | null;
  /** Baseline → latest judged by the published threshold (Oswestry, Roland-Morris, pain); else null. */
  change: MeaningfulChange | null;
  /** The band a chart draws around the baseline (the same three instruments); else null. */
  band: { improvedAtOrBelow: number; worsenedAtOrAbove: number } | null;
  /** Chair stands: the latest against the published range, or the member's own first test. */
  comparison: string | null;
}

function progressOf(instrumentId: InstrumentId, measures: readonly MeasureRecord[]): InstrumentProgress {
  const points = measures
    .filter((measure) => measure.value !== null)
    .map((measure) => ({ measureId: measure.id, takenOn: measure.takenOn, value: measure.value as number }));
  const baseline = points[0] ?? null;
  const latest = points.at(-1) ?? null;
  const hasTwo = baseline !== null && latest !== null && points.length > 1;
  let comparison: string | null = null;
  if (instrumentId === 'chair-stand' && measures.length > 0) {
    const first = measures[0]?.answers as ChairStandAnswers;
    const last = measures.at(-1)?.answers as ChairStandAnswers;
    comparison = compareChairStands(last, measures.length > 1 ? first : null).sentence;
  }
  return {
    instrumentId,
    name: instrumentOf(instrumentId).name,
    headline: HEADLINES[instrumentId],
    count: measures.length,
    baseline,
    latest,
    change:
      hasTwo && isChangeMeasure(instrumentId)
        ? meaningfulChange(instrumentId, baseline.value, latest.value)
        : null,
    band:
      baseline && isChangeMeasure(instrumentId) ? meaningfulChangeBand(instrumentId, baseline.value) : null,
    comparison,
  };
}

export interface InstrumentHistory extends InstrumentProgress {
  measures: MeasureRecord[];
}

/** Every time the member took one instrument, oldest first, with baseline, latest and the change. */
export async function instrumentHistory(
  db: Executor,
  actor: Actor,
  memberId: string,
  instrumentId: InstrumentId,
): Promise<InstrumentHistory> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const measures = (await listMeasures(db, memberId, instrumentId)).map(toMeasureRecord);
  return { ...progressOf(instrumentId, measures), measures };
}

export interface StartBackSummary {
  risk: StartBackRisk | null;
  /** High risk (psychosocial subscale 4 or more): shown to the coach, and it changes the education cards. */
  isHighRisk: boolean;
  takenOn: string;
}

export interface MeasuresSummary extends DueToday {
  disabilityInstrument: DisabilityInstrument;
  instruments: InstrumentProgress[];
  /** The latest complete STarT Back screen, or null before one. */
  startBack: StartBackSummary | null;
}

function latestStartBack(measures: readonly MeasureRecord[]): StartBackSummary | null {
  const latest = measures
    .filter((measure) => measure.instrumentId === 'start-back' && measure.score.risk != null)
    .at(-1);
  if (!latest) return null;
  const risk = latest.score.risk as StartBackRisk;
  return { risk, isHighRisk: risk === 'high', takenOn: latest.takenOn };
}

/** The member's measures at a glance: progress per scheduled instrument, STarT Back risk, what is due. */
export async function measuresSummary(
  db: Executor,
  actor: Actor,
  memberId: string,
  today: string,
  disability: DisabilityInstrument,
): Promise<MeasuresSummary> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const measures = (await listMeasures(db, memberId)).map(toMeasureRecord);
  const history = await loadMeasureHistory(db, memberId, today, disability);
  return {
    disabilityInstrument: disability,
    instruments: scheduledInstruments(disability).map((instrumentId) =>
      progressOf(
        instrumentId,
        measures.filter((measure) => measure.instrumentId === instrumentId),
      ),
    ),
    startBack: latestStartBack(measures),
    baselineOn: history.baselineOn,
    ...measuresDueToday(history),
  };
}
