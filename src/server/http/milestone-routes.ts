import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberDateSchema, plausibleWindow, serverToday, todayQuerySchema } from '../../contract/dates.ts';
import { markedSeenSchema, markSeenBodySchema, milestonesSchema } from '../../contract/milestones.ts';
import { markMilestonesSeen, milestonesToShow } from '../services/milestones.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** Milestones the member has reached, celebrated once on whichever device sees them first. */
export function milestoneRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const disability = context.config.disabilityInstrument;
  const memberDate = memberDateSchema(context.clock);
  return async (app) => {
    app.get(
      '/api/milestones',
      {
        schema: {
          tags: ['progress'],
          summary: 'The milestones to celebrate now: reached, fresh, and not yet seen on any device',
          description:
            "Read from the signed-in member's own history: the first workout, the first week, each new level, the first band or weight, 10 and 50 workouts, a meaningful improvement in pain or back disability. At most three, the newest; one reached more than two weeks ago is not brought up.",
          querystring: todayQuerySchema(memberDate),
          response: { 200: milestonesSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const today = request.query.today ?? serverToday(context.clock());
        return { celebrate: await milestonesToShow(db, actor, actor.id, today, disability) };
      },
    );

    app.post(
      '/api/milestones/seen',
      {
        schema: {
          tags: ['progress'],
          summary: 'Mark milestones seen, so no device shows them again',
          description:
            'Idempotent by nature: a milestone is named by its key, and one already seen stays seen. Only milestones the member has reached can be marked (400 naming body.keys otherwise).',
          body: markSeenBodySchema(memberDate),
          response: { 200: markedSeenSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        // Without the member's day, the latest day any member may be on: a milestone reached today counts.
        const today = request.body.today ?? plausibleWindow(now).latest;
        const seen = await markMilestonesSeen(
          db,
          actor,
          actor.id,
          { keys: request.body.keys, today },
          {
            disability,
            now,
          },
        );
        return { seen };
      },
    );
  };
}
