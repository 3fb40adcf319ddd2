import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Refusal } from '../services/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery defence for every state-changing request. Browsers send Sec-Fetch-Site and
 * Origin on such requests; a page on another site can therefore be recognised and refused. Requests with
 * neither header do not come from a browser page (curl, the test client), so they carry no ambient
 * cookies the attacker could borrow. JSON-only bodies add a second wall: a cross-site form cannot send
 * application/json without a CORS preflight, which we never grant.
 *
 * The same site is PUBLIC_URL's origin. Without PUBLIC_URL the server runs on this machine, and whichever
 * loopback name opens it (localhost, 127.0.0.1, [::1]) on the port it listens on is the same site: the
 * start-up log prints 127.0.0.1 first.
 */
export function createCrossSiteGuard(site: { publicUrl: string; isPublicUrlSet: boolean }) {
  const publicOrigin = new URL(site.publicUrl).origin;
  return async function crossSiteGuard(request: FastifyRequest): Promise<void> {
    if (SAFE_METHODS.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const ownPort = request.socket?.localPort;
    const addressToUse =
      site.isPublicUrlSet || ownPort === undefined ? site.publicUrl : `http://localhost:${ownPort}`;
    if (origin !== undefined) {
      if (origin === publicOrigin) return;
      if (!site.isPublicUrlSet && ownPort !== undefined && isLoopbackOrigin(origin, ownPort)) return;
      throw crossSiteProblem(addressToUse);
    }
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      throw crossSiteProblem(addressToUse);
    }
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackOrigin(origin: string, port: number): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  return (
    url.origin === origin &&
    url.protocol === 'http:' &&
    LOOPBACK_NAMES.has(url.hostname) &&
    Number(url.port || 80) === port
  );
}

function crossSiteProblem(addressToUse: string): Refusal {
  return new Refusal(
    'forbidden',
    'cross-site-request',
    'Cross-site request refused',
    `This request came from another website, so it was refused to protect your account. Open Backstrong at ${addressToUse} and try again.`,
  );
}

export interface AttemptLimits {
  /** Attempts per account (email) in the window. */
  perAccount: number;
  /** Attempts per client address in the window. */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: AttemptLimits = {
  perAccount: 10,
  perAddress: 50,
  windowSeconds: 15 * 60,
};

/** Sign-ups and reset emails: few per email, so nobody can flood a member's inbox. */
export const DEFAULT_ACCOUNT_ACTION_LIMITS: AttemptLimits = {
  perAccount: 5,
  perAddress: 30,
  windowSeconds: 60 * 60,
};

/**
 * Sign-in attempts are counted per account and per address. Counters live in this process: a restart
 * forgets them, which only ever errs towards letting a member in. A successful sign-in clears the
 * account's counter, so one typo does not eat into a member's allowance.
 */
export function createAttemptLimiter(limits: AttemptLimits) {
  const byAccount = new RateLimiterMemory({ points: limits.perAccount, duration: limits.windowSeconds });
  const byAddress = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSeconds });
  return {
    async consume(account: string, address: string, reply: FastifyReply): Promise<void> {
      try {
        await Promise.all([byAccount.consume(account.toLowerCase()), byAddress.consume(address)]);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        reply.header('retry-after', String(retryAfterSeconds));
        throw new Refusal(
          'too-many',
          'too-many-attempts',
          'Too many attempts',
          `Too many attempts. For your account's safety, please wait ${formatWait(retryAfterSeconds)} and try again.`,
          { retryAfterSeconds },
        );
      }
    },
    async succeeded(account: string): Promise<void> {
      await byAccount.delete(account.toLowerCase());
    },
  };
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
