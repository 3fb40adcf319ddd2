import type { Kysely } from 'kysely';
// The API's shapes (src/contract), under the names this file's signatures use.
import type { LoggedSet, Workout } from '../../contract/training.ts';
import {
  type AfterSet,
  afterSet,
  applyCheckIn,
  type Decision,
  type Effort,
  finishWorkout,
  type HeldWorkout,
  heldWorkout,
  type NextWorkout,
  nextWorkout,
  type SetLog,
  setRefusal,
} from '../../core/engine/index.ts';
import {
  freeProgramEndsOn,
  type PremiumNeededWorkout,
  premiumNeededWorkout,
} from '../../core/membership/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import { insertDecisions, listDecisionsOf } from '../db/repositories/decisions.ts';
import { updatePlan } from '../db/repositories/plan.ts';
import {
  findCheckIn,
  findSetLog,
  findWorkout,
  findWorkoutInProgress,
  insertCheckInOnce,
  insertSetLogOnce,
  insertWorkoutOnce,
  listFinishedWorkoutDates,
  listSetLogs,
  listWorkouts,
  markWorkoutFinished,
  type SetLogRow,
  type WorkoutRow,
} from '../db/repositories/workouts.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, notFound, Refusal } from './errors.ts';
import { idReused, lockMember } from './member-lock.ts';
import { hasFeature, premiumNeeded } from './membership.ts';
import { refusedByPain } from './pain-refusals.ts';
import { loadPlan, rowToDecision } from './plan.ts';
import { currentHold, refuseWhileHeld } from './safety-hold.ts';
import type { SetLogBatcher } from './set-log-batcher.ts';
import { assertAfterLastWorkout, assertCheckInHasWorkout, lastWorkoutDay } from './timeline.ts';

function toSet(row: SetLogRow): LoggedSet {
  return {
    id: row.id,
    exerciseId: row.exercise_id,
    reps: row.reps,
    ...(row.good_reps !== null && { goodReps: row.good_reps }),
    level: row.level,
    load: row.load,
    pain: row.pain,
    faults: row.faults,
    measuredBy: row.measured_by,
    loggedAt: new Date(row.logged_at).toISOString(),
  };
}

/** The set as it is stored and answered: counted by the member unless it says otherwise. */
function asLogged(set: SetLog, id: string, now: Date): LoggedSet {
  return { ...set, id, measuredBy: set.measuredBy ?? 'member', loggedAt: now.toISOString() };
}

function toWorkout(row: WorkoutRow, sets: SetLogRow[], decisions: Decision[]): Workout {
  return {
    id: row.id,
    date: row.date,
    status: row.status,
    painBefore: row.pain_before,
    effort: row.effort,
    newSymptoms: row.new_symptoms,
    prescription: row.prescription,
    sets: sets.filter((set) => set.workout_id === row.id).map(toSet),
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    decisions,
  };
}

/** A workout of this member, or 404 (also for another member's: ids are not confirmed to outsiders). */
async function ownWorkout(
  db: Executor,
  memberId: string,
  workoutId: string,
  options: { forUpdate?: boolean } = {},
): Promise<WorkoutRow> {
  const row = await findWorkout(db, memberId, workoutId, options);
  if (!row) throw notFound('There is no such workout.');
  return row;
}

export async function readWorkout(
  db: Executor,
  actor: Actor,
  memberId: string,
  workoutId: string,
): Promise<Workout> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const row = await ownWorkout(db, memberId, workoutId);
  const decisions = await listDecisionsOf(db, memberId, workoutId);
  return toWorkout(row, await listSetLogs(db, memberId, [row.id]), decisions.map(rowToDecision));
}

export async function listWorkoutHistory(
  db: Executor,
  actor: Actor,
  memberId: string,
  page: { limit: number; offset: number },
): Promise<Workout[]> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const rows = await listWorkouts(db, memberId, page.limit, page.offset);
  const sets = await listSetLogs(
    db,
    memberId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toWorkout(row, sets, []));
}

/** What to do next: a workout already under way, or the next one the plan prescribes. */
export async function whatIsNext(
  db: Executor,
  actor: Actor,
  memberId: string,
  today: string,
  membership: { billing: Billing; now: Date },
): Promise<{ inProgress: Workout | null; next: NextWorkout | HeldWorkout | PremiumNeededWorkout }> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const inProgressRow = await findWorkoutInProgress(db, memberId);
  const inProgress = inProgressRow
    ? toWorkout(inProgressRow, await listSetLogs(db, memberId, [inProgressRow.id]), [])
    : null;
  // On a safety hold there is no workout, with or without a plan yet.
  const hold = await currentHold(db, memberId);
  if (hold) return { inProgress, next: heldWorkout(hold) };
  const plan = await loadPlan(db, memberId);
  const history = await listFinishedWorkoutDates(db, memberId);
  const next = nextWorkout(plan, history, today);
  // A pause comes first (it is about safety); then whether the tier has this day of the program.
  if (next.status === 'ready' && !(await mayTrainOn(db, membership, memberId, plan.startedOn, next.date))) {
    return { inProgress, next: premiumNeededWorkout(plan.startedOn) };
  }
  return { inProgress, next };
}

