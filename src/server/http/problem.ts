import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { Refusal, type RefusalKind } from '../services/errors.ts';

/**
 * RFC 9457 problem details. Every error a client can cause is answered with one of these, with a 4xx
 * status and a sentence saying what was wrong; only our own faults are 500, and those say nothing inside.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For invalid input: where and what, one entry per problem found. */
  errors?: { location: string; message: string }[];
  /** Machine-readable reason from the auth library, e.g. INVALID_EMAIL_OR_PASSWORD. */
  code?: string;
  /** With 429: how long to wait. */
  retryAfterSeconds?: number;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemType(slug: string): string {
  return `urn:backstrong:problem:${slug}`;
}

export function sendProblem(
  reply: FastifyReply,
  problem: Omit<ProblemDetails, 'instance'>,
  request?: FastifyRequest,
): FastifyReply {
  const body: ProblemDetails = { ...problem, instance: request?.url.split('?')[0] };
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

const STATUS_OF_REFUSAL: Record<RefusalKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many': 429,
};

/** Fastify's own error codes for requests it could not even parse, and what to tell the client. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; slug: string; title: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, slug: 'malformed-json', title: 'Malformed JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, slug: 'malformed-json', title: 'Malformed JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, slug: 'body-too-large', title: 'Request body too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    slug: 'unsupported-media-type',
    title: 'Unsupported media type',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, slug: 'bad-request', title: 'Bad request' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, slug: 'unsupported-media-type', title: 'Unsupported media type' },
};

function describeLocation(context: string | undefined, instancePath: string): string {
  const where = context ?? 'body';
  const path = instancePath.split('/').filter(Boolean);
  return path.length === 0 ? where : `${where}.${path.join('.')}`;
}

export function errorToProblem(error: FastifyError): Omit<ProblemDetails, 'instance'> {
  if (error instanceof Refusal) {
    return {
      type: problemType(error.reason),
      title: error.title,
      status: STATUS_OF_REFUSAL[error.kind],
      detail: error.message,
      ...error.extensions,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      location: describeLocation(error.validationContext, issue.instancePath),
      message: issue.message ?? 'invalid value',
    }));
    return {
      type: problemType('invalid-request'),
      title: 'Invalid request',
      status: 400,
      detail: errors.map((entry) => `${entry.location}: ${entry.message}`).join('; '),
      errors,
    };
  }
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (known) {
    return { type: problemType(known.slug), title: known.title, status: known.status, detail: error.message };
  }
  if (error instanceof SyntaxError || error.code?.startsWith('FST_ERR_CTP_')) {
    return { type: problemType('bad-request'), title: 'Bad request', status: 400, detail: error.message };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { type: problemType('bad-request'), title: 'Bad request', status, detail: error.message };
  }
  return {
    type: problemType('internal-error'),
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side. Please try again in a moment.',
  };
}
