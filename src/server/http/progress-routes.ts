import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberDateSchema, serverToday, todayQuerySchema } from '../../contract/dates.ts';
import { trainingProgressSchema } from '../../contract/progress.ts';
import { trainingProgressJson } from '../services/progress.ts';
import type { AppContext } from './context.ts';
import { sendJsonText } from './json-text.ts';
import { commonProblems } from './schemas.ts';

/** A member's training progress, for the "my progress" page and the clinician report. */
export function progressRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const disability = context.config.disabilityInstrument;
  return async (app) => {
    app.get(
      '/api/progress',
      {
        schema: {
          tags: ['progress'],
          summary:
            "The member's training progress: each exercise workout by workout, weekly volume, pain, adherence, red flags, the plan and the story so far",
          description:
            "Only the signed-in member's own data, and only after consent to store health data. A member with nothing yet gets the empty progress and a sentence saying what will appear. The outcome measures' own progress is GET /api/measures.",
          querystring: todayQuerySchema(memberDateSchema(context.clock)),
          response: { 200: trainingProgressSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const today = request.query.today ?? serverToday(context.clock());
        const json = await trainingProgressJson(db, actor, actor.id, today, disability);
        return sendJsonText(reply, json);
      },
    );
  };
}
