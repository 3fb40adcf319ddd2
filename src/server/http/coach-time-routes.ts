import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  coachActionSchema,
  summaryMonthSchema,
  timeEntryBodySchema,
  timeEntryParamsSchema,
  timeLogSchema,
  timeSummaryCsvSchema,
  timeSummarySchema,
} from '../../contract/coach-time.ts';
import { memberParamsSchema } from '../../contract/coaching.ts';
import { localMonthIn } from '../../core/care/clinic-time.ts';
import {
  type ClinicClock,
  coachTimeSummary,
  logTime,
  readTimeLog,
  removeTimeEntry,
} from '../services/coach-time.ts';
import { timeSummaryCsv } from '../services/coach-time-csv.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/**
 * A coach's time and contacts: logging a review or a call on a member by hand, the member's time log,
 * and the month's summary across the coach's members, as JSON and as CSV for the clinic.
 */
export function coachTimeRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const timeZone = context.config.clinicTimeZone;
  const clinicClock = (): ClinicClock => ({ now: context.clock(), timeZone });
  const monthQuerySchema = z.object({ month: summaryMonthSchema(context.clock, timeZone).optional() });
  const monthOf = (month: string | undefined) => month ?? localMonthIn(context.clock(), timeZone);

  return async (app) => {
    refuseAllButCoaches(app, context);

    app.post(
      '/api/coach/members/:memberId/time',
      {
        schema: {
          tags: ['coaching'],
          summary:
            'Log a review or a call on an assigned member, with its minutes (a retry with the same id is stored once)',
          params: memberParamsSchema,
          body: timeEntryBodySchema,
          response: { 200: coachActionSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return logTime(db, actor, request.params.memberId, request.body, clinicClock());
      },
    );

    app.get(
      '/api/coach/members/:memberId/time',
      {
        schema: {
          tags: ['coaching'],
          summary: "The member's coach actions, logged by hand or recorded by the app, newest first",
          params: memberParamsSchema,
          response: { 200: timeLogSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return readTimeLog(db, actor, request.params.memberId, clinicClock());
      },
    );

    app.delete(
      '/api/coach/members/:memberId/time/:actionId',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Remove an entry the coach logged by hand this month',
          params: timeEntryParamsSchema,
          response: { 204: z.null().describe('Removed'), ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        await removeTimeEntry(db, actor, request.params.memberId, request.params.actionId, clinicClock());
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/coach/time',
      {
        schema: {
          tags: ['coaching'],
          summary: "The month's time and data summary for each of the coach's members",
          querystring: monthQuerySchema,
          response: { 200: timeSummarySchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return coachTimeSummary(db, actor, monthOf(request.query.month), clinicClock());
      },
    );

    app.get(
      '/api/coach/time.csv',
      {
        schema: {
          tags: ['coaching'],
          summary: "The month's summary as CSV for the clinic (RFC 4180, header row)",
          description:
            'Text cells starting with = + - or @ are prefixed with an apostrophe so spreadsheets do not run them.',
          querystring: monthQuerySchema,
          response: { 200: timeSummaryCsvSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const month = monthOf(request.query.month);
        const csv = timeSummaryCsv(await coachTimeSummary(db, actor, month, clinicClock()));
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="backstrong-coach-time-${month}.csv"`);
        return csv;
      },
    );
  };
}
