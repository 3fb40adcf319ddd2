import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXERCISES, getExercise, isExerciseId } from '../../core/catalogue/index.ts';
import { EXERCISE_IDS, FORM_FAULT_IDS } from '../../core/catalogue/types.ts';
import { notFound } from '../services/errors.ts';
import { commonProblems } from './schemas.ts';

const poseSchema = z.object({
  base: z.enum(['feet', 'back']),
  shin: z.number(),
  thigh: z.number(),
  trunk: z.number(),
  rearThigh: z.number().optional(),
  rearShin: z.number().optional(),
});

const exerciseSchema = z.object({
  id: z.enum(EXERCISE_IDS),
  name: z.string(),
  summary: z.string(),
  introducedInPhase: z.number().int(),
  cameraView: z.enum(['front', 'side']),
  requires: z.array(z.array(z.string())),
  loadOptions: z.array(z.enum(['bodyweight', 'band', 'dumbbell', 'kettlebell', 'cable'])),
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
    .partialRecord(z.enum(['bodyweight', 'band', 'dumbbell', 'kettlebell', 'cable']), z.string())
    .optional()
    .describe('Where the band goes or how the weight is held, per load kind'),
});

/** The catalogue is content that ships with the app (src/core), the same for every member. */
export function exerciseRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/exercises',
      {
        schema: {
          tags: ['exercises'],
          summary: 'The exercise catalogue, in the order the method introduces the movements',
          response: { 200: z.object({ exercises: z.array(exerciseSchema) }) },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return { exercises: [...EXERCISES] };
      },
    );

    app.get(
      '/api/exercises/:id',
      {
        schema: {
          tags: ['exercises'],
          summary: 'One exercise with its range levels, loads, cues and faults',
          params: z.object({ id: z.string().max(100) }),
          response: { 200: exerciseSchema, 404: commonProblems[404], 400: commonProblems[400] },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        if (!isExerciseId(id)) throw notFound(`There is no exercise "${id}" in the catalogue.`);
        reply.header('cache-control', 'public, max-age=300');
        return getExercise(id);
      },
    );
  };
}
