import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Refusal } from '../services/errors.ts';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType, sendProblem } from './problem.ts';

/**
 * Requests too broken for a route to see them: Node's HTTP parser gives up on them (malformed HTTP,
 * headers or an address past the size limit), or the router cannot read their address. They are answered
 * in the same problem+json as everything else, so a client has one error format to understand.
 */

type Problem = Omit<ProblemDetails, 'instance'>;

function problemOfParserError(code: string | undefined): Problem {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      type: problemType('headers-too-large'),
      title: 'Request headers too large',
      status: 431,
      detail: 'The request line and headers together are larger than this server accepts.',
    };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      type: problemType('request-timeout'),
      title: 'Request timeout',
      status: 408,
      detail: 'The request did not arrive in time.',
    };
  }
  return {
    type: problemType('malformed-http'),
    title: 'Malformed HTTP',
    status: 400,
    detail: 'The request is not valid HTTP/1.1, so it could not be read.',
  };
}

/** Fastify's `clientErrorHandler`: the parser gave up, so there is only the socket to write to. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = problemOfParserError(error.code);
    const body = JSON.stringify(problem);
    socket.write(
      [
        `HTTP/1.1 ${problem.status} ${problem.title}`,
        `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        'X-Content-Type-Options: nosniff',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy(error);
}

/** Fastify's `frameworkErrors`: a request the router could not match because of its address. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-content-type-options', 'nosniff');
  const path = request.url.split('?')[0];
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(
      reply,
      {
        type: problemType('address-too-long'),
        title: 'Address too long',
        status: 414,
        detail: 'A part of the address is longer than any id or name this API uses.',
      },
      request,
    );
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(
      reply,
      {
        type: problemType('bad-address'),
        title: 'Bad address',
        status: 400,
        detail: `The address ${JSON.stringify(path)} has a broken percent-encoding.`,
      },
      request,
    );
  }
  request.log.error({ err: error }, 'request failed before routing');
  return sendProblem(
    reply,
    {
      type: problemType('internal-error'),
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side. Please try again in a moment.',
    },
    request,
  );
}

/** HTTP/1.1 requires a Host header (RFC 9112, section 3.2); HTTP/1.0 may leave it out. */
export function hostRequired(): Refusal {
  return new Refusal(
    'invalid',
    'host-required',
    'Host header required',
    'An HTTP/1.1 request must say which host it is for.',
  );
}
