import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  emailBodySchema,
  emailSentSchema,
  resetPasswordBodySchema,
  signedInSchema,
  signInBodySchema,
  signUpBodySchema,
  type User,
  userSchema,
  verifyEmailQuerySchema,
  verifyEmailRedirectSchema,
} from '../../contract/account.ts';
import { okSchema } from '../../contract/common.ts';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { deletePasswordLinks } from '../db/repositories/users.ts';
import { refuseDemoSignInWhileMade } from '../services/demo-data.ts';
import { Refusal } from '../services/errors.ts';
import { callAuth } from './auth-bridge.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

function toUser(body: Record<string, unknown>): User {
  const user = userSchema.parse({ role: 'member', ...(body.user as object) });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The account endpoints. Each validates its body here (so the OpenAPI document describes it and bad input
 * gets a clear 400) and then hands the work to the auth library.
 */
export function authRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { auth, config } = context;
  return async (app) => {
    app.post(
      '/api/auth/sign-up/email',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Start creating an account: emails a link that confirms the address and signs in',
          description: `Answers the same whether or not the email has an account, so it cannot be used to find members: a new email gets a link (valid 24 hours) that opens the account; an email that has one gets a note to its owner instead, and nothing changes. Nobody is signed in by this call. Consent to health data (version "${HEALTH_DATA_CONSENT.version}") is recorded with the time when healthConsentVersion is sent; without it no health data is stored.`,
          body: signUpBodySchema,
          response: { 200: emailSentSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        await context.signUpLimiter.consume(request.body.email, request.ip, reply);
        await callAuth(auth, config.publicUrl, request, reply, '/sign-up/email', request.body);
        return {
          message:
            'Check your email: we sent a link to confirm the address and finish creating your account.',
        };
      },
    );

    app.get(
      '/api/auth/verify-email',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Open the emailed sign-up link: confirms the address, signs in and opens the app',
          description:
            'Answers with a redirect: to the app, signed in, the first time the link is opened; to the app without signing in when the address was already confirmed; to sign-in with `?email-link=invalid` when the link is expired or not ours.',
          querystring: verifyEmailQuerySchema,
          response: { 303: verifyEmailRedirectSchema },
        },
      },
      async (request, reply) => {
        const path = `/verify-email?token=${encodeURIComponent(request.query.token)}`;
        try {
          await callAuth(auth, config.publicUrl, request, reply, path);
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          return reply.redirect('/sign-in?email-link=invalid', 303);
        }
        // Into the app itself: `/` is the public homepage, which only links to the app.
        return reply.redirect('/today', 303);
      },
    );

    app.post(
      '/api/auth/send-verification-email',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Email a new sign-up link to an account whose address is not confirmed yet',
          description:
            'Answers the same whether or not the email has an account, and whether or not it is confirmed. Counted with sign-ups to the same email: past the limit no more are sent, and the links already sent keep working.',
          body: emailBodySchema,
          response: { 200: emailSentSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        if (await context.signUpLimiter.allows(request.body.email, request.ip, reply)) {
          // Without the request's login session, so the answer never depends on who is signed in.
          await auth.api.sendVerificationEmail({ body: { email: request.body.email } });
        }
        return {
          message:
            'If an account is waiting for this email to be confirmed, a new link is on its way. Any link sent before keeps working.',
        };
      },
    );

    app.post(
      '/api/auth/sign-in/email',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with email and password',
          description:
            'Failed attempts are limited per account and address, per address, and (from addresses the account has never signed in from) per account; past a limit the answer is 429. Someone else failing never stops the owner where they signed in before. A demo account answers 409 for the few seconds after a first start while its history is still being made.',
          body: signInBodySchema,
          response: { 200: signedInSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        // Before the attempt limits: a newcomer trying again while the demo data is made is no attacker.
        await refuseDemoSignInWhileMade(context.db, request.body.email);
        await context.signInLimiter.consume(request.body.email, request.ip, reply);
        const result = await callAuth(auth, config.publicUrl, request, reply, '/sign-in/email', {
          ...request.body,
          rememberMe: true,
        });
        await context.signInLimiter.succeeded(request.body.email, request.ip);
        return { user: toUser(result.body) };
      },
    );

    app.post(
      '/api/auth/sign-out',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Sign out: ends this login session',
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        await callAuth(auth, config.publicUrl, request, reply, '/sign-out', {});
        await context.loginSessions.forget();
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/change-password',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Change the password; other login sessions are signed out and reset links end',
          body: changePasswordBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const result = await callAuth(auth, config.publicUrl, request, reply, '/change-password', {
          ...request.body,
          revokeOtherSessions: true,
        });
        // A reset link asked for before the change must not undo it.
        await deletePasswordLinks(context.db, toUser(result.body).id);
        await context.loginSessions.forget();
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/request-password-reset',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Email a single-use link to choose a new password (valid one hour)',
          description:
            'Answers the same whether or not the email has an account, so it cannot be used to find members. Past the limit of emails to one account the answer says so and no more are sent; the links already sent keep working until one is used.',
          body: emailBodySchema,
          response: { 200: emailSentSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        // Counted the same whether or not the email has an account, so the answer tells nothing either way.
        if (!(await context.resetEmailLimiter.allows(request.body.email, request.ip, reply))) {
          return {
            message:
              'If an account uses this email, links to choose a new password were already sent to it within the hour. The newest one works: please look for it, also in spam.',
          };
        }
        await callAuth(auth, config.publicUrl, request, reply, '/request-password-reset', request.body);
        return { message: 'If an account uses this email, a link to choose a new password is on its way.' };
      },
    );

    app.post(
      '/api/auth/reset-password',
      {
        schema: {
          tags: ['accounts'],
          summary:
            "Choose a new password with the emailed link; every login session is signed out and the account's other links end",
          body: resetPasswordBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        await callAuth(auth, config.publicUrl, request, reply, '/reset-password', request.body);
        await context.loginSessions.forget();
        return { ok: true as const };
      },
    );
  };
}
