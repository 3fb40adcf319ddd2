import { betterAuth } from 'better-auth';
import { createEmailVerificationToken } from 'better-auth/api';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/accounts.ts';
import { deletePasswordLinks, hasPassword, markEmailVerified } from '../db/repositories/users.ts';
import type { Database } from '../db/schema.ts';
import { redactSecretsInText } from '../log.ts';
import { passwordResetMessage, signUpAttemptMessage, signUpConfirmationMessage } from '../mail/messages.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { consentAtSignUp } from '../services/health-consent.ts';

export const AUTH_BASE_PATH = '/api/auth';
export const RESET_LINK_LIFETIME_SECONDS = 60 * 60;
export const INVITE_LINK_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
export const CONFIRM_LINK_LIFETIME_SECONDS = 24 * 60 * 60;

/** Where a sign-up's confirmation link points: our route, which signs the member in and opens the app. */
export function confirmEmailLink(publicUrl: string, token: string): string {
  return `${publicUrl}${AUTH_BASE_PATH}/verify-email?token=${encodeURIComponent(token)}`;
}

export interface AuthOptions {
  db: Kysely<Database>;
  /** The app's logger, so the auth library's messages are JSON lines like every other. */
  logger?: Pick<FastifyBaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
  publicUrl: string;
  secret: string;
  /** Emails are stored and sent by a job, so a request never waits on the mail server. */
  mail: OutgoingMail;
  /** The app's clock: the time a sign-up's consent is recorded with. */
  clock: () => Date;
}

/** Column names as our migrations spell them, for the auth library's camelCase fields. */
const timestamps = { createdAt: 'created_at', updatedAt: 'updated_at' };

/**
 * Accounts, login sessions, password hashing (scrypt, memory-hard) and reset tokens come from better-auth,
 * running on our own Kysely database and tables. Rate limiting and cross-site checks are ours (see
 * http/guards.ts) so they cover every route alike.
 */
export function createAuth(options: AuthOptions) {
  const isHttps = options.publicUrl.startsWith('https://');
  return betterAuth({
    appName: 'Backstrong',
    baseURL: options.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: options.secret,
    database: { db: options.db, type: 'postgres' },
    trustedOrigins: [options.publicUrl],
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      log(level, message, ...args) {
        const log = options.logger;
        if (!log) return;
        log[level](detailsForLog(args), `auth: ${message}`);
      },
    },
    // A failure that is not a refusal (the database is down, a query failed) is thrown to our error
    // handler, which logs it without its query's values, instead of being printed whole to stderr.
    onAPIError: { throw: true },
    rateLimit: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      // A sign-up is answered the same whether or not the email has an account, and signs nobody in:
      // the account opens when its owner follows the link emailed to the address.
      requireEmailVerification: true,
      autoSignIn: false,
      async onExistingUserSignUp({ user }) {
        // Someone who signed up before and never confirmed is most likely the same person: a new link.
        // (Not for an invited coach yet to choose a password: that account opens from the invitation.)
        if (!user.emailVerified && (await hasPassword(options.db, user.id))) {
          const token = await createEmailVerificationToken(
            options.secret,
            user.email,
            undefined,
            CONFIRM_LINK_LIFETIME_SECONDS,
            { userId: user.id },
          );
          const link = confirmEmailLink(options.publicUrl, token);
          await options.mail.send(signUpConfirmationMessage(user, link, { isSignUpAgain: true }));
          return;
        }
        await options.mail.send(
          signUpAttemptMessage(user, {
            signIn: `${options.publicUrl}/sign-in`,
            resetPassword: `${options.publicUrl}/forgot-password`,
          }),
        );
      },
      resetPasswordTokenExpiresIn: RESET_LINK_LIFETIME_SECONDS,
      revokeSessionsOnPasswordReset: true,
      // The link just used is spent by the library; the account's other links end with it. Opening a
      // link sent to the address also proves it is the owner's (an invited coach, a member who never
      // confirmed).
      async onPasswordReset({ user }) {
        await deletePasswordLinks(options.db, user.id);
        await markEmailVerified(options.db, user.id);
      },
      async sendResetPassword({ user, token }) {
        const link = `${options.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await options.mail.send(passwordResetMessage(user, link));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: CONFIRM_LINK_LIFETIME_SECONDS,
      // The link's token is signed, not stored: it holds the account's id and email and expires.
      async sendVerificationEmail({ user, token }) {
        await options.mail.send(signUpConfirmationMessage(user, confirmEmailLink(options.publicUrl, token)));
      },
    },
    user: {
      modelName: 'users',
      fields: { emailVerified: 'email_verified', ...timestamps },
      additionalFields: {
        role: { type: 'string', fieldName: 'role', input: false, required: false, defaultValue: 'member' },
        healthConsentVersion: {
          type: 'string',
          fieldName: 'health_consent_version',
          input: true,
          required: false,
        },
        healthConsentAt: { type: 'date', fieldName: 'health_consent_at', input: false, required: false },
      },
    },
    session: {
      modelName: 'auth_sessions',
      fields: {
        userId: 'user_id',
        expiresAt: 'expires_at',
        ipAddress: 'ip_address',
        userAgent: 'user_agent',
        ...timestamps,
      },
      expiresIn: 30 * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
    },
    account: {
      modelName: 'auth_accounts',
      fields: {
        accountId: 'account_id',
        providerId: 'provider_id',
        userId: 'user_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        ...timestamps,
      },
    },
    verification: {
      modelName: 'auth_verifications',
      fields: { expiresAt: 'expires_at', ...timestamps },
      // Reset links are stored hashed: a database leak does not hand out working links.
      storeIdentifier: 'hashed',
    },
    advanced: {
      cookiePrefix: 'backstrong',
      useSecureCookies: isHttps,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: isHttps },
      ipAddress: { ipAddressHeaders: ['x-backstrong-client-ip'] },
    },
    databaseHooks: {
      user: {
        create: {
          async before(user) {
            return { data: { ...user, ...consentAtSignUp(user.healthConsentVersion, options.clock()) } };
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * What the auth library hands its log calls: an error goes under `err` (logged as its kind and words
 * only, see log.ts); other values under `details`, where secret-named fields are redacted.
 */
function detailsForLog(args: unknown[]): Record<string, unknown> {
  const error = args.find((arg) => arg instanceof Error);
  const others = args
    .filter((arg) => !(arg instanceof Error))
    .map((arg) => (typeof arg === 'string' ? redactSecretsInText(arg) : arg));
  return { ...(error ? { err: error } : {}), ...(others.length > 0 ? { details: others } : {}) };
}
