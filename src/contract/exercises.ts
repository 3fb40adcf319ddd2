/** The exercise catalogue: content that ships with the app (src/core/catalogue), the same for every member. */
import { z } from 'zod';
import { type Exercise as CatalogueExercise, EXERCISE_IDS, FORM_FAULT_IDS } from '../core/catalogue/types.ts';

const LOAD_KINDS = ['bodyweight', 'band', 'dumbbell', 'kettlebell', 'cable'] as const;

const poseSchema = z.object({
  base: z.enum(['feet', 'back']),
  shin: z.number(),
  thigh: z.number(),
  trunk: z.number(),
  rearThigh: z.number().optional(),
  rearShin: z.number().optional(),
});

export const exerciseSchema = z.object({
  id: z.enum(EXERCISE_IDS),
  name: z.string(),
  summary: z.string(),
  introducedInPhase: z.number().int(),
  cameraView: z.enum(['front', 'side']),
  requires: z.array(z.array(z.string())),
  loadOptions: z.array(z.enum(LOAD_KINDS)),
  levels: z.array(
    z.object({
      level: z.number().int(),
      name: z.string(),
      description: z.string(),
      angle: z.object({
        joint: z.enum(['knee', 'hip', 'front-knee', 'hip-extension']),
        min: z.number(),
        max: z.number(),
      }),
      startPose: poseSchema,
      endPose: poseSchema,
    }),
  ),
  setup: z.array(z.string()),
  cues: z.array(z.string()),
  faults: z.array(z.object({ id: z.enum(FORM_FAULT_IDS), looksLike: z.string(), cue: z.string() })),
  notYet: z.array(z.string()),
  variant: z.object({ name: z.string(), when: z.string(), setup: z.array(z.string()) }).optional(),
  loadPlacement: z
    .partialRecord(z.enum(LOAD_KINDS), z.string())
    .optional()
    .describe('Where the band goes or how the weight is held, per load kind'),
});
/**
 * An exercise as the API answers it: the catalogue's own type, whose words (which equipment, which load
 * kinds) are narrower than the schema's; the routes' typed replies check that it fits the schema.
 */
export type Exercise = CatalogueExercise;

export const exerciseListSchema = z.object({ exercises: z.array(exerciseSchema) });
export type ExerciseList = { exercises: Exercise[] };

export const exerciseParamsSchema = z.object({ id: z.string().max(100) });
