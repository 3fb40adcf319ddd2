/**
 * When each measure is due. The baseline is the assessment's pain and chair stands, then the other
 * questionnaires one a day through the first week (`first-week.ts`); after that pain every week and the rest
 * every 4 weeks, on occasions counted from the baseline date so the 4-weekly measures fall on the same day and
 * make one short check, not four scattered ones.
 *
 * A due measure stays due until it is taken: a missed occasion is not skipped, it waits (and says since
 * when). A member may snooze it for a few days; the snooze hides it from "Today" until it ends, and it is
 * then due again. A measure taken a little early (within `countsFromDaysBefore`) counts for the coming
 * occasion, so a late answer is not asked again a day later.
 */
import { z } from 'zod';
import { addDays, daysBetween } from '../engine/dates.ts';
import type { DisabilityInstrument } from './disability.ts';
import { firstWeekInstruments, firstWeekPlan, type MeasureSkip } from './first-week.ts';
import { INSTRUMENT_IDS, type InstrumentId } from './instrument.ts';

export const MEASURE_SCHEDULE = {
  weekly: { everyDays: 7, countsFromDaysBefore: 2 },
  fourWeekly: { everyDays: 28, countsFromDaysBefore: 7 },
  /** The longest one snooze may last: "a few days". */
  snoozeDaysMost: 3,
} as const;

type Cadence = (typeof MEASURE_SCHEDULE)['weekly' | 'fourWeekly'];

function cadenceOf(instrumentId: InstrumentId): Cadence {
  return instrumentId === 'pain' ? MEASURE_SCHEDULE.weekly : MEASURE_SCHEDULE.fourWeekly;
}

/** The configured disability questionnaire, then pain, STarT Back, chair stands and HOOS-12. */
export function scheduledInstruments(disability: DisabilityInstrument): InstrumentId[] {
  return [disability, 'pain', 'start-back', 'chair-stand', 'hoos-12'];
}

const isoDateSchema = z.iso.date({ error: 'expected a date like 2026-01-31' });
const instrumentIdSchema = z.enum(INSTRUMENT_IDS);

export const takenMeasureSchema = z.object({ instrumentId: instrumentIdSchema, on: isoDateSchema });
export type TakenMeasure = z.infer<typeof takenMeasureSchema>;

export const snoozeSchema = z.object({
  instrumentId: instrumentIdSchema,
  on: isoDateSchema,
  days: z
    .int()
    .min(1)
    .max(MEASURE_SCHEDULE.snoozeDaysMost, `a snooze lasts at most ${MEASURE_SCHEDULE.snoozeDaysMost} days`),
});
export type Snooze = z.infer<typeof snoozeSchema>;

export interface MeasureHistory {
  baselineOn: string;
  today: string;
  disability: DisabilityInstrument;
  taken: readonly TakenMeasure[];
  snoozes: readonly Snooze[];
  /** First-week check-ups put behind the others ("Not today"), once each. */
  skips: readonly MeasureSkip[];
}

export interface DueMeasure {
  instrumentId: InstrumentId;
  /** The first occasion not yet answered: it stays the same until the measure is taken. */
  dueSince: string;
  /** A baseline questionnaire of the first week (one a day), or a measure on its regular occasion. */
  kind: 'first-week' | 'regular';
  /** Only a first-week check-up may be skipped, and only once; a regular one may be snoozed. */
  canSkip: boolean;
}

export interface SnoozedMeasure extends DueMeasure {
  /** The day it shows on "Today" again. */
  until: string;
}

/** The first unanswered occasion on or before today, or null when the measure is not due. */
export function dueSince(instrumentId: InstrumentId, history: MeasureHistory): string | null {
  const { baselineOn, today } = history;
  const sinceBaseline = daysBetween(baselineOn, today);
  if (sinceBaseline < 0) return null;
  const { everyDays, countsFromDaysBefore } = cadenceOf(instrumentId);
  const lastTaken = history.taken
    .filter((taken) => taken.instrumentId === instrumentId && taken.on <= today)
    .map((taken) => taken.on)
    .sort()
    .at(-1);
  const latestOccasion = Math.floor(sinceBaseline / everyDays);
  if (lastTaken === undefined) return baselineOn;
  // An occasion is answered by a taking on or after (occasion − countsFromDaysBefore).
  const answeredUpTo = daysBetween(baselineOn, lastTaken) + countsFromDaysBefore;
  const firstUnanswered = Math.max(0, Math.floor(answeredUpTo / everyDays) + 1);
  return firstUnanswered <= latestOccasion ? addDays(baselineOn, firstUnanswered * everyDays) : null;
}

/** The snooze that hides a measure today, if one was made since it fell due and has not run out. */
function activeSnoozeUntil(
  instrumentId: InstrumentId,
  since: string,
  history: MeasureHistory,
): string | null {
  const ends = history.snoozes
    .filter(
      (snooze) => snooze.instrumentId === instrumentId && snooze.on >= since && snooze.on <= history.today,
    )
    .map((snooze) => addDays(snooze.on, Math.min(snooze.days, MEASURE_SCHEDULE.snoozeDaysMost)))
    .filter((until) => until > history.today)
    .sort();
  return ends.at(-1) ?? null;
}

/**
 * The measures due today, and those due but snoozed: a snoozed measure is listed, not dropped, so a screen
 * can say "later" and nothing is lost. A first-week questionnaire never yet taken is due only on its own
 * day of the first week; `firstWeekNext` says which comes on which day after today.
 */
export function measuresDueToday(history: MeasureHistory): {
  due: DueMeasure[];
  snoozed: SnoozedMeasure[];
  firstWeekNext: { instrumentId: InstrumentId; on: string }[];
} {
  const due: DueMeasure[] = [];
  const snoozed: SnoozedMeasure[] = [];
  const scheduled = scheduledInstruments(history.disability);
  const everTaken = new Set(
    history.taken.filter((taken) => taken.on <= history.today).map((taken) => taken.instrumentId),
  );
  const waitsForFirstWeek = new Set(firstWeekInstruments(scheduled).filter((id) => !everTaken.has(id)));
  const firstWeek = firstWeekPlan({ ...history, scheduled });
  const place = (measure: DueMeasure) => {
    const until = activeSnoozeUntil(measure.instrumentId, measure.dueSince, history);
    if (until === null) due.push(measure);
    else snoozed.push({ ...measure, until });
  };
  for (const instrumentId of scheduled) {
    if (waitsForFirstWeek.has(instrumentId)) {
      if (firstWeek.today?.instrumentId === instrumentId) place({ ...firstWeek.today, kind: 'first-week' });
      continue;
    }
    const since = dueSince(instrumentId, history);
    if (since !== null) place({ instrumentId, dueSince: since, kind: 'regular', canSkip: false });
  }
  return { due, snoozed, firstWeekNext: firstWeek.next };
}
