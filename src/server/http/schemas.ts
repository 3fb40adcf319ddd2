import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/auth.ts';
import { ROLES } from '../db/schema.ts';

/** Shared request and response shapes: the API's vocabulary, and the OpenAPI document's. */
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

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});

export const profileSchema = userSchema.extend({
  healthConsent: z
    .object({ version: z.string(), agreedAt: z.iso.datetime() })
    .nullable()
    .describe('The health-data consent given, or null: without it no health data is stored.'),
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ location: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details (application/problem+json)');

export const okSchema = z.object({ ok: z.literal(true) });

/** Responses every route may give besides its success, for the OpenAPI document. */
export const commonProblems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  413: problemSchema,
  415: problemSchema,
  429: problemSchema,
} as const;

/** The same, for routes that can also answer 409 (an id reused, a state that forbids the change). */
export const problemsWithConflict = { ...commonProblems, 409: problemSchema } as const;

/** Paging for lists, newest or oldest first as each list says. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
