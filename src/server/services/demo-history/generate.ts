/**
 * Months of history for one member, made by the app itself: a simulated person (member-model.ts) answers
 * the safety questions and the assessment, trains on the days the engine schedules, logs the sets the
 * engine prescribes, checks in the next morning and takes the measures the schedule says are due. Every
 * write goes through the same services the API calls, at the simulated moment (`now`), so what is stored
 * is exactly what the app would have stored had the member really done it.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type Assessment,
  addDays,
  afterSet,
  type Effort,
  type Prescription,
} from '../../../core/engine/index.ts';
import {
  baselineFromAssessment,
  type DisabilityInstrument,
  type InstrumentId,
} from '../../../core/outcomes/index.ts';
import { noRedFlags } from '../../../core/red-flags/index.ts';
import { EVERYTHING_INCLUDED } from '../../billing/billing.ts';
import { backdateAccount } from '../../db/repositories/users.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../errors.ts';
import { dueMeasures, recordMeasure, snoozeMeasure } from '../measures.ts';
import { loadPlan, screenSymptoms, startPlan } from '../plan.ts';
import { clearSafetyHold } from '../safety-hold.ts';
import { createSetLogBatcher } from '../set-log-batcher.ts';
import { checkIn, finish, logSet, startWorkout, whatIsNext } from '../workouts.ts';
import { createMember, type Member } from './member-model.ts';

export const DEMO_ASSESSMENT: Assessment = {
  age: 62,
  painNow: 6,
  painWorstLastWeek: 7,
  surgery: null,
  chairStands: 9,
  equipment: {
    bands: ['light', 'medium', 'heavy'],
    dumbbellsKg: [4, 6, 8],
    kettlebellsKg: [8, 12, 16],
    cableKg: [],
  },
  comfortableRange: { squat: 'slight-bend', hinge: 'halfway' },
  daysPerWeek: 3,
  weightUnit: 'kg',
  redFlags: noRedFlags(),
};

export interface HistoryOptions {
  userId: string;
  /** The end of the history (usually now): nothing is generated after it. */
  until: Date;
  /** How many days back the history starts. */
  days?: number;
  seed?: number;
  disability: DisabilityInstrument;
  /** Stops the making between two days (the server is stopping); what is stored so far stays. */
  signal?: AbortSignal;
}

export interface HistorySummary {
  startedOn: string;
  lastDay: string;
  workouts: number;
  sets: number;
  checkIns: number;
  measures: number;
  snoozes: number;
}