/** The free weeks of the program are everyone's; after them, the whole program is a premium feature. */
async function mayTrainOn(
  db: Executor,
  membership: { billing: Billing; now: Date },
  memberId: string,
  planStartedOn: string,
  day: string,
): Promise<boolean> {
  if (day < freeProgramEndsOn(planStartedOn)) return true;
  return hasFeature(db, membership.billing, memberId, 'full-program', membership.now);
}

/**
 * Starts a workout on the given day with what the plan prescribes then. One workout is under way at a
 * time; starting again with the same id answers with that workout.
 */
export async function startWorkout(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; date: string; painBefore: number },
  now: Date,
  billing: Billing,
): Promise<{ isReplay: boolean; workout: Workout }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const existing = await findWorkout(trx, memberId, input.id);
    if (existing) {
      return {
        isReplay: true,
        workout: toWorkout(existing, await listSetLogs(trx, memberId, [existing.id]), []),
      };
    }
    await refuseWhileHeld(trx, memberId);
    const plan = await loadPlan(trx, memberId, { forUpdate: true });
    const underway = await findWorkoutInProgress(trx, memberId);
    if (underway) {
      throw new Refusal(
        'conflict',
        'workout-in-progress',
        'A workout is already under way',
        `Your workout of ${underway.date} is still open: finish it before starting another.`,
      );
    }
    const finished = await listFinishedWorkoutDates(trx, memberId);
    assertAfterLastWorkout(lastWorkoutDay(plan.lastWorkoutOn, finished), input.date);
    const next = nextWorkout(plan, finished, input.date);
    if (next.status === 'paused') {
      throw new Refusal('conflict', 'plan-paused', 'Your plan is paused', next.message);
    }
    if (!(await mayTrainOn(trx, { billing, now }, memberId, plan.startedOn, input.date))) {
      throw premiumNeeded(premiumNeededWorkout(plan.startedOn).message);
    }
    const isStored = await insertWorkoutOnce(trx, {
      ...input,
      userId: memberId,
      prescription: next.exercises,
      now,
    });
    if (!isStored) throw idReused();
    const row = await findWorkout(trx, memberId, input.id);
    if (!row) throw new Error('workout vanished after insert');
    return { isReplay: false, workout: toWorkout(row, [], []) };
  });
}

/**
 * Logs one set under the client's id. The same id again (a retry) stores nothing new and answers with
 * the set as first stored; the same id with other content is refused rather than silently ignored.
 * The answer says what the in-workout pain rule makes of the set: carry on, stop this exercise for today,
 * or (pain 8/10 or more) the workout has ended, finished here with the pause. A set the rule has stopped
 * (that exercise at that level today, or anything after the workout ended) is refused, saying why.
 */
export async function logSet(
  deps: { db: Kysely<Database>; batcher: SetLogBatcher },
  actor: Actor,
  memberId: string,
  input: { workoutId: string; setId: string; set: SetLog },
  now: Date,
): Promise<{ isReplay: boolean; set: LoggedSet; whatNext: AfterSet }> {
  await requireAccess(deps.db, { actor, permission: 'member.data.write', memberId });
  const { db } = deps;
  // The common case goes in with other members' sets in one statement; anything unusual (a retry, a
  // closed workout, another member's id, a workout where pain has stopped something) takes the slow
  // path, which finds out why and says so.
  const submitted = await deps.batcher.submit({
    id: input.setId,
    userId: memberId,
    workoutId: input.workoutId,
    ...input.set,
    at: now,
  });
  const stored = submitted.isStored
    ? { isReplay: false, set: asLogged(input.set, input.setId, now), painBefore: submitted.painBefore }
    : await logSetSlowly(db, memberId, input, now);
  const whatNext = afterSet(stored.set, stored.painBefore, stored.set.loggedAt);
  if (whatNext.kind === 'end-workout') await endWorkoutForPain(db, memberId, input.workoutId, now);
  return { isReplay: stored.isReplay, set: stored.set, whatNext };
}

async function logSetSlowly(
  db: Kysely<Database>,
  memberId: string,
  input: { workoutId: string; setId: string; set: SetLog },
  now: Date,
): Promise<{ isReplay: boolean; set: LoggedSet; painBefore: number }> {
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    // Another member's workout is not there, whichever set id comes with it.
    const workout = await ownWorkout(trx, memberId, input.workoutId);
    const earlier = await findSetLog(trx, memberId, input.setId);
    if (earlier) {
      if (earlier.workout_id !== input.workoutId) throw idReused();
      const stored = toSet(earlier);
      if (!isSameSet(stored, input.set)) throw idReused();
      return { isReplay: true, set: stored, painBefore: workout.pain_before };
    }
    await refuseWhileHeld(trx, memberId);
    const sets = (await listSetLogs(trx, memberId, [workout.id])).map(toSet);
    const refusal = setRefusal(sets, workout.pain_before, input.set);
    if (refusal?.reason === 'workout-ended-for-pain') throw refusedByPain(refusal, input.set.level);
    if (workout.status === 'finished') {
      throw new Refusal(
        'conflict',
        'workout-finished',
        'Workout already finished',
        'This workout is finished, so no more sets can be added to it.',
      );
    }
    if (refusal) throw refusedByPain(refusal, input.set.level);
    const prescribed = workout.prescription.map((item) => item.exerciseId);
    if (!prescribed.includes(input.set.exerciseId)) {
      throw new Refusal(
        'invalid',
        'not-in-workout',
        'Exercise not in this workout',
        `This workout has no ${input.set.exerciseId}.`,
      );
    }
    const isStored = await insertSetLogOnce(trx, {
      id: input.setId,
      userId: memberId,
      workoutId: input.workoutId,
      ...input.set,
      at: now,
    });
    if (!isStored) throw idReused();
    return { isReplay: false, set: asLogged(input.set, input.setId, now), painBefore: workout.pain_before };
  });
}

