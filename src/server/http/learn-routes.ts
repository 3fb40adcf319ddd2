import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exerciseArticlesParamsSchema, exerciseArticlesSchema, learnSchema } from '../../contract/learn.ts';
import { isExerciseId } from '../../core/catalogue/index.ts';
import { newestPublishedArticles } from '../publication/learn-articles.ts';
import { notFound } from '../services/errors.ts';
import { readLearn } from '../services/learn.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The Learn tab: the publication's articles for where the member is now, and the latest episode. */
export function learnRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/learn',
      {
        schema: {
          tags: ['learn'],
          summary: 'Published articles, those for my phase and exercises first, and the latest episode',
          description: 'The newest 50 published articles. Without a plan or consent: newest first.',
          response: { 200: learnSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return readLearn(db, user);
      },
    );

    app.get(
      '/api/learn/exercises/:exerciseId',
      {
        schema: {
          tags: ['learn'],
          summary: 'Published articles about one exercise, newest first (public)',
          description: 'The newest 50. Articles are public, so this needs no account and reads no one.',
          params: exerciseArticlesParamsSchema,
          response: { 200: exerciseArticlesSchema, 404: commonProblems[404], 400: commonProblems[400] },
        },
      },
      async (request) => {
        const { exerciseId } = request.params;
        if (!isExerciseId(exerciseId))
          throw notFound(`There is no exercise "${exerciseId}" in the catalogue.`);
        return { articles: await newestPublishedArticles(db, exerciseId) };
      },
    );
  };
}
