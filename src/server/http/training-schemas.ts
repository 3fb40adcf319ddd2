import { z } from 'zod';
import {
  decisionSchema,
  EFFORTS,
  exerciseIdSchema,
  isoDateSchema,
  loadSchema,
  MEASURERS,
  painSchema,
  planSchema,
  STAGES,
  setLogSchema,
  withGoodRepsWithinReps,
} from '../../core/engine/index.ts';

/** Shapes of the training API, built from the engine's own schemas so the two cannot drift. */
/**
 * A UUID is one id in any case (RFC 9562 compares them without regard to case), so it is stored in lower
 * case: a retry that spells the id in capitals finds the first entry instead of making a second.
 */
export const clientIdSchema = z
  .uuid({ error: 'expected a UUID made by the client for this entry' })
  .overwrite((id) => id.toLowerCase());

export const prescriptionSchema = z.object({
  exerciseId: exerciseIdSchema,
  name: z.string(),
  level: z.int(),
  levelName: z.string(),
  levelDescription: z.string(),
  maxLevel: z.int(),
  load: loadSchema,
  sets: z.int(),
  reps: z.int(),
  restSeconds: z.int(),
  stage: z.enum(STAGES),
  supported: z.boolean(),
  cues: z.array(z.string()),
});

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
]);

export const screenResultSchema = z.object({
  outcome: z.enum(['emergency', 'see-doctor', 'continue']),
  urgency: z.enum(['same-day', 'urgent']).optional(),
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

/** The member's own calendar day; the server's (UTC) day when the client does not say. */
export const todayQuerySchema = z.object({
  today: isoDateSchema
    .optional()
    .describe("The member's local date (YYYY-MM-DD); defaults to the server's date"),
});

export function serverToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}
