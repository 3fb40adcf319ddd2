import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MEMBERSHIP_MEMBERS_PAGE_SIZE,
  membershipMembersQuerySchema,
  membershipMembersSchema,
  membershipRevenueSchema,
} from '../../contract/membership-admin.ts';
import { membershipRevenue, membersWithTiers } from '../services/membership-admin.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The admin's view of membership: every member's tier and why, and the revenue figures. */
export function membershipAdminRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, billing } = context;
  return async (app) => {
    app.get(
      '/api/admin/membership/members',
      {
        schema: {
          tags: ['membership'],
          summary: 'Every member with their tier now and why, by name (admins only)',
          description: `${MEMBERSHIP_MEMBERS_PAGE_SIZE} a page; the next page starts \`after\` the \`next\` of the one before.`,
          querystring: membershipMembersQuerySchema,
          response: { 200: membershipMembersSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const page = await membersWithTiers(db, actor, billing, request.query, context.clock());
        reply.header('cache-control', 'private, no-store');
        return page;
      },
    );

    app.get(
      '/api/admin/membership/revenue',
      {
        schema: {
          tags: ['membership'],
          summary:
            'Paying subscriptions, monthly recurring revenue, this month’s new and churned (admins only)',
          description:
            'Paying: premium through the subscription now (in its period, or the grace days after a failed renewal), trialing (not charged yet) left out. Months are the clinic’s (CLINIC_TIME_ZONE).',
          response: { 200: membershipRevenueSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const revenue = await membershipRevenue(db, actor, context.config.clinicTimeZone, context.clock());
        reply.header('cache-control', 'private, no-store');
        return revenue;
      },
    );
  };
}
