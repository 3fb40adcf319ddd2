import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberParamsSchema } from '../../contract/coaching.ts';
import { serverToday } from '../../contract/dates.ts';
import { planViewSchema } from '../../contract/plan.ts';
import { planView, readPlan } from '../services/plan.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/**
 * A coach's reads of one member, under /api/coach/members/{memberId}: the same services the member's own
 * screens use, whose access check lets a coach in only to an assigned member who shares with them
 * (anyone else's member is 404; a member who stopped sharing is 403).
 */
export function coachMemberRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    refuseAllButCoaches(app, context);

    app.get(
      '/api/coach/members/:memberId/plan',
      {
        schema: {
          tags: ['coaching'],
          summary: "An assigned member's plan: phase, each exercise's level and load, any pause",
          params: memberParamsSchema,
          response: { 200: planViewSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const plan = await readPlan(db, actor, request.params.memberId);
        return planView(plan, serverToday(context.clock()));
      },
    );
  };
}
