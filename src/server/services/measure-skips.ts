import type { Kysely } from 'kysely';
import type { Skip } from '../../contract/measures.ts';
import { addDays } from '../../core/engine/index.ts';
import {
  type DisabilityInstrument,
  INSTRUMENT_NAMES,
  type InstrumentId,
  type MeasureHistory,
  measuresDueToday,
} from '../../core/outcomes/index.ts';
import { requireAccess } from '../access/access.ts';
import { findSkip, insertSkipOnce } from '../db/repositories/measures.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';
import { assertInUse, loadMeasureHistory } from './measures.ts';
import { idReused, lockMember } from './member-lock.ts';

/**
 * Skipping a first-week questionnaire: "Not today" on the day's check-up. It moves behind the ones still
 * waiting and comes back on a later day; each may be skipped once, and only on a day it is the check-up.
 */

/** The day a skipped questionnaire comes back, read from the schedule with the skip counted in. */
function comesBackOn(history: MeasureHistory, instrumentId: InstrumentId): string {
  const { firstWeekNext } = measuresDueToday(history);
  return firstWeekNext.find((next) => next.instrumentId === instrumentId)?.on ?? addDays(history.today, 1);
}

function notSkippable(instrumentId: InstrumentId, on: string, hasSkipped: boolean): Refusal {
  const name = INSTRUMENT_NAMES[instrumentId].plain;
  if (hasSkipped) {
    return new Refusal(
      'conflict',
      'skipped-before',
      'Skipped once already',
      `The ${name.toLowerCase()} was skipped once already; it stays on Today until you take it.`,
    );
  }
  return new Refusal(
    'conflict',
    'not-skippable',
    'Nothing to skip',
    `The ${name.toLowerCase()} is not the first-week check-up on ${on}, so there is nothing to skip.`,
  );
}

/** Records the skip once per client id; the same id again answers with the first, other content is 409. */
export async function skipMeasure(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; instrumentId: InstrumentId; on: string },
  options: { disability: DisabilityInstrument; now: Date },
): Promise<{ isReplay: boolean; skip: Skip }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  assertInUse(input.instrumentId, options.disability);
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const existing = await findSkip(trx, memberId, input.id);
    if (existing) {
      const isSame = existing.instrument_id === input.instrumentId && existing.skipped_on === input.on;
      if (!isSame) throw idReused();
      const history = await loadMeasureHistory(trx, memberId, input.on, options.disability);
      return { isReplay: true, skip: { ...input, comesBackOn: comesBackOn(history, input.instrumentId) } };
    }
    const before = await loadMeasureHistory(trx, memberId, input.on, options.disability);
    const checkUp = measuresDueToday(before).due.find(
      (measure) => measure.instrumentId === input.instrumentId && measure.kind === 'first-week',
    );
    if (!checkUp?.canSkip) {
      const hasSkipped = before.skips.some((skip) => skip.instrumentId === input.instrumentId);
      throw notSkippable(input.instrumentId, input.on, hasSkipped);
    }
    if (!(await insertSkipOnce(trx, { ...input, userId: memberId, at: options.now }))) throw idReused();
    const after = { ...before, skips: [...before.skips, { instrumentId: input.instrumentId, on: input.on }] };
    return { isReplay: false, skip: { ...input, comesBackOn: comesBackOn(after, input.instrumentId) } };
  });
}
