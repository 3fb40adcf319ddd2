import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
// The API's shapes (src/contract), under the names this file's signatures use.
import type { DueToday, Measure, Snooze } from '../../contract/measures.ts';
import { type Assessment, addDays, daysBetween } from '../../core/engine/index.ts';
import {
  baselineFromAssessment,
  type DisabilityInstrument,
  type InstrumentId,
  type MeasureHistory,
  measuresDueToday,
  scheduledInstruments,
} from '../../core/outcomes/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import {
  findAssessedAge,
  findMeasure,
  findSnooze,
  insertMeasureOnce,
  insertSnoozeOnce,
  listSkips,
  listSnoozes,
  listTakenMeasures,
} from '../db/repositories/measures.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';
import { canonicalJson, headlineValue, instrumentOf } from './measure-values.ts';
import { idReused, lockMember } from './member-lock.ts';

/** How measures are recorded, scheduled and snoozed: the core scores and schedules, this stores. */

type MeasureRow = NonNullable<Awaited<ReturnType<typeof findMeasure>>>;

export function toMeasure(row: MeasureRow): Measure {
  const instrumentId = row.instrument_id as InstrumentId;
  return {
    id: row.id,
    instrumentId,
    takenOn: row.taken_on,
    answers: row.answers as Record<string, unknown>,
    score: row.score as Record<string, unknown>,
    value: headlineValue(instrumentId, row.score),
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

export interface MeasureInput {
  id: string;
  instrumentId: InstrumentId;
  takenOn: string;
  answers: Record<string, unknown>;
}

/** Only the configured disability questionnaire is asked; the other is not mixed into the history. */
export function assertInUse(instrumentId: InstrumentId, disability: DisabilityInstrument): void {
  if (scheduledInstruments(disability).includes(instrumentId)) return;
  throw new Refusal(
    'invalid',
    'instrument-not-in-use',
    'Questionnaire not in use',
    `Backstrong asks the ${disability} questionnaire here, not ${instrumentId}.`,
  );
}

/**
 * The chair-stand reference range depends on age and sex on the day of the test. Age is taken from the
 * assessment (plus the whole years since) unless the member gives it; sex is optional, and without it the
 * count is compared with the member's own first test.
 */
async function completeChairStand(
  db: Executor,
  userId: string,
  input: MeasureInput,
): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = { sex: null, ...input.answers };
  if (answers.age !== undefined) return answers;
  const assessment = await findAssessedAge(db, userId);
  const assessedAge = (assessment?.answers as { age?: unknown } | undefined)?.age;
  if (!assessment || typeof assessedAge !== 'number') {
    throw new Refusal(
      'invalid',
      'age-needed',
      'Age needed',
      'Please give your age with the chair-stand count: it chooses the range to compare with.',
    );
  }
  const assessedOn = new Date(assessment.created_at).toISOString().slice(0, 10);
  const yearsSince = Math.max(0, Math.floor(daysBetween(assessedOn, input.takenOn) / 365.25));
  return { ...answers, age: assessedAge + yearsSince };
}

/** Checks the answers with the instrument's own schema and scores them with its published scoring. */
function scoreMeasure(instrumentId: InstrumentId, answers: Record<string, unknown>) {
  const instrument = instrumentOf(instrumentId);
  const parsed = instrument.answersSchema.safeParse(answers);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${['answers', ...issue.path].join('.')}: ${issue.message}`,
    );
    throw new Refusal('invalid', 'invalid-answers', 'Invalid answers', issues.join('; '));
  }
  if (Object.keys(answers).length === 0) {
    throw new Refusal('invalid', 'no-answers', 'No answers', 'Answer at least one question.');
  }
  return { answers: parsed.data as Record<string, unknown>, score: instrument.score(parsed.data) };
}

/** Records a measure once per client id; the same id again answers with the first, other content is 409. */
export async function recordMeasure(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: MeasureInput,
  options: { disability: DisabilityInstrument; now: Date },
): Promise<{ isReplay: boolean; measure: Measure }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  assertInUse(input.instrumentId, options.disability);
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const given =
      input.instrumentId === 'chair-stand' ? await completeChairStand(trx, memberId, input) : input.answers;
    const scored = scoreMeasure(input.instrumentId, given);
    const existing = await findMeasure(trx, memberId, input.id);
    if (existing) {
      const isSame =
        existing.instrument_id === input.instrumentId &&
        existing.taken_on === input.takenOn &&
        canonicalJson(existing.answers) === canonicalJson(scored.answers);
      if (!isSame) throw idReused();
      return { isReplay: true, measure: toMeasure(existing) };
    }
    const isStored = await insertMeasureOnce(trx, { ...input, ...scored, userId: memberId, at: options.now });
    if (!isStored) throw idReused();
    const stored = await findMeasure(trx, memberId, input.id);
    if (!stored) throw new Error('measure vanished after insert');
    return { isReplay: false, measure: toMeasure(stored) };
  });
}

/**
 * The assessment's pain and chair stands, stored as the baseline measures of those two instruments, in the
 * assessment's own transaction: the charts, the report, the export and the coach read them as any other
 * measure, and the schedule does not ask them again.
 */
export async function recordAssessedBaseline(
  trx: Executor,
  memberId: string,
  assessment: Assessment,
  options: { takenOn: string; now: Date },
): Promise<void> {
  for (const baseline of baselineFromAssessment(assessment)) {
    const scored = scoreMeasure(baseline.instrumentId, baseline.answers);
    const isStored = await insertMeasureOnce(trx, {
      id: randomUUID(),
      userId: memberId,
      instrumentId: baseline.instrumentId,
      takenOn: options.takenOn,
      ...scored,
      at: options.now,
    });
    if (!isStored) throw new Error('a fresh measure id was already taken');
  }
}

/** What the core schedule needs: baseline, everything taken, every snooze and first-week skip. */
export async function loadMeasureHistory(
  db: Executor,
  userId: string,
  today: string,
  disability: DisabilityInstrument,
): Promise<MeasureHistory> {
  const taken = await listTakenMeasures(db, userId);
  const snoozes = await listSnoozes(db, userId);
  const skips = await listSkips(db, userId);
  // The baseline is the first day anything was measured; before that, the day the plan started, so
  // "due since" does not creep forward while the first measures wait.
  const plan = taken.length === 0 ? await findPlanRow(db, userId) : undefined;
  const planStartedOn = (plan?.plan as { startedOn?: string } | undefined)?.startedOn;
  return {
    baselineOn: taken[0]?.taken_on ?? planStartedOn ?? today,
    today,
    disability,
    taken: taken.map((row) => ({ instrumentId: row.instrument_id as InstrumentId, on: row.taken_on })),
    snoozes: snoozes.map((row) => ({
      instrumentId: row.instrument_id as InstrumentId,
      on: row.snoozed_on,
      days: row.days,
    })),
    skips: skips.map((row) => ({ instrumentId: row.instrument_id as InstrumentId, on: row.skipped_on })),
  };
}

export async function dueMeasures(
  db: Executor,
  actor: Actor,
  memberId: string,
  today: string,
  disability: DisabilityInstrument,
): Promise<DueToday> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const history = await loadMeasureHistory(db, memberId, today, disability);
  return { baselineOn: history.baselineOn, ...measuresDueToday(history) };
}

/** Hides a due measure from "Today" for 1–3 days; it stays due. Once per client id. */
export async function snoozeMeasure(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; instrumentId: InstrumentId; on: string; days: number },
  options: { disability: DisabilityInstrument; now: Date },
): Promise<{ isReplay: boolean; snooze: Snooze }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  assertInUse(input.instrumentId, options.disability);
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const existing = await findSnooze(trx, memberId, input.id);
    if (existing) {
      const isSame =
        existing.instrument_id === input.instrumentId &&
        existing.snoozed_on === input.on &&
        existing.days === input.days;
      if (!isSame) throw idReused();
      return { isReplay: true, snooze: { ...input, until: addDays(input.on, input.days) } };
    }
    const history = await loadMeasureHistory(trx, memberId, input.on, options.disability);
    const { due, snoozed } = measuresDueToday(history);
    const isDue = [...due, ...snoozed].some((measure) => measure.instrumentId === input.instrumentId);
    if (!isDue) {
      throw new Refusal(
        'conflict',
        'not-due',
        'Not due',
        `${instrumentOf(input.instrumentId).name} is not due on ${input.on}, so there is nothing to snooze.`,
      );
    }
    if (!(await insertSnoozeOnce(trx, { ...input, userId: memberId, at: options.now }))) throw idReused();
    return { isReplay: false, snooze: { ...input, until: addDays(input.on, input.days) } };
  });
}
