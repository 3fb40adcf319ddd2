/**
 * The API's shared words: problems, paging and the ids clients make. Every schema of the API lives in
 * src/contract, one file per area: the server validates with them and the OpenAPI document is generated
 * from them; the web app imports their inferred types (type-only, so no Zod reaches the phone).
 */
import { z } from 'zod';

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
export type Problem = z.infer<typeof problemSchema>;
export type FieldError = NonNullable<Problem['errors']>[number];

export const okSchema = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof okSchema>;

/** Paging for lists, newest or oldest first as each list says. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/**
 * A UUID is one id in any case (RFC 9562 compares them without regard to case), so it is stored in lower
 * case: a retry that spells the id in capitals finds the first entry instead of making a second.
 */
export const clientIdSchema = z
  .uuid({ error: 'expected a UUID made by the client for this entry' })
  .overwrite((id) => id.toLowerCase());

/** The health probes' answer. */
export const healthStatusSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  detail: z.string().optional(),
});
export type HealthStatus = z.infer<typeof healthStatusSchema>;
