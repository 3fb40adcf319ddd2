import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exerciseListSchema, exerciseParamsSchema, exerciseSchema } from '../../contract/exercises.ts';
import { EXERCISES, getExercise, isExerciseId } from '../../core/catalogue/index.ts';
import { notFound } from '../services/errors.ts';
import { commonProblems } from './schemas.ts';

/** The catalogue is content that ships with the app (src/core), the same for every member. */
export function exerciseRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/exercises',
      {
        schema: {
          tags: ['exercises'],
          summary: 'The exercise catalogue, in the order the method introduces the movements',
          response: { 200: exerciseListSchema },
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
          params: exerciseParamsSchema,
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
