import type { Kysely } from 'kysely';
import { z } from 'zod';
import { trainingProgressSchema } from '../../contract/progress.ts';
import { planSchema, setLogSchema } from '../../core/engine/index.ts';
import type { DisabilityInstrument, InstrumentId } from '../../core/outcomes/index.ts';
import {
  buildTrainingProgress,
  type HistoryScreen,
  type ProgressHistory,
} from '../../core/progress/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { listPauseChanges } from '../db/repositories/decisions.ts';
import { listMeasures } from '../db/repositories/measures.ts';
import {
  listAllScreens,
  listAllSetLogs,
  listAllWorkouts,
  listCheckIns,
} from '../db/repositories/member-data.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from './errors.ts';
import { headlineValue } from './measure-values.ts';
import { rowToDecision } from './plan.ts';
import { keepProgress, keptProgressJson, memberDataVersion } from './progress-cache.ts';

/**
 * A member's training progress as JSON text: the stored history read in one consistent snapshot, checked,
 * mapped to the core's plain shape, built by the core and checked against the contract. Moments (a
 * decision, a screen) count on their UTC day. What was built is kept until the member's data, day or
 * questionnaire moves, and a kept answer is sent as it is, with nothing parsed, checked or serialised
 * again (progress-cache.ts).
 */
export async function trainingProgressJson(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  today: string,
  disability: DisabilityInstrument,
): Promise<string> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const key = { memberId, today, disability };
  const kept = await keptProgressJson(db, key);
  if (kept !== undefined) return kept;
  const built = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const version = await memberDataVersion(trx, memberId);
      const history = await loadHistory(trx, memberId, today, disability);
      return { version, progress: trainingProgressSchema.parse(buildTrainingProgress(history)) };
    });
  const json = JSON.stringify(built.progress);
  await keepProgress(db, key, built.version, json);
  return json;
}

const dayOf = (moment: Date | string) => new Date(moment).toISOString().slice(0, 10);

/** Older screens may lack a question added since: it was not asked then, which is not a "yes". */
const storedAnswersSchema = z.record(z.string(), z.boolean());

/** The member's stored history as the core reads it; call it inside one snapshot (a repeatable-read transaction). */
export async function loadHistory(
  db: Executor,
  userId: string,
  today: string,
  disability: DisabilityInstrument,
): Promise<ProgressHistory> {
  const [planRow, workouts, sets, checkIns, pauses, screens, measures] = await Promise.all([
    findPlanRow(db, userId),
    listAllWorkouts(db, userId),
    listAllSetLogs(db, userId),
    listCheckIns(db, userId),
    listPauseChanges(db, userId),
    listAllScreens(db, userId),
    listMeasures(db, userId),
  ]);
  const setsByWorkout = new Map<string, typeof sets>();
  for (const set of sets) {
    const ofWorkout = setsByWorkout.get(set.workout_id);
    if (ofWorkout) ofWorkout.push(set);
    else setsByWorkout.set(set.workout_id, [set]);
  }
  return {
    today,
    plan: planRow ? planSchema.parse(planRow.plan) : null,
    workouts: workouts.map((row) => ({
      id: row.id,
      date: row.date,
      status: row.status,
      sets: (setsByWorkout.get(row.id) ?? []).map((set) =>
        setLogSchema.parse({
          exerciseId: set.exercise_id,
          reps: set.reps,
          level: set.level,
          load: set.load,
          pain: set.pain,
          faults: set.faults,
        }),
      ),
    })),
    checkIns: checkIns.map((row) => ({ workoutOn: row.workout_on, pain: row.pain })),
    decisions: pauses.map((row) => ({
      ...rowToDecision(row),
      on: dayOf(row.made_at),
    })),
    screens: screens.map(
      (row): HistoryScreen => ({
        on: dayOf(row.screened_at),
        answers: storedAnswersSchema.parse(row.answers),
        outcome: row.outcome,
      }),
    ),
    measures: measures.map((row) => ({
      instrumentId: row.instrument_id as InstrumentId,
      takenOn: row.taken_on,
      value: headlineValue(row.instrument_id as InstrumentId, row.score),
    })),
    disabilityInstrument: disability,
  };
}
