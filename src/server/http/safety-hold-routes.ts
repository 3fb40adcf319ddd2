import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberDateSchema, serverToday } from '../../contract/dates.ts';
import { clearanceBodySchema, decisionsAnswerSchema, safetyHoldAnswerSchema } from '../../contract/plan.ts';
import { clearSafetyHold, readSafetyHold } from '../services/safety-hold.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/**
 * The safety hold: read on every app load, so every screen on every device shows it; and the clearance
 * step that ends it.
 */
export function safetyHoldRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const memberDate = memberDateSchema(context.clock);
  return async (app) => {
    app.get(
      '/api/safety-hold',
      {
        schema: {
          tags: ['plan'],
          summary:
            'Whether the account is on a safety hold (after an emergency or see-a-doctor screen), and what to do',
          response: { 200: safetyHoldAnswerSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return { hold: await readSafetyHold(db, actor, actor.id) };
      },
    );

    app.post(
      '/api/safety-hold/clearance',
      {
        schema: {
          tags: ['plan'],
          summary:
            'The member confirms a doctor has assessed them, and when: the hold ends, and a plan paused for it resumes',
          description:
            'Idempotent by the client-made id: a retry answers 200 with the first decisions. The date may not be in the future nor before the screen that caused the hold.',
          body: clearanceBodySchema(memberDate),
          response: {
            200: decisionsAnswerSchema,
            201: decisionsAnswerSchema,
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const today = request.body.today ?? serverToday(now);
        const cleared = await clearSafetyHold(db, actor, actor.id, { ...request.body, today }, now);
        await context.alerts.soon(actor.id);
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(cleared.isReplay ? 200 : 201);
        return { decisions: cleared.decisions };
      },
    );
  };
}
