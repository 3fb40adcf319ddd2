import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dateOfBirthBodySchema,
  eraseBodySchema,
  healthConsentBodySchema,
  type Profile,
  profileSchema,
} from '../../contract/account.ts';
import { coachSharingBodySchema } from '../../contract/coaching.ts';
import { okSchema } from '../../contract/common.ts';
import { giveHealthConsent, noteAccountSeen } from '../services/accounts.ts';
import { shareWithCoach, stopSharingWithCoach } from '../services/coach-sharing.ts';
import { lastHealthConsentWithdrawal, withdrawHealthConsent } from '../services/consent-withdrawal.ts';
import { changeDateOfBirth, dateOfBirthOf } from '../services/date-of-birth.ts';
import { isSelfEditor } from '../services/editors.ts';
import { eraseAccount } from '../services/erase.ts';
import type { SignedInUser } from './auth-bridge.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** Tells the browser to drop the login-session cookie (both spellings: plain and, over https, __Secure-). */
function expiredSessionCookies(isHttps: boolean): string[] {
  const attributes = `Path=/; Max-Age=0; HttpOnly; SameSite=Lax${isHttps ? '; Secure' : ''}`;
  const name = 'backstrong.session_token';
  return isHttps
    ? [`__Secure-${name}=; ${attributes}`, `${name}=; ${attributes}`]
    : [`${name}=; ${attributes}`];
}

interface FreshDetails {
  isEditor: boolean;
  withdrawnAt: Date | undefined;
  dateOfBirth: string | null;
}

function toProfile(user: SignedInUser, { isEditor, withdrawnAt, dateOfBirth }: FreshDetails): Profile {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    healthConsent:
      user.healthConsentVersion && user.healthConsentAt
        ? { version: user.healthConsentVersion, agreedAt: user.healthConsentAt.toISOString() }
        : null,
    healthConsentWithdrawnAt: withdrawnAt?.toISOString() ?? null,
    isEditor,
    dateOfBirth,
  };
}

export function meRoutes(context: AppContext): FastifyPluginAsyncZod {
  const dateOfBirthBody = dateOfBirthBodySchema(context.clock);
  return async (app) => {
    app.get(
      '/api/me',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The signed-in account',
          response: { 200: profileSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await noteAccountSeen(context.db, user, user.id, context.clock());
        // Read now, not from the cached login session: a role granted or taken away shows at once.
        const [isEditor, withdrawnAt, dateOfBirth] = await Promise.all([
          isSelfEditor(context.db, user),
          lastHealthConsentWithdrawal(context.db, user, user.id),
          dateOfBirthOf(context.db, user, user.id),
        ]);
        return toProfile(user, { isEditor, withdrawnAt, dateOfBirth });
      },
    );

    app.put(
      '/api/me/date-of-birth',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Give, change or remove (null) my date of birth',
          description:
            'Optional: it heads the progress report for a doctor or physiotherapist, and the coach sees it. Idempotent.',
          body: dateOfBirthBody,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await changeDateOfBirth(context.db, user, user.id, request.body.dateOfBirth, context.clock());
        return { ok: true as const };
      },
    );

    app.post(
      '/api/me/health-consent',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Give consent to process health data (for an account created without it)',
          body: healthConsentBodySchema,
          response: { 200: okSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await giveHealthConsent(context.db, user, user.id, request.body.version, context.clock());
        await context.loginSessions.forget();
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/me/health-consent',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Withdraw consent to store health data',
          description:
            'From the next request on nothing new is stored and the coach sees nothing; sharing with the coach stops too. What is stored is kept (for the export, or to carry on after consenting again) until the account is erased. Idempotent: withdrawing again changes nothing. The withdrawal is kept with its time in the consent history, which the export holds.',
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await withdrawHealthConsent(context.db, user, user.id, context.clock());
        await context.loginSessions.forget();
        return { ok: true as const };
      },
    );

    app.put(
      '/api/me/coach-sharing',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Share my health data with my coach (now and whoever is assigned later)',
          description: 'Idempotent: agreeing again records the time again.',
          body: coachSharingBodySchema,
          response: { 200: okSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await shareWithCoach(context.db, user, user.id, request.body.version, context.clock());
        // Their coach hears at once about what is happening now, not only after the next write or sweep.
        await context.alerts.soon(user.id);
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/me/coach-sharing',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Stop sharing my health data with my coach; their access ends at once',
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await stopSharingWithCoach(context.db, user, user.id, context.clock());
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/me',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Delete the account and all its health data, for good',
          description:
            'Confirmed with the current password (attempts are limited like sign-in). Every login session ends.',
          body: eraseBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const user = await context.loginSessions.require(request);
        await context.signInLimiter.consume(user.email, request.ip, reply);
        await eraseAccount(
          { db: context.db, auth: context.auth, billing: context.billing },
          user,
          user.id,
          request.body.password,
        );
        await context.loginSessions.forget();
        reply.header('set-cookie', expiredSessionCookies(context.config.publicUrl.startsWith('https://')));
        return { ok: true as const };
      },
    );
  };
}
