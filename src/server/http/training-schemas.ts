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
} from '../../core/engine/index.ts';
import { DOCTOR_URGENCIES } from '../../core/red-flags/index.ts';

/** Shapes of the training API, built from the engine's own schemas so the two cannot drift. */
/**
 * A UUID is one id in any case (RFC 9562 compares them without regard to case), so it is stored in lower
 * case: a retry that spells the id in capitals finds the first entry instead of making a second.
 */
export const clientIdSchema = z
  .uuid({ error: 'expected a UUID made by the client for this entry' })
  .overwrite((id) => id.toLowerCase());

export const storedDecisionSchema = decisionSchema.extend({
  id: z.string(),
  source: z.string(),
  sourceId: z.string(),
  madeAt: z.iso.datetime(),
});

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

export const loggedSetSchema = setLogSchema.extend({
  id: z.string(),
  measuredBy: z.enum(MEASURERS),
  loggedAt: z.iso.datetime(),
});

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
    'carry-on; stop-exercise (pain above 5/10 or 2 above the pain before: skip it or go one level lower); end-workout (pain 8/10 or more: the workout is finished and the program paused)',
  );

export const loggedSetAnswerSchema = loggedSetSchema.extend({ whatNext: afterSetSchema });

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

const pauseViewSchema = planSchema.shape.pause.unwrap();

/** The safety hold: why the member may not train, and what ends it. */
export const safetyHoldSchema = z.object({
  outcome: z.enum(['emergency', 'see-doctor']),
  urgency: z.enum(DOCTOR_URGENCIES).optional(),
  signs: z.array(z.string()),
  since: z.iso.datetime(),
  earliestAssessedOn: isoDateSchema,
  message: z.string(),
  whatToDo: z.array(z.string()),
});

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
]);

export const screenResultSchema = z.object({
  outcome: z.enum(['emergency', 'see-doctor', 'continue']),
  urgency: z.enum(DOCTOR_URGENCIES).optional(),
  reasons: z.array(z.object({ questionId: z.string(), category: z.string(), sign: z.string() })),
  message: z.string(),
});

export const programSchema = z.object({
  plan: planSchema,
  phase: z.object({
    number: z.int(),
    name: z.string(),
    focus: z.string(),
    next: z.object({ phase: z.int(), unmet: z.array(z.string()) }).nullable(),
  }),
  pauseMessage: z.string().nullable(),
});

export function serverToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}
