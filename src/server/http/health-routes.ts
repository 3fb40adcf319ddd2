import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthStatusSchema } from '../../contract/common.ts';
import { isMigrated } from '../db/migrate.ts';
import type { AppContext } from './context.ts';

export function healthRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: { tags: ['operations'], summary: 'The process is up', response: { 200: healthStatusSchema } },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['operations'],
          summary: 'The database is reachable and fully migrated',
          response: { 200: healthStatusSchema, 503: healthStatusSchema },
        },
      },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(context.db);
          if (!(await isMigrated(context.db))) {
            return reply.status(503).send({ status: 'unavailable', detail: 'database not migrated' });
          }
          return { status: 'ok' as const };
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed');
          return reply.status(503).send({ status: 'unavailable', detail: 'database unreachable' });
        }
      },
    );
  };
}
