import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessmentSchema, decisionSchema, equipmentSchema } from '../../core/engine/index.ts';
import { RED_FLAG_QUESTIONS, redFlagAnswersSchema } from '../../core/red-flags/index.ts';
import {
  changeProgramSettings,
  decisionHistory,
  programView,
  readProgram,
  screenSymptoms,
  startProgram,
} from '../services/program.ts';
import type { AppContext } from './context.ts';
import { memberDateSchema, todayQuerySchema } from './member-date.ts';
import { commonProblems, pageQuerySchema, problemsWithConflict } from './schemas.ts';
import {
  clientIdSchema,
  programSchema,
  screenResultSchema,
  serverToday,
  storedDecisionSchema,
} from './training-schemas.ts';

/** The member's program: safety screen, assessment, plan and the history of its decisions. */
/**
 * Equipment as the settings change it: every kind named, nothing else. The stored plan's schema fills a
 * missing list with "none", which for a change would quietly take away what the member has.
 */
const { bands, dumbbellsKg, kettlebellsKg, cableKg } = equipmentSchema.shape;
const equipmentChangeSchema = z
  .object({
    bands: bands.unwrap(),
    dumbbellsKg: dumbbellsKg.unwrap(),
    kettlebellsKg: kettlebellsKg.unwrap(),
    cableKg: cableKg.unwrap(),
  })
  .strict();

export function programRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const todayQuery = todayQuerySchema(memberDateSchema(context.clock));
  return async (app) => {
    app.get(
      '/api/red-flag-questions',
      {
        schema: {
          tags: ['program'],
          summary: 'The safety questions asked before any exercise and whenever symptoms change',
          response: {
            200: z.object({
              questions: z.array(
                z.object({ id: z.string(), category: z.string(), text: z.string(), sign: z.string() }),
              ),
            }),
          },
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
          tags: ['program'],
          summary:
            'Record answers to the safety questions; a flag puts the account on a safety hold (and pauses a plan), a clear screen resumes a plan waiting for it',
          description: 'Idempotent by the client-made id: a retry answers 200 with the first result.',
          body: z
            .object({
              id: clientIdSchema,
              answers: redFlagAnswersSchema,
              context: z.enum(['onboarding', 'symptoms']),
            })
            .strict(),
          response: {
            200: z.object({ result: screenResultSchema, decisions: z.array(decisionSchema) }),
            201: z.object({ result: screenResultSchema, decisions: z.array(decisionSchema) }),
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const outcome = await screenSymptoms(db, actor, actor.id, request.body, context.clock());
        reply.status(outcome.isReplay ? 200 : 201);
        return { result: outcome.result, decisions: outcome.decisions };
      },
    );

    app.post(
      '/api/program',
      {
        schema: {
          tags: ['program'],
          summary:
            'Start the program from the assessment: the engine chooses the starting exercises and levels',
          description:
            'Idempotent by the client-made id. Refused (409, safety-hold) while the account is on a safety hold. The assessment includes the safety answers: new flagged answers are recorded, put the account on hold, and no plan is made (409).',
          body: z
            .object({ id: clientIdSchema, today: todayQuery.shape.today, assessment: assessmentSchema })
            .strict(),
          response: {
            200: programSchema.extend({ screen: screenResultSchema, decisions: z.array(decisionSchema) }),
            201: programSchema.extend({ screen: screenResultSchema, decisions: z.array(decisionSchema) }),
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const today = request.body.today ?? serverToday(now);
        const started = await startProgram(db, actor, actor.id, { ...request.body, today }, now);
        reply.status(started.isReplay ? 200 : 201);
        return { ...programView(started.plan, today), screen: started.screen, decisions: started.decisions };
      },
    );

    app.get(
      '/api/program',
      {
        schema: {
          tags: ['program'],
          summary:
            "The member's plan: phase and what the next phase needs, each exercise's level and load, any pause",
          querystring: todayQuery,
          response: { 200: programSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const plan = await readProgram(db, actor, actor.id);
        return programView(plan, request.query.today ?? serverToday(context.clock()));
      },
    );

    app.put(
      '/api/program/settings',
      {
        schema: {
          tags: ['program'],
          summary: 'Change training days per week, the unit weights are shown in, or the equipment at hand',
          body: z
            .object({
              daysPerWeek: z.int().min(2).max(4).optional(),
              weightUnit: z.enum(['kg', 'lb']).optional(),
              equipment: equipmentChangeSchema.optional(),
            })
            .strict(),
          querystring: todayQuery,
          response: { 200: programSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const plan = await changeProgramSettings(db, actor, actor.id, request.body, now);
        return programView(plan, request.query.today ?? serverToday(now));
      },
    );

    app.get(
      '/api/decisions',
      {
        schema: {
          tags: ['program'],
          summary:
            'Every change the engine made to the plan, newest first, with its rule, inputs and sentence',
          querystring: pageQuerySchema,
          response: { 200: z.object({ decisions: z.array(storedDecisionSchema) }), ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return { decisions: await decisionHistory(db, actor, actor.id, request.query) };
      },
    );
  };
}
