import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageQuerySchema } from '../../contract/common.ts';
import { memberDateSchema, serverToday, todayQuerySchema } from '../../contract/dates.ts';
import { decisionsAnswerSchema } from '../../contract/plan.ts';
import {
  checkInBodySchema,
  finishBodySchema,
  loggedSetAnswerSchema,
  setLogBodySchema,
  setParamsSchema,
  startWorkoutBodySchema,
  whatIsNextSchema,
  workoutListSchema,
  workoutParamsSchema,
  workoutSchema,
} from '../../contract/training.ts';
import {
  checkIn,
  finish,
  listWorkoutHistory,
  logSet,
  readWorkout,
  startWorkout,
  whatIsNext,
} from '../services/workouts.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** Workouts: what is next, starting one, logging its sets, finishing it, and the next-morning check-in. */
export function workoutRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const memberDate = memberDateSchema(context.clock);
  return async (app) => {
    app.get(
      '/api/workouts/next',
      {
        schema: {
          tags: ['workouts'],
          summary:
            'The workout under way, if any, and the next one the plan prescribes (or why the plan is paused)',
          querystring: todayQuerySchema(memberDate),
          response: {
            200: whatIsNextSchema,
            ...commonProblems,
          },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return whatIsNext(db, actor, actor.id, request.query.today ?? serverToday(context.clock()), {
          billing: context.billing,
          now: context.clock(),
        });
      },
    );

    app.get(
      '/api/workouts',
      {
        schema: {
          tags: ['workouts'],
          summary: "The member's workouts, newest first, with their sets",
          querystring: pageQuerySchema,
          response: { 200: workoutListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return { workouts: await listWorkoutHistory(db, actor, actor.id, request.query) };
      },
    );

    app.post(
      '/api/workouts',
      {
        schema: {
          tags: ['workouts'],
          summary: 'Start a workout with what the plan prescribes for that day',
          description: 'Idempotent by the client-made id: a retry answers 200 with the same workout.',
          body: startWorkoutBodySchema(memberDate),
          response: { 200: workoutSchema, 201: workoutSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const started = await startWorkout(
          db,
          actor,
          actor.id,
          request.body,
          context.clock(),
          context.billing,
        );
        reply.status(started.isReplay ? 200 : 201);
        return started.workout;
      },
    );

    app.get(
      '/api/workouts/:workoutId',
      {
        schema: {
          tags: ['workouts'],
          summary: 'One workout with its sets and the decisions made when it finished',
          params: workoutParamsSchema,
          response: { 200: workoutSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return readWorkout(db, actor, actor.id, request.params.workoutId);
      },
    );

    app.put(
      '/api/workouts/:workoutId/sets/:setId',
      {
        schema: {
          tags: ['workouts'],
          summary: 'Log one set under the client-made set id',
          description:
            'Idempotent: the same id and content again stores nothing new and answers 200; the same id with other content is 409. A set counted by the camera form check carries `goodReps` (never more than `reps`, else 400) and `measuredBy: "camera"`. `whatNext` is the in-workout pain rule: pain 8/10 or more ends the workout at once (it is finished with the pause, and any later set is 409 `workout-ended-for-pain`); pain above 5/10, or 2 or more above the pain before the workout, stops that exercise for today (a later set of it at that level or above is 409 `exercise-stopped`; one level lower is accepted).',
          params: setParamsSchema,
          body: setLogBodySchema,
          response: { 200: loggedSetAnswerSchema, 201: loggedSetAnswerSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const logged = await logSet(
          { db, batcher: context.setLogBatcher },
          actor,
          actor.id,
          { workoutId: request.params.workoutId, setId: request.params.setId, set: request.body },
          context.clock(),
        );
        await context.alerts.soon(actor.id);
        reply.status(logged.isReplay ? 200 : 201);
        return { ...logged.set, whatNext: logged.whatNext };
      },
    );

    app.post(
      '/api/workouts/:workoutId/finish',
      {
        schema: {
          tags: ['workouts'],
          summary: 'Finish the workout: the engine judges the sets and answers with its decisions',
          description: 'Finishing again answers with the first result.',
          params: workoutParamsSchema,
          body: finishBodySchema,
          response: { 200: workoutSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const finished = await finish(
          db,
          actor,
          actor.id,
          { workoutId: request.params.workoutId, ...request.body },
          context.clock(),
        );
        await context.alerts.soon(actor.id);
        await context.notificationSchedule?.memberChanged(actor.id);
        return finished;
      },
    );

    app.post(
      '/api/check-ins',
      {
        schema: {
          tags: ['workouts'],
          summary: 'The next-morning check-in: back pain compared with before the last workout',
          description: 'Idempotent by the client-made id.',
          body: checkInBodySchema(memberDate),
          response: {
            200: decisionsAnswerSchema,
            201: decisionsAnswerSchema,
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const outcome = await checkIn(db, actor, actor.id, request.body, context.clock());
        await context.alerts.soon(actor.id);
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(outcome.isReplay ? 200 : 201);
        return { decisions: outcome.decisions };
      },
    );
  };
}
