import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { hasFeature } from '../services/membership.ts';

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

/** Who reads a page, as far as the page cares: signed in or not, and whether premium pieces are theirs. */
export interface Reader {
  isSignedIn: boolean;
  /** Premium articles whole and premium episodes' audio: a premium member's, or everyone's without tiers. */
  canReadPremium: boolean;
  /** Whether there are tiers at all (MEMBERSHIP on): without them nothing speaks of premium. */
  isMembershipOn: boolean;
}

/** The reader of a public page, worked out from their login session and our own tables only. */
export function readerCheck(context: Pick<AppContext, 'loginSessions' | 'db' | 'billing' | 'clock'>) {
  return async (request: FastifyRequest): Promise<Reader> => {
    const { isMembershipOn } = context.billing;
    const user = hasSessionCookie(request) ? await context.loginSessions.find(request) : null;
    if (!user) return { isSignedIn: false, canReadPremium: !isMembershipOn, isMembershipOn };
    const canReadPremium = await hasFeature(
      context.db,
      context.billing,
      user.id,
      'premium-publication',
      context.clock(),
    );
    return { isSignedIn: true, canReadPremium, isMembershipOn };
  };
}