const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`);
const minutesLater = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * 60_000);

export async function generateHistory(
  db: Kysely<Database>,
  options: HistoryOptions,
): Promise<HistorySummary> {
  const days = options.days ?? 182;
  const actor: Actor = { id: options.userId, role: 'member' };
  const startedOn = addDays(options.until.toISOString().slice(0, 10), -days);
  const member = createMember(options.seed ?? 20260302, days, DEMO_ASSESSMENT.equipment);
  const batcher = createSetLogBatcher(db);
  const summary: HistorySummary = {
    startedOn,
    lastDay: startedOn,
    workouts: 0,
    sets: 0,
    checkIns: 0,
    measures: 0,
    snoozes: 0,
  };
  const isPast = (moment: Date) => moment.getTime() <= options.until.getTime();

  await backdateAccount(db, actor.id, at(startedOn, '07:55'));
  await screenSymptoms(
    db,
    actor,
    actor.id,
    { id: randomUUID(), answers: noRedFlags(), context: 'onboarding' },
    at(startedOn, '08:00'),
  );
  await startPlan(
    db,
    actor,
    actor.id,
    { id: randomUUID(), assessment: DEMO_ASSESSMENT, today: startedOn },
    at(startedOn, '08:05'),
  );
  // The assessment's pain and chair stands are stored as the first measures of those two.
  summary.measures += baselineFromAssessment(DEMO_ASSESSMENT).length;

  let awaitingCheckIn: { workoutOn: string; painBefore: number; dayIndex: number } | null = null;
  for (let index = 0; index <= days; index++) {
    options.signal?.throwIfAborted();
    const date = addDays(startedOn, index);
    if (!isPast(at(date, '07:30'))) break;
    summary.lastDay = date;
    if (awaitingCheckIn) {
      const pain = member.morningPain(awaitingCheckIn.dayIndex, awaitingCheckIn.painBefore);
      if (pain !== null) {
        const input = { id: randomUUID(), workoutOn: awaitingCheckIn.workoutOn, pain, newSymptoms: false };
        await checkIn(db, actor, actor.id, input, at(date, '07:30'));
        summary.checkIns += 1;
      }
      awaitingCheckIn = null;
    }
    if (member.day(index).isAway) continue;
    await resumeIfPaused(db, actor, at(date, '07:45'));
    await takeDueMeasures(db, actor, member, index, date, options, summary);
    const evening = at(date, '18:00');
    if (!isPast(evening) || member.skipsWorkout(index)) continue;
    const next = (await whatIsNext(db, actor, actor.id, date, { billing: EVERYTHING_INCLUDED, now: evening }))
      .next;
    if (next.status !== 'ready' || next.date !== date) continue;
    const painBefore = member.painBefore(index);
    const workout = (
      await startWorkout(
        db,
        actor,
        actor.id,
        { id: randomUUID(), date, painBefore },
        evening,
        EVERYTHING_INCLUDED,
      )
    ).workout;
    const planned = followingThePainRule(
      workout.prescription.flatMap((item) => member.sets(index, item).map((set) => ({ ...set, item }))),
      painBefore,
    );
    const send = ({ item, ...set }: (typeof planned)[number], position: number) =>
      logSet(
        { db, batcher },
        actor,
        actor.id,
        {
          workoutId: workout.id,
          setId: randomUUID(),
          set: { exerciseId: item.exerciseId, level: item.level, load: item.load, ...set },
        },
        minutesLater(evening, 3 + position * 2.5),
      );
    // The exercises' sets go together, as a phone coming back online sends them, and the batcher stores
    // what arrives at once in one statement. One exercise's sets go in their order, since the pain rule
    // reads the sets before; and a set that ends the workout goes last, after every set before it.
    const last = planned.at(-1);
    const endsWorkout =
      last !== undefined &&
      afterSet({ exerciseId: last.item.exerciseId, level: last.item.level, pain: last.pain }, painBefore, '')
        .kind === 'end-workout';
    const chains = new Map<string, { set: (typeof planned)[number]; position: number }[]>();
    planned.forEach((set, position) => {
      if (endsWorkout && position === planned.length - 1) return;
      const chain = chains.get(set.item.exerciseId) ?? [];
      chains.set(set.item.exerciseId, [...chain, { set, position }]);
    });
    await Promise.all(
      [...chains.values()].map(async (chain) => {
        for (const { set, position } of chain) await send(set, position);
      }),
    );
    if (endsWorkout) await send(last, planned.length - 1);
    const shortSets = planned.filter((set) => set.reps < set.item.reps).length;
    const effort: Effort =
      shortSets > 1 ? 'could-not-finish' : member.random() < 0.2 ? 'easy' : 'hard-good-form';
    await finish(
      db,
      actor,
      actor.id,
      { workoutId: workout.id, effort, newSymptoms: false },
      minutesLater(evening, 5 + planned.length * 2.5),
    );
    summary.workouts += 1;
    summary.sets += planned.length;
    awaitingCheckIn = { workoutOn: date, painBefore, dayIndex: index };
  }
  return summary;
}

/** A paused plan waits for the member: they answer the safety questions again (all clear), or confirm clearance. */
async function resumeIfPaused(db: Kysely<Database>, actor: Actor, moment: Date): Promise<void> {
  const plan = await loadPlan(db, actor.id);
  if (plan.pause?.waitingFor === 'screen') {
    await screenSymptoms(
      db,
      actor,
      actor.id,
      { id: randomUUID(), answers: noRedFlags(), context: 'symptoms' },
      moment,
    );
  } else if (plan.pause?.waitingFor === 'clearance') {
    const day = moment.toISOString().slice(0, 10);
    await clearSafetyHold(db, actor, actor.id, { id: randomUUID(), assessedOn: day, today: day }, moment);
  }
}

/** Takes what the schedule says is due, most mornings; now and then snoozes one for a couple of days. */
async function takeDueMeasures(
  db: Kysely<Database>,
  actor: Actor,
  member: Member,
  index: number,
  date: string,
  options: HistoryOptions,
  summary: HistorySummary,
): Promise<void> {
  const { due } = await dueMeasures(db, actor, actor.id, date, options.disability);
  if (due.length === 0 || (index > 0 && member.random() < 0.25)) return;
  const answers = member.answers(index);
  let moment = at(date, '08:15');
  for (const { instrumentId } of due) {
    moment = minutesLater(moment, 3);
    if (index > 0 && member.random() < 0.05) {
      const snooze = { id: randomUUID(), instrumentId, on: date, days: 2 };
      await snoozeMeasure(db, actor, actor.id, snooze, { disability: options.disability, now: moment });
      summary.snoozes += 1;
      continue;
    }
    const input = {
      id: randomUUID(),
      instrumentId,
      takenOn: date,
      answers: answers[instrumentId as InstrumentId](),
    };
    await recordMeasure(db, actor, actor.id, input, { disability: options.disability, now: moment });
    summary.measures += 1;
  }
}

/**
 * The sets a member who heeds the in-workout pain rule gets to do: an exercise that pain stops is
 * skipped for the rest of the day, and a set at 8/10 or more is the workout's last.
 */
function followingThePainRule<Planned extends { pain: number; item: Prescription }>(
  planned: readonly Planned[],
  painBefore: number,
): Planned[] {
  const done: Planned[] = [];
  const stopped = new Set<string>();
  for (const set of planned) {
    if (stopped.has(set.item.exerciseId)) continue;
    done.push(set);
    const { exerciseId, level } = set.item;
    const after = afterSet({ exerciseId, level, pain: set.pain }, painBefore, '');
    if (after.kind === 'end-workout') break;
    if (after.kind === 'stop-exercise') stopped.add(exerciseId);
  }
  return done;
}
