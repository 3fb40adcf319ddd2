import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { coachMemberProfileSchema, memberParamsSchema } from '../../contract/coaching.ts';
import { pageQuerySchema } from '../../contract/common.ts';
import { serverToday } from '../../contract/dates.ts';
import {
  dueTodaySchema,
  instrumentHistorySchema,
  instrumentParamsSchema,
  measuresSummarySchema,
} from '../../contract/measures.ts';
import { decisionListSchema, planViewSchema } from '../../contract/plan.ts';
import { trainingProgressSchema } from '../../contract/progress.ts';
import { workoutListSchema, workoutParamsSchema, workoutSchema } from '../../contract/training.ts';
import { coachMemberProfile } from '../services/coach-member.ts';
import { instrumentHistory, measuresSummary } from '../services/measure-views.ts';
import { dueMeasures } from '../services/measures.ts';
import { decisionHistory, planView, readPlan } from '../services/plan.ts';
import { trainingProgressJson } from '../services/progress.ts';
import { listWorkoutHistory, readWorkout } from '../services/workouts.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { sendJsonText } from './json-text.ts';
import { commonProblems } from './schemas.ts';

const tags = ['coaching'];
const memberWorkoutParamsSchema = memberParamsSchema.extend(workoutParamsSchema.shape);
const memberInstrumentParamsSchema = memberParamsSchema.extend(instrumentParamsSchema.shape);

/**
 * A coach's reads of one member, under /api/coach/members/{memberId}: the same services and answers the
 * member's own screens use, whose access check lets a coach in only to an assigned member who shares with
 * them (anyone else's member is 404; a member who stopped sharing is 403). The member's "today" is the
 * server's day: a coach never says what day it is for the member.
 */
export function coachMemberRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const disability = context.config.disabilityInstrument;
  const today = () => serverToday(context.clock());
  return async (app) => {
    refuseAllButCoaches(app, context);
    const actorOf = context.loginSessions.require.bind(context.loginSessions);

    app.get(
      '/api/coach/members/:memberId/profile',
      {
        schema: {
          tags,
          summary: "An assigned member's name, email, phase, plan start, and any pause or safety hold",
          params: memberParamsSchema,
          response: { 200: coachMemberProfileSchema, ...commonProblems },
        },
      },
      async (request) => coachMemberProfile(db, await actorOf(request), request.params.memberId),
    );

    app.get(
      '/api/coach/members/:memberId/plan',
      {
        schema: {
          tags,
          summary: "An assigned member's plan: phase, each exercise's level and load, any pause",
          params: memberParamsSchema,
          response: { 200: planViewSchema, ...commonProblems },
        },
      },
      async (request) => {
        const plan = await readPlan(db, await actorOf(request), request.params.memberId);
        return planView(plan, today());
      },
    );

    app.get(
      '/api/coach/members/:memberId/progress',
      {
        schema: {
          tags,
          summary: "An assigned member's training progress, as GET /api/progress answers the member",
          params: memberParamsSchema,
          response: { 200: trainingProgressSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await actorOf(request);
        const json = await trainingProgressJson(db, actor, request.params.memberId, today(), disability);
        return sendJsonText(reply, json);
      },
    );

    app.get(
      '/api/coach/members/:memberId/workouts',
      {
        schema: {
          tags,
          summary: "An assigned member's workouts, newest first, with their sets",
          params: memberParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: workoutListSchema, ...commonProblems },
        },
      },
      async (request) => ({
        workouts: await listWorkoutHistory(
          db,
          await actorOf(request),
          request.params.memberId,
          request.query,
        ),
      }),
    );

    app.get(
      '/api/coach/members/:memberId/workouts/:workoutId',
      {
        schema: {
          tags,
          summary:
            "One of an assigned member's workouts with its sets (camera- or member-counted) and the decisions made when it finished",
          params: memberWorkoutParamsSchema,
          response: { 200: workoutSchema, ...commonProblems },
        },
      },
      async (request) =>
        readWorkout(db, await actorOf(request), request.params.memberId, request.params.workoutId),
    );

    app.get(
      '/api/coach/members/:memberId/decisions',
      {
        schema: {
          tags,
          summary: "Every change made to an assigned member's plan, newest first, with its rule and sentence",
          params: memberParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: decisionListSchema, ...commonProblems },
        },
      },
      async (request) => ({
        decisions: await decisionHistory(db, await actorOf(request), request.params.memberId, request.query),
      }),
    );

    app.get(
      '/api/coach/members/:memberId/measures',
      {
        schema: {
          tags,
          summary:
            "An assigned member's check-ups: progress on every instrument from baseline, the STarT Back risk, and what is due",
          params: memberParamsSchema,
          response: { 200: measuresSummarySchema, ...commonProblems },
        },
      },
      async (request) =>
        measuresSummary(db, await actorOf(request), request.params.memberId, today(), disability),
    );

    app.get(
      '/api/coach/members/:memberId/measures/due',
      {
        schema: {
          tags,
          summary: 'The check-ups an assigned member has due today, and those they put off',
          params: memberParamsSchema,
          response: { 200: dueTodaySchema, ...commonProblems },
        },
      },
      async (request) =>
        dueMeasures(db, await actorOf(request), request.params.memberId, today(), disability),
    );

    app.get(
      '/api/coach/members/:memberId/measures/:instrumentId',
      {
        schema: {
          tags,
          summary:
            'Every time an assigned member took one instrument, with baseline, latest and the meaningful change',
          params: memberInstrumentParamsSchema,
          response: { 200: instrumentHistorySchema, ...commonProblems },
        },
      },
      async (request) =>
        instrumentHistory(db, await actorOf(request), request.params.memberId, request.params.instrumentId),
    );
  };
}
