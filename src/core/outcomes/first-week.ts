/**
 * The first week: the baseline spread out, one short check-up a day, instead of every questionnaire on the
 * day the member has just answered the safety questions and the assessment.
 *
 * The assessment's pain ratings and chair stands are the baseline of pain and of the chair stand test, so
 * those two are not asked again. The other baseline questionnaires come one a day from the day after the
 * baseline day, in the schedule's order. A day's check-up is done when one is taken or skipped that day,
 * so a member is never handed a second one on the same day.
 *
 * Skipping (once per questionnaire) moves it behind the ones still waiting: it comes back on a later day,
 * after them, and cannot be skipped a second time. A day the app is not opened moves nothing: the check-up
 * simply waits, like every due measure.
 */
import { z } from 'zod';
import { addDays } from '../engine/dates.ts';
import { INSTRUMENT_IDS, type InstrumentId } from './instrument.ts';
import { isMeasuredByAssessment } from './instruments.ts';

/** The baseline questionnaires left for the first week, in the order they are asked. */
export function firstWeekInstruments(scheduled: readonly InstrumentId[]): InstrumentId[] {
  return scheduled.filter((instrumentId) => !isMeasuredByAssessment(instrumentId));
}

export const measureSkipSchema = z.object({
  instrumentId: z.enum(INSTRUMENT_IDS),
  on: z.iso.date({ error: 'expected a date like 2026-01-31' }),
});
/** A first-week check-up put behind the others, on the day the member chose "Not today". */
export type MeasureSkip = z.infer<typeof measureSkipSchema>;

export interface FirstWeekInput {
  baselineOn: string;
  today: string;
  /** The scheduled instruments, in the schedule's order. */
  scheduled: readonly InstrumentId[];
  taken: readonly { instrumentId: InstrumentId; on: string }[];
  skips: readonly MeasureSkip[];
}

export interface FirstWeekCheckUp {
  instrumentId: InstrumentId;
  /** The day after the previous check-up was done: it has waited since then. */
  dueSince: string;
  /** A first-week check-up may be skipped once; after that it stays until it is taken. */
  canSkip: boolean;
}

export interface FirstWeekPlan {
  /** Today's check-up, or null: none left, one already done today, or still the baseline day. */
  today: FirstWeekCheckUp | null;
  /** What comes after, one a day, if the member takes each on its day. */
  next: { instrumentId: InstrumentId; on: string }[];
}

/** The first skip of each instrument is the one that counts: a skip is allowed once. */
function firstSkipOf(instrumentId: InstrumentId, input: FirstWeekInput): MeasureSkip | undefined {
  return input.skips
    .filter((skip) => skip.instrumentId === instrumentId && skip.on <= input.today)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))[0];
}

/**
 * The first-week check-ups still waiting, in the order they come: those never skipped in the schedule's
 * order, then the skipped ones in the order they were skipped.
 */
export function firstWeekQueue(
  input: FirstWeekInput,
): { instrumentId: InstrumentId; skippedOn: string | null }[] {
  const takenIds = new Set(
    input.taken.filter((taken) => taken.on <= input.today).map((taken) => taken.instrumentId),
  );
  const waiting = firstWeekInstruments(input.scheduled)
    .filter((instrumentId) => !takenIds.has(instrumentId))
    .map((instrumentId, order) => ({
      instrumentId,
      order,
      skippedOn: firstSkipOf(instrumentId, input)?.on ?? null,
    }));
  const fresh = waiting.filter((entry) => entry.skippedOn === null);
  const skipped = waiting
    .filter((entry) => entry.skippedOn !== null)
    .sort((a, b) => (a.skippedOn ?? '').localeCompare(b.skippedOn ?? '') || a.order - b.order);
  return [...fresh, ...skipped].map(({ instrumentId, skippedOn }) => ({ instrumentId, skippedOn }));
}

/** The last day a first-week check-up was taken or skipped, up to today. */
function lastDoneOn(input: FirstWeekInput): string | null {
  const firstWeek = new Set(firstWeekInstruments(input.scheduled));
  const days = [
    ...input.taken.filter((taken) => firstWeek.has(taken.instrumentId)).map((taken) => taken.on),
    ...input.skips.filter((skip) => firstWeek.has(skip.instrumentId)).map((skip) => skip.on),
  ].filter((on) => on <= input.today);
  return days.sort().at(-1) ?? null;
}

export function firstWeekPlan(input: FirstWeekInput): FirstWeekPlan {
  const queue = firstWeekQueue(input);
  if (input.today < input.baselineOn) return { today: null, next: [] };
  const done = lastDoneOn(input);
  const isTodayFree = input.today > input.baselineOn && done !== input.today;
  const [head, ...rest] = queue;
  const startsOn = isTodayFree ? input.today : addDays(input.today, 1);
  const next = (isTodayFree ? rest : queue).map((entry, index) => ({
    instrumentId: entry.instrumentId,
    on: addDays(startsOn, isTodayFree ? index + 1 : index),
  }));
  if (!isTodayFree || head === undefined) return { today: null, next };
  const dueSince =
    done !== null && done >= input.baselineOn ? addDays(done, 1) : addDays(input.baselineOn, 1);
  return {
    today: {
      instrumentId: head.instrumentId,
      dueSince,
      canSkip: head.skippedOn === null,
    },
    next,
  };
}
