import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberParamsSchema } from '../../contract/coaching.ts';
import { serverToday } from '../../contract/dates.ts';
import { planChangeAnswerSchema, planChangeBodySchema } from '../../contract/plan-changes.ts';
import { planView, readPlan } from '../services/plan.ts';
import { changePlanAsCoach } from '../services/plan-changes.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { problemsWithConflict } from './schemas.ts';

/** A coach changes an assigned, sharing member's plan, always with a reason the member reads. */
export function planChangeRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    refuseAllButCoaches(app, context);

    app.post(
      '/api/coach/members/:memberId/plan-changes',
      {
        schema: {
          tags: ['coaching'],
          summary:
            "Change an assigned member's plan: an exercise's level, load or sets, add or remove an exercise, pause or resume",
          description:
            'Idempotent by the client-made id: a retry answers 200 with the first decision. A level or load outside the catalogue, or a load the member does not own, is a 400 naming the field. Refused (409) during a safety hold for anything that lets workouts start, and for a pause only the member’s own answers end.',
          params: memberParamsSchema,
          body: planChangeBodySchema,
          response: { 200: planChangeAnswerSchema, 201: planChangeAnswerSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const { memberId } = request.params;
        const now = context.clock();
        const outcome = await changePlanAsCoach(db, actor, memberId, request.body, now);
        await context.notificationSchedule?.memberChanged(memberId);
        const plan = await readPlan(db, actor, memberId);
        reply.status(outcome.isReplay ? 200 : 201);
        return { decision: outcome.decision, plan: planView(plan, serverToday(now)) };
      },
    );
  };
}
