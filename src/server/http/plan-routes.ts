import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageQuerySchema } from '../../contract/common.ts';
import { memberDateSchema, serverToday, todayQuerySchema } from '../../contract/dates.ts';
import {
  decisionListSchema,
  planSettingsBodySchema,
  planViewSchema,
  redFlagQuestionListSchema,
  screenAnswerSchema,
  screenBodySchema,
  startedPlanSchema,
  startPlanBodySchema,
} from '../../contract/plan.ts';
import { RED_FLAG_QUESTIONS } from '../../core/red-flags/index.ts';
import {
  changePlanSettings,
  decisionHistory,
  planView,
  readPlan,
  screenSymptoms,
  startPlan,
} from '../services/plan.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** The member's plan: safety screen, assessment, the plan and its settings, and the history of its decisions. */
export function planRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const memberDate = memberDateSchema(context.clock);
  const todayQuery = todayQuerySchema(memberDate);
  return async (app) => {
    app.get(
      '/api/red-flag-questions',
      {
        schema: {
          tags: ['plan'],
          summary: 'The safety questions asked before any exercise and whenever symptoms change',
          response: { 200: redFlagQuestionListSchema },
        },
      },
      async () => ({
        questions: RED_FLAG_QUESTIONS.map(({ id, category, text, sign }) => ({ id, category, text, sign })),
      }),
    );

    app.post(
      '/api/red-flag-screens',
      {
        schema: {
          tags: ['plan'],
          summary:
            'Record answers to the safety questions; a flag puts the account on a safety hold (and pauses a plan), a clear screen resumes a plan waiting for it',
          description: 'Idempotent by the client-made id: a retry answers 200 with the first result.',
          body: screenBodySchema,
          response: {
            200: screenAnswerSchema,
            201: screenAnswerSchema,
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const outcome = await screenSymptoms(db, actor, actor.id, request.body, context.clock());
        await context.alerts.soon(actor.id);
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(outcome.isReplay ? 200 : 201);
        return { result: outcome.result, decisions: outcome.decisions };
      },
    );

    app.post(
      '/api/plan',
      {
        schema: {
          tags: ['plan'],
          summary: 'Start the plan from the assessment: the engine chooses the starting exercises and levels',
          description:
            'Idempotent by the client-made id. Refused (409, safety-hold) while the account is on a safety hold. The assessment includes the safety answers: new flagged answers are recorded, put the account on hold, and no plan is made (409).',
          body: startPlanBodySchema(memberDate),
          response: {
            200: startedPlanSchema,
            201: startedPlanSchema,
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const today = request.body.today ?? serverToday(now);
        const started = await startPlan(db, actor, actor.id, { ...request.body, today }, now);
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(started.isReplay ? 200 : 201);
        return { ...planView(started.plan, today), screen: started.screen, decisions: started.decisions };
      },
    );

    app.get(
      '/api/plan',
      {
        schema: {
          tags: ['plan'],
          summary:
            "The member's plan: phase and what the next phase needs, each exercise's level and load, any pause",
          querystring: todayQuery,
          response: { 200: planViewSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const plan = await readPlan(db, actor, actor.id);
        return planView(plan, request.query.today ?? serverToday(context.clock()));
      },
    );

    app.put(
      '/api/plan/settings',
      {
        schema: {
          tags: ['plan'],
          summary: 'Change training days per week, the unit weights are shown in, or the equipment at hand',
          body: planSettingsBodySchema,
          querystring: todayQuery,
          response: { 200: planViewSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const plan = await changePlanSettings(db, actor, actor.id, request.body, now);
        await context.notificationSchedule?.memberChanged(actor.id);
        return planView(plan, request.query.today ?? serverToday(now));
      },
    );

    app.get(
      '/api/decisions',
      {
        schema: {
          tags: ['plan'],
          summary:
            'Every change the engine made to the plan, newest first, with its rule, inputs and sentence',
          querystring: pageQuerySchema,
          response: { 200: decisionListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return { decisions: await decisionHistory(db, actor, actor.id, request.query) };
      },
    );
  };
}
