import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coachAssignmentBodySchema,
  coachListSchema,
  memberAssignmentListSchema,
  memberAssignmentSchema,
  memberParamsSchema,
} from '../../contract/coaching.ts';
import { pageQuerySchema } from '../../contract/common.ts';
import {
  assignMemberToCoach,
  listCoaches,
  listMembersWithCoaches,
  removeCoachFromMember,
} from '../services/coach-assignments.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** Who coaches whom, for admins: the coaches, the members with their coach, assigning and removing. */
export function adminCoachRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/admin/coaches',
      {
        schema: {
          tags: ['admin'],
          summary: 'Coaches by name, each with how many members they look after (admins only)',
          querystring: pageQuerySchema,
          response: { 200: coachListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return { coaches: await listCoaches(db, actor, request.query) };
      },
    );

    app.get(
      '/api/admin/members',
      {
        schema: {
          tags: ['admin'],
          summary:
            'Members with their coach (admins only): those who asked for a coach first, oldest request first',
          querystring: pageQuerySchema,
          response: { 200: memberAssignmentListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return listMembersWithCoaches(db, actor, request.query);
      },
    );

    app.put(
      '/api/admin/members/:memberId/coach',
      {
        schema: {
          tags: ['admin'],
          summary:
            'Give a member this coach, replacing any other; clears their request for one (admins only)',
          description:
            'Idempotent. The new coach reaches the member’s data from now on (while the member shares with their coach), the old one no longer.',
          params: memberParamsSchema,
          body: coachAssignmentBodySchema,
          response: { 200: memberAssignmentSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return assignMemberToCoach(db, actor, request.params.memberId, request.body.coachId, context.clock());
      },
    );

    app.delete(
      '/api/admin/members/:memberId/coach',
      {
        schema: {
          tags: ['admin'],
          summary: 'Take the member’s coach away; the coach’s access ends at once (admins only)',
          description: 'Idempotent: a member without a coach stays without one.',
          params: memberParamsSchema,
          response: { 200: memberAssignmentSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return removeCoachFromMember(db, actor, request.params.memberId);
      },
    );
  };
}
