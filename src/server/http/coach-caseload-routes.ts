import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseloadQuerySchema, caseloadSchema } from '../../contract/caseload.ts';
import { coachCaseload } from '../services/caseload.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The coach's home: every member assigned to them, those who need attention first. */
export function coachCaseloadRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    refuseAllButCoaches(app, context);

    app.get(
      '/api/coach/caseload',
      {
        schema: {
          tags: ['coaching'],
          summary:
            "The coach's members: phase, adherence, last workout, pain against usual, open alerts and unread messages; needs attention first",
          description:
            'Every member assigned to the coach (no paging: a caseload is the coach’s real members). A member who does not share with the coach is listed by name only. The counts are of the whole caseload, whatever the filter and search.',
          querystring: caseloadQuerySchema,
          response: { 200: caseloadSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const { filter, phase, search } = request.query;
        return coachCaseload(db, actor, context.clock(), {
          filter,
          phase: phase ?? null,
          search: search && search.length > 0 ? search : null,
        });
      },
    );
  };
}
