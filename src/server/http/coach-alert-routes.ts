import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alertListSchema,
  alertParamsSchema,
  alertQuerySchema,
  alertSchema,
  memberAlertParamsSchema,
  memberAlertQuerySchema,
  resolveAlertBodySchema,
} from '../../contract/alerts.ts';
import { acknowledgeAlert, memberAlerts, resolveAlert, reviewQueue } from '../services/alerts.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/**
 * A coach's alerts: the review queue across their members, one member's alerts, and acknowledging and
 * resolving one. An alert of a member who is not theirs, or who stopped sharing with them, is 404.
 */
export function coachAlertRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    refuseAllButCoaches(app, context);

    app.get(
      '/api/coach/alerts',
      {
        schema: {
          tags: ['coaching'],
          summary:
            "The coach's review queue: open alerts across their members, most severe first, then oldest",
          description:
            'Only members assigned to the coach who share with them. `state=resolved` lists resolved ones instead, newest first; at most `limit` (default 100, at most 200).',
          querystring: alertQuerySchema,
          response: { 200: alertListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const { severity, state, limit } = request.query;
        return { alerts: await reviewQueue(db, actor, { severities: severity ?? null, state, limit }) };
      },
    );

    app.get(
      '/api/coach/members/:memberId/alerts',
      {
        schema: {
          tags: ['coaching'],
          summary: "One member's alerts, for their coach: open ones most severe first, or resolved ones",
          params: memberAlertParamsSchema,
          querystring: memberAlertQuerySchema,
          response: { 200: alertListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return { alerts: await memberAlerts(db, actor, request.params.memberId, request.query) };
      },
    );

    app.post(
      '/api/coach/alerts/:alertId/acknowledge',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Acknowledge an alert: the coach has seen it and is on it',
          description: 'Idempotent: acknowledging again changes nothing.',
          params: alertParamsSchema,
          response: { 200: alertSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return acknowledgeAlert(db, actor, request.params.alertId, context.clock());
      },
    );

    app.post(
      '/api/coach/alerts/:alertId/resolve',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Resolve an alert with a note of what was done',
          description:
            'Recorded in the coach time log. Idempotent: resolving again keeps the first note. The same cause never raises again; a new episode raises a new alert.',
          params: alertParamsSchema,
          body: resolveAlertBodySchema,
          response: { 200: alertSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return resolveAlert(db, actor, request.params.alertId, request.body.note, context.clock());
      },
    );
  };
}
