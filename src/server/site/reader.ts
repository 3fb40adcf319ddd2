import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.ts';

const SESSION_COOKIE = /(^|;\s*)(__Secure-)?backstrong\.session_token=/;

/** Whether the request carries a login session's cookie (alive or not). */
export function hasSessionCookie(request: FastifyRequest): boolean {
  return SESSION_COOKIE.test(request.headers.cookie ?? '');
}

/**
 * Whether the reader of a public page is signed in to the app, for the header's "Open the app". Only a
 * request with the session cookie costs a look-up; a reader with none is a reader signed out.
 */
export function signedInCheck(context: Pick<AppContext, 'loginSessions'>) {
  return async (request: FastifyRequest): Promise<boolean> =>
    hasSessionCookie(request) && (await context.loginSessions.find(request)) !== null;
}
