import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountListSchema,
  coachInvitationBodySchema,
  failedMailSchema,
  userSchema,
} from '../../contract/account.ts';
import { pageQuerySchema } from '../../contract/common.ts';
import { inviteCoach, listAccounts } from '../services/accounts.ts';
import { failedMailForAdmin } from '../services/outgoing-mail.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

export function adminRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/admin/coach-invitations',
      {
        schema: {
          tags: ['admin'],
          summary: 'Invite a coach (admins only): creates the account and emails a link to set a password',
          body: coachInvitationBodySchema,
          response: { 201: userSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
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
          response: { 200: accountListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
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

    app.get(
      '/api/admin/failed-mail',
      {
        schema: {
          tags: ['admin'],
          summary:
            'Emails that could not be sent after every try (admins only): recipient, subject, tries and the last error; never the text',
          response: { 200: failedMailSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const { total, mails } = await failedMailForAdmin(context.db, actor);
        return {
          total,
          mails: mails.map((mail) => ({
            id: mail.id,
            kind: mail.kind,
            to: mail.recipient,
            subject: mail.subject,
            attempts: mail.attempts,
            lastError: mail.last_error,
            createdAt: new Date(mail.created_at).toISOString(),
            lastAttemptAt: mail.last_attempt_at ? new Date(mail.last_attempt_at).toISOString() : null,
          })),
        };
      },
    );
  };
}
