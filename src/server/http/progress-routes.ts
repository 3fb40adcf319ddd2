import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Refusal } from '../services/errors.ts';
import { trainingProgress } from '../services/progress.ts';
import type { AppContext } from './context.ts';
import { memberDateSchema, todayQuerySchema } from './member-date.ts';
import { trainingProgressSchema } from './progress-schemas.ts';
import { commonProblems } from './schemas.ts';
import { serverToday } from './training-schemas.ts';

const TEN_YEARS_MS = 10 * 366 * 24 * 60 * 60 * 1000;

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
      async (request) => {
        const actor = await context.sessions.require(request);
        const today = request.query.today ?? serverToday(context.clock());
        // Centuries away, the progress would be years of empty weeks: minutes of work, megabytes of answer.
        if (Math.abs(Date.parse(today) - context.clock().getTime()) > TEN_YEARS_MS) {
          throw new Refusal(
            'invalid',
            'implausible-date',
            'Date out of range',
            `${today} is too far from today.`,
          );
        }
        return trainingProgress(db, actor, today, disability);
      },
    );
  };
}
