import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../db/schema.ts';
import { inviteCoach, listAccounts } from '../services/accounts.ts';
import type { AppContext } from './context.ts';
import {
  commonProblems,
  emailSchema,
  pageQuerySchema,
  personNameSchema,
  problemsWithConflict,
  userSchema,
} from './schemas.ts';

const accountSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime(),
});

export function adminRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/admin/coach-invitations',
      {
        schema: {
          tags: ['admin'],
          summary: 'Invite a coach (admins only): creates the account and emails a link to set a password',
          body: z.object({ email: emailSchema, name: personNameSchema }).strict(),
          response: { 201: userSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.sessions.require(request);
        const user = await inviteCoach(
          { db: context.db, auth: context.auth, mail: context.mail, publicUrl: context.config.publicUrl },
          actor,
          request.body,
          context.clock(),
        );
        reply.status(201);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    );

    app.get(
      '/api/admin/accounts',
      {
        schema: {
          tags: ['admin'],
          summary: 'List accounts with their roles (admins only)',
          querystring: pageQuerySchema,
          response: { 200: z.object({ accounts: z.array(accountSummarySchema) }), ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.sessions.require(request);
        const rows = await listAccounts(context.db, actor, request.query);
        return {
          accounts: rows.map((row) => ({
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role,
            createdAt: new Date(row.created_at).toISOString(),
          })),
        };
      },
    );
  };
}
