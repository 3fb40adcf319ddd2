import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageQuerySchema } from '../../contract/common.ts';
import { subscriberListSchema, subscribersCsvSchema } from '../../contract/subscribers.ts';
import { subscribersCsv, subscribersForAdmin } from '../services/subscribers-admin.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The Sunday email's list for the admin: how many, a page of them, and all of them as CSV. */
export function adminSubscriberRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/subscribers',
      {
        schema: {
          tags: ['admin'],
          summary:
            "The Sunday email's confirmed subscribers, newest first, with how many there are (admins only)",
          querystring: pageQuerySchema,
          response: { 200: subscriberListSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const { total, subscribers } = await subscribersForAdmin(context.db, actor, request.query);
        reply.header('cache-control', 'private, no-store');
        return {
          total,
          subscribers: subscribers.map((row) => ({
            email: row.email,
            consentedAt: new Date(row.consented_at).toISOString(),
          })),
        };
      },
    );

    app.get(
      '/api/admin/subscribers.csv',
      {
        schema: {
          tags: ['admin'],
          summary: 'Every confirmed subscriber as CSV: email, consented_at (admins only)',
          description:
            'Text cells starting with = + - or @ are prefixed with an apostrophe so spreadsheets do not run them.',
          response: { 200: subscribersCsvSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const csv = await subscribersCsv(context.db, actor);
        const day = context.clock().toISOString().slice(0, 10);
        reply
          .type('text/csv; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .header('content-disposition', `attachment; filename="backstrong-subscribers-${day}.csv"`);
        return csv;
      },
    );
  };
}
