/** Accounts: sign-up, sign-in, passwords, consent, the profile, erasing, the admin's list and invitations. */
import { z } from 'zod';
import { OLDEST_AGE_YEARS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES } from '../core/accounts.ts';
import { HEALTH_DATA_CONSENT } from '../core/consent.ts';
import { plausibleWindow, serverToday } from './dates.ts';

export type { Role } from '../core/accounts.ts';

export const emailSchema = z
  .email({ error: 'expected an email address' })
  .max(254, 'an email address has at most 254 characters')
  .transform((email) => email.trim().toLowerCase());

export const passwordSchema = z
  .string({ error: 'expected a password' })
  .min(PASSWORD_MIN_LENGTH, `a password needs at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `a password has at most ${PASSWORD_MAX_LENGTH} characters`);

export const personNameSchema = z
  .string({ error: 'expected a name' })
  .trim()
  .min(1, 'a name cannot be empty')
  .max(100, 'a name has at most 100 characters')
  // Names are letters with spaces, apostrophes, hyphens and dots ("Anne-Marie O'Neil Jr."): markup or
  // code in a name is refused rather than stored and shown to a coach later.
  .regex(/^\p{L}[\p{L}\p{M} '’.-]*$/u, 'a name can hold letters, spaces, apostrophes, hyphens and dots');

/** A password being confirmed (not chosen): any length the server could have stored. */
const currentPasswordSchema = z.string().min(1).max(1024);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type User = z.infer<typeof userSchema>;

export const profileSchema = userSchema.extend({
  healthConsent: z
    .object({ version: z.string(), agreedAt: z.iso.datetime() })
    .nullable()
    .describe('The health-data consent given, or null: without it no health data is stored.'),
  healthConsentWithdrawnAt: z.iso
    .datetime()
    .nullable()
    .describe('When the member last withdrew the health-data consent, or null if they never have.'),
  /** Whether the account may write the publication (an admin grants the role to coaches and admins). */
  isEditor: z.boolean(),
  dateOfBirth: z.iso
    .date()
    .nullable()
    .describe('Given by the member if they wish, for the header of their progress report; null: not given.'),
});
export type Profile = z.infer<typeof profileSchema>;

export const signUpBodySchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: personNameSchema,
    healthConsentVersion: z
      .literal(HEALTH_DATA_CONSENT.version, {
        error: `expected the current consent version "${HEALTH_DATA_CONSENT.version}"`,
      })
      .optional(),
  })
  .strict();
export type SignUpBody = z.input<typeof signUpBodySchema>;

/** The answer of every request that may email a link: the same whether or not the email has an account. */
export const emailSentSchema = z.object({ message: z.string() });
export type EmailSent = z.infer<typeof emailSentSchema>;

/** A sign-up link's token: a signed token, three base64url parts joined by dots. */
const confirmTokenSchema = z
  .string()
  .min(1, 'expected the token from the emailed link')
  .max(2048, 'a link token has at most 2048 characters')
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){2}$/, 'expected the token from the emailed link');

export const verifyEmailQuerySchema = z.object({ token: confirmTokenSchema }).strict();
export const verifyEmailRedirectSchema = z.null().describe('A redirect to the app or to sign-in');

/** Asking for a new confirmation link, or for a reset link. */
export const emailBodySchema = z.object({ email: emailSchema }).strict();
export type EmailBody = z.input<typeof emailBodySchema>;

export const signInBodySchema = z.object({ email: emailSchema, password: currentPasswordSchema }).strict();
export type SignInBody = z.input<typeof signInBodySchema>;

export const signedInSchema = z.object({ user: userSchema });
export type SignedIn = z.infer<typeof signedInSchema>;

export const changePasswordBodySchema = z
  .object({ currentPassword: currentPasswordSchema, newPassword: passwordSchema })
  .strict();
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;

/** Reset and invitation links carry URL-safe letters, digits, '-' and '_' only; anything else is no link of ours. */
const resetTokenSchema = z
  .string()
  .min(1, 'expected the token from the emailed link')
  .max(512, 'a link token has at most 512 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'expected the token from the emailed link (letters, digits, - and _)');

export const resetPasswordBodySchema = z
  .object({ token: resetTokenSchema, newPassword: passwordSchema })
  .strict();
export type ResetPasswordBody = z.input<typeof resetPasswordBodySchema>;

export const healthConsentBodySchema = z.object({ version: z.string().min(1).max(50) }).strict();
export type HealthConsentBody = z.input<typeof healthConsentBodySchema>;

/**
 * A date of birth, or null to remove it: a day on the calendar no later than the member's today (a day
 * ahead of the server's, east of UTC) and at most OLDEST_AGE_YEARS back. A factory: "today" moves.
 */
export function dateOfBirthBodySchema(clock: () => Date) {
  const dateOfBirth = z.iso.date({ error: 'expected a date like 1961-03-12' }).check((context) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(context.value)) return;
    const earliest = `${Number(serverToday(clock()).slice(0, 4)) - OLDEST_AGE_YEARS}-01-01`;
    const { latest } = plausibleWindow(clock());
    if (context.value < earliest || context.value > latest) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: `expected a date of birth from ${earliest} to today`,
      });
    }
  });
  return z.object({ dateOfBirth: dateOfBirth.nullable() }).strict();
}
export type DateOfBirthBody = z.input<ReturnType<typeof dateOfBirthBodySchema>>;

export const eraseBodySchema = z
  .object({ password: z.string().min(1, 'enter your current password').max(1024) })
  .strict();
export type EraseBody = z.input<typeof eraseBodySchema>;

export const coachInvitationBodySchema = z.object({ email: emailSchema, name: personNameSchema }).strict();
export type CoachInvitationBody = z.input<typeof coachInvitationBodySchema>;

export const accountSummarySchema = userSchema.extend({ createdAt: z.iso.datetime() });
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const accountListSchema = z.object({ accounts: z.array(accountSummarySchema) });
export type AccountList = z.infer<typeof accountListSchema>;

/** Emails the send-mail job gave up on, for the admin: who, what, when and why; never the text. */
export const failedMailSchema = z.object({
  /** How many messages could not be sent in all; `mails` holds the newest of them. */
  total: z.number().int(),
  mails: z.array(
    z.object({
      id: z.string(),
      kind: z.string().describe('which message: password-reset, coach-invitation, sign-up-confirmation, …'),
      to: z.string(),
      subject: z.string(),
      attempts: z.number().int(),
      lastError: z.string().nullable().describe("the mail server's or transport's words on the last try"),
      createdAt: z.iso.datetime(),
      lastAttemptAt: z.iso.datetime().nullable(),
    }),
  ),
});
export type FailedMail = z.infer<typeof failedMailSchema>;
