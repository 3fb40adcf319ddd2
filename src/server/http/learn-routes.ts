import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { learnSchema } from '../../contract/learn.ts';
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
  };
}
