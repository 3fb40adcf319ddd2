/**
 * Workouts: what is next, starting one, logging its sets, finishing it, and the next-morning check-in.
 * Built from the engine's own schemas so the two cannot drift.
 */
import { z } from 'zod';
import {
  decisionSchema,
  EFFORTS,
  exerciseIdSchema,
  isoDateSchema,
  MEASURERS,
  painSchema,
  planSchema,
  prescriptionSchema,
  setLogSchema,
  withGoodRepsWithinReps,
} from '../core/engine/index.ts';
import { clientIdSchema } from './common.ts';
import type { MemberDateSchema } from './dates.ts';
import { safetyHoldSchema } from './plan.ts';

export type { MeasuredBy, Prescription, SetLog } from '../core/engine/index.ts';

/**
 * A set as the member's phone sends it. `goodReps` only when counted apart from `reps` (by the camera),
 * and never more than `reps`; `measuredBy` says who counted, the member when left out.
 */
export const setLogBodySchema = withGoodRepsWithinReps(
  setLogSchema
    .extend({
      goodReps: setLogSchema.shape.goodReps.describe(
        'Reps with good form, when counted apart from reps (the camera does): 0 to reps',
      ),
      measuredBy: z
        .enum(MEASURERS)
        .default('member')
        .describe('Who counted the reps: the member, or the camera form check (confirmed by the member)'),
    })
    .strict(),
);
export type SetLogBody = z.input<typeof setLogBodySchema>;

export const setParamsSchema = z.object({ workoutId: clientIdSchema, setId: clientIdSchema });

export const loggedSetSchema = setLogSchema.extend({
  id: z.string(),
  measuredBy: z.enum(MEASURERS),
  loggedAt: z.iso.datetime(),
});
export type LoggedSet = z.infer<typeof loggedSetSchema>;

/** What the in-workout pain rule makes of a logged set (core/engine/pain-during-workout.ts). */
export const afterSetSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('carry-on') }),
    z.object({
      kind: z.literal('stop-exercise'),
      exerciseId: exerciseIdSchema,
      level: z.int().describe('No more sets of this exercise at this level (or above) today'),
      lowerLevel: z.int().nullable().describe('One level lower to go on with; null at the smallest range'),
      decision: decisionSchema,
    }),
    z.object({
      kind: z.literal('end-workout'),
      exerciseId: exerciseIdSchema,
      pain: painSchema,
      decision: decisionSchema,
      advice: z.object({
        now: z.array(z.string()).readonly(),
        settle: z.array(z.string()).readonly(),
        seekHelp: z.array(z.string()).readonly(),
      }),
    }),
  ])
  .describe(
    'carry-on; stop-exercise (pain above 5/10 or 2 above the pain before: skip it or go one level lower); end-workout (pain 8/10 or more: the workout is finished and the plan paused)',
  );
export type AfterSet = z.infer<typeof afterSetSchema>;

export const loggedSetAnswerSchema = loggedSetSchema.extend({ whatNext: afterSetSchema });
export type LoggedSetAnswer = z.infer<typeof loggedSetAnswerSchema>;

export const workoutSchema = z.object({
  id: z.string(),
  date: isoDateSchema,
  status: z.enum(['in-progress', 'finished']),
  painBefore: painSchema,
  effort: z.enum(EFFORTS).nullable(),
  newSymptoms: z.boolean().nullable(),
  prescription: z.array(prescriptionSchema),
  sets: z.array(loggedSetSchema),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  decisions: z.array(decisionSchema),
});
export type Workout = z.infer<typeof workoutSchema>;

export const workoutListSchema = z.object({ workouts: z.array(workoutSchema) });
export type WorkoutList = z.infer<typeof workoutListSchema>;

export const workoutParamsSchema = z.object({ workoutId: clientIdSchema });

const pauseViewSchema = planSchema.shape.pause.unwrap();

/** The next workout the plan prescribes, or why there is none: the plan is paused, or the account held. */
export const nextWorkoutSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    date: isoDateSchema,
    isToday: z.boolean(),
    phase: z.int(),
    exercises: z.array(prescriptionSchema),
    decisions: z.array(decisionSchema),
  }),
  z.object({ status: z.literal('paused'), pause: pauseViewSchema, message: z.string() }),
  z.object({ status: z.literal('held'), hold: safetyHoldSchema, message: z.string() }),
  /** The free weeks are over and the member's tier has no more of the program (see Membership). */
  z.object({ status: z.literal('premium-needed'), freeUntil: isoDateSchema, message: z.string() }),
]);
export type NextWorkout = z.infer<typeof nextWorkoutSchema>;

export const whatIsNextSchema = z.object({ inProgress: workoutSchema.nullable(), next: nextWorkoutSchema });
export type WhatIsNext = z.infer<typeof whatIsNextSchema>;

export function startWorkoutBodySchema(memberDate: MemberDateSchema) {
  return z.object({ id: clientIdSchema, date: memberDate, painBefore: painSchema }).strict();
}
export type StartWorkoutBody = z.input<ReturnType<typeof startWorkoutBodySchema>>;

export const finishBodySchema = z
  .object({ effort: z.enum(EFFORTS), newSymptoms: z.boolean().default(false) })
  .strict();
export type FinishBody = z.input<typeof finishBodySchema>;

export function checkInBodySchema(memberDate: MemberDateSchema) {
  return z
    .object({
      id: clientIdSchema,
      workoutOn: memberDate,
      pain: painSchema,
      newSymptoms: z.boolean().default(false),
    })
    .strict();
}
export type CheckInBody = z.input<ReturnType<typeof checkInBodySchema>>;