/**
 * Pain 8/10 or more ends the workout as the set arrives: it is finished here with the sets so far and
 * the pause, as the member will not answer the finish question. Safe to run twice (a retried set).
 */
async function endWorkoutForPain(db: Kysely<Database>, memberId: string, workoutId: string, now: Date) {
  await db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const workout = await ownWorkout(trx, memberId, workoutId, { forUpdate: true });
    if (workout.status === 'finished') return;
    await finishOpenWorkout(trx, memberId, workout, { effort: null, newSymptoms: false }, now);
  });
}

function isSameSet(stored: LoggedSet, incoming: SetLog): boolean {
  return (
    stored.exerciseId === incoming.exerciseId &&
    stored.reps === incoming.reps &&
    (stored.goodReps ?? null) === (incoming.goodReps ?? null) &&
    stored.measuredBy === (incoming.measuredBy ?? 'member') &&
    stored.level === incoming.level &&
    stored.pain === incoming.pain &&
    JSON.stringify(stored.load) === JSON.stringify(incoming.load) &&
    JSON.stringify([...stored.faults].sort()) === JSON.stringify([...incoming.faults].sort())
  );
}

/**
 * Finishes a workout: the engine judges the logged sets and changes the plan, and every decision is
 * stored with its sentence. Finishing twice answers with the first result.
 */
export async function finish(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { workoutId: string; effort: Effort; newSymptoms: boolean },
  now: Date,
): Promise<Workout> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const workout = await ownWorkout(trx, memberId, input.workoutId, { forUpdate: true });
    const sets = await listSetLogs(trx, memberId, [workout.id]);
    if (workout.status === 'finished') {
      const decisions = await listDecisionsOf(trx, memberId, workout.id);
      return toWorkout(workout, sets, decisions.map(rowToDecision));
    }
    const outcome = await finishOpenWorkout(trx, memberId, workout, input, now);
    const finished = await ownWorkout(trx, memberId, workout.id);
    return toWorkout(finished, sets, outcome.decisions);
  });
}

/**
 * The engine judges the logged sets and changes the plan; every decision is stored with its sentence.
 * No effort (a workout that pain ended) is judged as one the member could not finish.
 */
async function finishOpenWorkout(
  trx: Executor,
  memberId: string,
  workout: WorkoutRow,
  answer: { effort: Effort | null; newSymptoms: boolean },
  now: Date,
) {
  const sets = await listSetLogs(trx, memberId, [workout.id]);
  const plan = await loadPlan(trx, memberId, { forUpdate: true });
  const outcome = finishWorkout(
    plan,
    {
      date: workout.date,
      painBefore: workout.pain_before,
      effort: answer.effort ?? 'could-not-finish',
      newSymptoms: answer.newSymptoms,
      sets: sets.map(toSet),
    },
    { at: now.toISOString() },
  );
  await updatePlan(trx, memberId, outcome.plan, now);
  await markWorkoutFinished(trx, memberId, workout.id, { ...answer, now });
  await insertDecisions(trx, memberId, { kind: 'workout', id: workout.id }, outcome.decisions, now);
  return outcome;
}

/** The next-morning check-in; once per id, and the engine applies it once per workout. */
export async function checkIn(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { id: string; workoutOn: string; pain: number; newSymptoms: boolean },
  now: Date,
): Promise<{ isReplay: boolean; decisions: Decision[] }> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const earlier = await findCheckIn(trx, memberId, input.id);
    if (earlier) {
      return {
        isReplay: true,
        decisions: (await listDecisionsOf(trx, memberId, input.id)).map(rowToDecision),
      };
    }
    await assertCheckInHasWorkout(trx, memberId, input.workoutOn);
    const plan = await loadPlan(trx, memberId, { forUpdate: true });
    const outcome = applyCheckIn(plan, { ...input, at: now.toISOString() });
    if (!(await insertCheckInOnce(trx, { ...input, userId: memberId, at: now }))) throw idReused();
    await updatePlan(trx, memberId, outcome.plan, now);
    await insertDecisions(trx, memberId, { kind: 'check-in', id: input.id }, outcome.decisions, now);
    return { isReplay: false, decisions: outcome.decisions };
  });
}
