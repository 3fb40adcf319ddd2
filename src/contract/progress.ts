import { z } from 'zod';
import { exerciseIdSchema, isoDateSchema, loadSchema } from '../core/engine/index.ts';
import type { TrainingProgress } from '../core/progress/index.ts';

/**
 * Training progress over time (`GET /api/progress`, built by src/core/progress), checked against the core's
 * TrainingProgress so the two cannot drift.
 */
const exercisePointSchema = z.object({
  date: isoDateSchema,
  workoutId: z.string(),
  level: z.int().min(1).describe('Range level, 1 = the smallest range'),
  load: loadSchema,
  loadStep: z
    .int()
    .min(0)
    .describe("The load's place on the exercise's load axis (loadSteps): 0 is bodyweight"),
  sets: z.int().min(0),
  reps: z.int().min(0),
  goodReps: z.int().min(0).describe('Reps of sets with no form fault marked'),
});

const exerciseProgressSchema = z.object({
  exerciseId: exerciseIdSchema,
  name: z.string(),
  points: z.array(exercisePointSchema).describe('One per workout that included the exercise, oldest first'),
  loadSteps: z.array(z.string()).describe('Labels of the load axis, by loadStep'),
  levelNames: z.array(z.string()).describe('Labels of the range levels, by level − 1'),
  from: z.string().nullable().describe('The first point in words, e.g. "a slight bend with no weight"'),
  to: z.string().nullable().describe('The latest point in words'),
});

const weekVolumeSchema = z.object({
  weekStart: isoDateSchema.describe('Monday of the week'),
  sets: z.int().min(0),
  reps: z.int().min(0),
});

const painPointSchema = z.object({
  workoutId: z.string(),
  date: isoDateSchema,
  during: z.int().min(0).max(10).nullable().describe('Highest pain logged during the workout'),
  nextMorning: z.int().min(0).max(10).nullable().describe("The next morning's check-in"),
});

const adherenceSchema = z.object({
  weeks: z.array(
    z.object({
      weekStart: isoDateSchema,
      done: z.int().min(0),
      planned: z.int().min(0).describe('Workouts the plan asked for; 0 while paused'),
    }),
  ),
  done: z.int().min(0),
  planned: z.int().min(0),
  share: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('done / planned, capped at 1; null before anything was planned'),
});

const redFlagEventSchema = z.object({
  date: isoDateSchema,
  flags: z.array(z.string()).describe('The text of each question answered "yes"'),
  signs: z.array(z.string()).describe('The same signs in a few words each'),
  isUrgent: z.boolean().describe('Sent to an emergency department rather than to a doctor first'),
});

const planSummarySchema = z.object({
  phase: z.string(),
  phaseNumber: z.int().min(1).max(5),
  nextPhase: z
    .string()
    .nullable()
    .describe("The next phase's criteria: how many are met and which remain; null in phase 5"),
  daysPerWeek: z.int(),
  isPaused: z.boolean(),
  exercises: z.array(z.object({ exerciseId: exerciseIdSchema, name: z.string(), prescription: z.string() })),
});

const snapshotSchema = z.object({
  firstMonth: z.string().describe('The month of the first workout, YYYY-MM'),
  thisMonth: z.string().describe('The month of today, YYYY-MM'),
  rows: z.array(
    z.object({
      measure: z.enum(['level', 'load', 'pain', 'disability']),
      label: z.string(),
      first: z.string(),
      now: z.string(),
      isBetter: z.boolean().nullable(),
    }),
  ),
});

export const trainingProgressSchema = z.object({
  since: isoDateSchema
    .nullable()
    .describe("The first workout's date, or the plan's start; null before a plan"),
  until: isoDateSchema.describe("The date the figures run to: the member's today"),
  story: z.array(z.string()).describe('The story so far in plain sentences, training and measures together'),
  exercises: z.array(exerciseProgressSchema),
  weeklyVolume: z
    .array(weekVolumeSchema)
    .describe('Every week from the start to this week, empty ones included'),
  pain: z.array(painPointSchema),
  adherence: adherenceSchema,
  redFlags: z.array(redFlagEventSchema).describe('Every screen with a "yes" to a warning sign'),
  plan: planSummarySchema.nullable(),
  snapshot: snapshotSchema
    .nullable()
    .describe('This month against the first: only the figures the member has; null before a second month'),
}) satisfies z.ZodType<TrainingProgress>;

export type { TrainingProgress };
