/**
 * The engine's data, as Zod schemas the server reuses to check what arrives over HTTP or comes back from
 * the database (both are `unknown` until checked). The TypeScript types are inferred from them, so the two
 * cannot drift apart.
 */
import { z } from 'zod';
import { BAND_STRENGTHS, EXERCISE_IDS, FORM_FAULT_IDS, type Load } from '../catalogue/types.ts';
import { redFlagAnswersSchema } from '../red-flags/answers-schema.ts';
import { DOCTOR_URGENCIES } from '../red-flags/questions.ts';
import { EARLIEST_DATE } from './dates.ts';
import { METHOD } from './rules.ts';
import type { Prescription } from './workout.ts';

/** A calendar day the date code can work with: year 0000 matches the ISO pattern but is no such day. */
export const isoDateSchema = z.iso
  .date({ error: 'expected a date like 2026-01-31' })
  .refine((date) => date >= EARLIEST_DATE, { error: `expected a date from ${EARLIEST_DATE} on` });
/** A moment: an ISO date-time with its offset, or just a date where only the day is known. */
export const momentSchema = z.union([z.iso.datetime({ offset: true }), isoDateSchema], {
  error: 'expected a date-time like 2026-01-31T18:30:00Z',
});
export const painSchema = z.int({ error: 'pain is a whole number from 0 to 10' }).min(0).max(10);
export const exerciseIdSchema = z.enum(EXERCISE_IDS);
export const formFaultSchema = z.enum(FORM_FAULT_IDS);

const kilograms = z.number().positive('a weight is more than 0 kg').max(500);

export const loadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bodyweight') }),
  z.object({ kind: z.literal('band'), band: z.enum(BAND_STRENGTHS) }),
  z.object({ kind: z.literal('dumbbell'), kg: kilograms }),
  z.object({ kind: z.literal('kettlebell'), kg: kilograms }),
  z.object({ kind: z.literal('cable'), kg: kilograms }),
]) satisfies z.ZodType<Load>;

/** What the member has at hand. Weights are in kilograms; a chair, a floor and a door are assumed. */
export const equipmentSchema = z.object({
  bands: z.array(z.enum(BAND_STRENGTHS)).default([]),
  dumbbellsKg: z.array(kilograms).default([]),
  kettlebellsKg: z.array(kilograms).default([]),
  /** The weights the cable machine can be set to; empty without one. */
  cableKg: z.array(kilograms).default([]),
});
export type MemberEquipment = z.infer<typeof equipmentSchema>;

/** The self-tested comfortable, pain-free range of a movement. */
export const SELF_TESTED_RANGES = ['slight-bend', 'halfway', 'most-of-the-way'] as const;
export type SelfTestedRange = (typeof SELF_TESTED_RANGES)[number];

export const assessmentSchema = z
  .object({
    age: z.int().min(16, 'Backstrong is for adults: 16 or older').max(110),
    painNow: painSchema,
    painWorstLastWeek: painSchema,
    /** Surgery on the back or hips, or null for none. */
    surgery: z.object({ weeksAgo: z.int().min(0).max(5200) }).nullable(),
    /** 30-second chair stand without the arms; "I can't stand up without my arms" is 0. */
    chairStands: z.int().min(0).max(60),
    equipment: equipmentSchema,
    comfortableRange: z.object({ squat: z.enum(SELF_TESTED_RANGES), hinge: z.enum(SELF_TESTED_RANGES) }),
    daysPerWeek: z.int().min(2).max(4).default(3),
    weightUnit: z.enum(['kg', 'lb']).default('kg'),
    redFlags: redFlagAnswersSchema,
  })
  .refine((assessment) => assessment.painWorstLastWeek >= assessment.painNow, {
    path: ['painWorstLastWeek'],
    error: 'the worst pain of the last week cannot be lower than your pain now',
  });
export type Assessment = z.infer<typeof assessmentSchema>;

