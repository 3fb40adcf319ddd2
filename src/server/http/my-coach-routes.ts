import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { myCoachSchema } from '../../contract/coaching.ts';
import { askForCoach, readMyCoach } from '../services/my-coach.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The member's coach card: their coach, their sharing consent, and asking for a coach. */
export function myCoachRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/me/coach',
      {
        schema: {
          tags: ['coaching'],
          summary:
            'My coach (name and introduction) or none, whether I share with them, whether I asked for one',
          response: { 200: myCoachSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return readMyCoach(db, user, user.id);
      },
    );

    app.post(
      '/api/me/coach-request',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Ask for a coach; an admin assigns one',
          description: 'Idempotent: asking again keeps the first request and its place in the queue.',
          response: { 200: myCoachSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return askForCoach(db, user, user.id, context.clock(), context.billing);
      },
    );
  };
}
