import type {
  InstrumentHistory,
  InstrumentProgress,
  Measure,
  MeasuresSummary,
  StartBackSummary,
} from '../../contract/measures.ts';
import {
  type ChairStandAnswers,
  compareChairStands,
  type DisabilityInstrument,
  INSTRUMENT_NAMES,
  type InstrumentId,
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
import { HEADLINES, isChangeInstrument } from './measure-values.ts';
import { loadMeasureHistory, toMeasure } from './measures.ts';

/** What the charts, the progress story and the report read: each instrument from baseline to latest. */
function progressOf(instrumentId: InstrumentId, measures: readonly Measure[]): InstrumentProgress {
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
    name: INSTRUMENT_NAMES[instrumentId].full,
    headline: HEADLINES[instrumentId],
    count: measures.length,
    baseline,
    latest,
    change:
      hasTwo && isChangeInstrument(instrumentId)
        ? meaningfulChange(instrumentId, baseline.value, latest.value)
        : null,
    band:
      baseline && isChangeInstrument(instrumentId)
        ? meaningfulChangeBand(instrumentId, baseline.value)
        : null,
    comparison,
  };
}

/** Every time the member took one instrument, oldest first, with baseline, latest and the change. */
export async function instrumentHistory(
  db: Executor,
  actor: Actor,
  memberId: string,
  instrumentId: InstrumentId,
): Promise<InstrumentHistory> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const measures = (await listMeasures(db, memberId, instrumentId)).map(toMeasure);
  return { ...progressOf(instrumentId, measures), measures };
}

function latestStartBack(measures: readonly Measure[]): StartBackSummary | null {
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
  const measures = (await listMeasures(db, memberId)).map(toMeasure);
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