export const EFFORTS = ['easy', 'hard-good-form', 'could-not-finish'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Who counted a set's reps: the member, or the camera form check (and the member confirmed it). */
export const MEASURERS = ['member', 'camera'] as const;
export type MeasuredBy = (typeof MEASURERS)[number];

/**
 * One set as logged: reps, at which level and load, the pain during it, faults seen. A member counting
 * for themselves logs only the reps done with good form (`reps`, no `goodReps`); the camera tells the two
 * apart, so a camera set has every completed rep in `reps` and those with good form in `goodReps`.
 * `measuredBy` left out means the member counted.
 */
export const setLogSchema = z.object({
  exerciseId: exerciseIdSchema,
  reps: z.int().min(0).max(100),
  goodReps: z.int().min(0).max(100).optional(),
  level: z.int().min(1).max(10),
  load: loadSchema,
  pain: painSchema,
  faults: z.array(formFaultSchema).default([]),
  measuredBy: z.enum(MEASURERS).optional(),
});
export type SetLog = z.infer<typeof setLogSchema>;

/**
 * Good reps are some of the reps done, never more. A separate check rather than part of `setLogSchema`,
 * so that object schema can still be extended.
 */
export function withGoodRepsWithinReps<Schema extends z.ZodType<Pick<SetLog, 'reps' | 'goodReps'>>>(
  schema: Schema,
): Schema {
  return schema.refine((set) => set.goodReps === undefined || set.goodReps <= set.reps, {
    path: ['goodReps'],
    error: 'good reps cannot be more than the reps done',
  });
}

/** The reps done with good form: counted apart when the camera measured them, else all the reps logged. */
export function goodRepsOf(set: Pick<SetLog, 'reps' | 'goodReps'>): number {
  return set.goodReps ?? set.reps;
}

export const workoutLogSchema = z.object({
  date: isoDateSchema,
  /** Back pain just before the workout, for the next morning's check-in. */
  painBefore: painSchema,
  effort: z.enum(EFFORTS),
  /** The member reported a new symptom of the red-flag kind during or after the workout. */
  newSymptoms: z.boolean().default(false),
  sets: z.array(withGoodRepsWithinReps(setLogSchema)),
});
export type WorkoutLog = z.infer<typeof workoutLogSchema>;

export const checkInSchema = z.object({
  /** The workout this check-in follows. */
  workoutOn: isoDateSchema,
  /** Back pain this morning. */
  pain: painSchema,
  newSymptoms: z.boolean().default(false),
  at: momentSchema,
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const STAGES = ['technique', 'work'] as const;
export type Stage = (typeof STAGES)[number];
export type StepKind = 'load' | 'range';

/** One exercise of a workout as prescribed that day, kept with the workout so it reads as it was. */
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
}) satisfies z.ZodType<Prescription>;

export const exerciseStateSchema = z.object({
  exerciseId: exerciseIdSchema,
  level: z.int().min(1),
  load: loadSchema,
  targetSets: z.int().min(1).max(5),
  stage: z.enum(STAGES),
  /** Technique stage: clean workouts so far at this level and load. */
  cleanWorkouts: z.int().min(0),
  /** Work stage: workouts in a row with 5 × 10 good reps and pain at most 3/10. */
  fullWorkouts: z.int().min(0),
  /** The last step up, so the next one alternates. */
  lastStep: z.enum(['load', 'range']).nullable(),
  /** Faults seen in this exercise's last workout: its cue is shown, and a repeat regresses range. */
  lastFaults: z.array(formFaultSchema),
  /** The highest pain during this exercise's last workout. */
  lastPain: painSchema.nullable(),
});
export type ExerciseState = z.infer<typeof exerciseStateSchema>;

/** 'coach': the member's coach paused the plan; only the coach resumes it (coach-change.ts). */
export const PAUSE_REASONS = ['red-flag', 'severe-pain', 'new-symptom', 'coach'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const pauseSchema = z.object({
  reason: z.enum(PAUSE_REASONS),
  since: momentSchema,
  /**
   * 'screen': answer the red-flag questions again; 'clearance': confirm a doctor has cleared you;
   * 'coach': the coach paused it and resumes it.
   */
  waitingFor: z.enum(['screen', 'clearance', 'coach']),
  /** The flagged screen that keeps the plan paused, kept to show the coach. */
  screen: z
    .object({
      answers: redFlagAnswersSchema,
      outcome: z.enum(['emergency', 'see-doctor']),
      urgency: z.enum(DOCTOR_URGENCIES).optional(),
      at: momentSchema,
    })
    .nullable(),
});
export type Pause = z.infer<typeof pauseSchema>;

export const planSchema = z.object({
  version: z.literal(1),
  startedOn: isoDateSchema,
  phase: z.int().min(1).max(5),
  daysPerWeek: z.int().min(2).max(4),
  weightUnit: z.enum(['kg', 'lb']),
  equipment: equipmentSchema,
  /** Approximate date of back or hip surgery, from the assessment; null for none. */
  surgeryOn: isoDateSchema.nullable(),
  exercises: z.array(exerciseStateSchema),
  lastWorkoutOn: isoDateSchema.nullable(),
  /** Highest pain of each recent workout, oldest first. */
  recentPain: z.array(painSchema),
  /** The last workout, until its next-morning check-in arrives. */
  awaitingCheckIn: z
    .object({ workoutOn: isoDateSchema, painBefore: painSchema, exerciseIds: z.array(exerciseIdSchema) })
    .nullable(),
  pause: pauseSchema.nullable(),
});
export type Plan = z.infer<typeof planSchema>;

const setsSchema = z
  .int({ error: `sets are a whole number from ${METHOD.sets.fewest} to ${METHOD.sets.most}` })
  .min(METHOD.sets.fewest, `the fewest sets the method asks for is ${METHOD.sets.fewest}`)
  .max(METHOD.sets.most, `the most sets the method asks for is ${METHOD.sets.most}`);
const levelSchema = z.int({ error: 'a level is a whole number' }).min(1, 'levels start at 1').max(10);

/** What a coach can do to a plan. Levels and loads are checked against the catalogue by `applyCoachChange`. */
export const coachChangeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('exercise'),
      exerciseId: exerciseIdSchema,
      level: levelSchema.optional(),
      load: loadSchema.optional(),
      targetSets: setsSchema.optional(),
    })
    .strict(),
  z
    .object({ kind: z.literal('add'), exerciseId: exerciseIdSchema, level: levelSchema, load: loadSchema })
    .strict(),
  z.object({ kind: z.literal('remove'), exerciseId: exerciseIdSchema }).strict(),
  z.object({ kind: z.literal('pause') }).strict(),
  z.object({ kind: z.literal('resume') }).strict(),
]);
export type CoachChange = z.infer<typeof coachChangeSchema>;
