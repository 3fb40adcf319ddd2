import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { coachProfileBodySchema, coachProfileSchema } from '../../contract/coaching.ts';
import { changeCoachIntro, readCoachProfile } from '../services/my-coach.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The coach's own profile: the short introduction their members read on their coach card. */
export function coachProfileRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    refuseAllButCoaches(app, context);

    app.get(
      '/api/coach/profile',
      {
        schema: {
          tags: ['coaching'],
          summary: 'My name and introduction, as my members see them (coaches only)',
          response: { 200: coachProfileSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return readCoachProfile(db, actor);
      },
    );

    app.put(
      '/api/coach/profile',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Change my introduction (coaches only): plain text, shown to my members as text',
          description: 'Idempotent. An empty introduction removes it.',
          body: coachProfileBodySchema,
          response: { 200: coachProfileSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return changeCoachIntro(db, actor, request.body.intro, context.clock());
      },
    );
  };
}
