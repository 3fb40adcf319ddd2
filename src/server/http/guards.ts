import type { FastifyRequest } from 'fastify';
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
