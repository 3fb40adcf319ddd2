import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { CROSS_ORIGIN_ISOLATION_HEADERS } from './cross-origin-isolation.ts';

/** A year, as HSTS preload lists ask; a browser that has seen the app over HTTPS never tries plain HTTP. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * The headers that keep a browser from misreading or misusing an answer, on every answer: no content
 * sniffing, never shown inside another site's frame, no address sent to other sites, cross-origin
 * isolation, and HTTPS only once the app is served over HTTPS (over plain HTTP the header would be ignored
 * at best, and would lock a later HTTPS-less setup out at worst).
 */
export async function registerSecurityHeaders(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(fastifyHelmet, {
    // The app's policy is sent as written (helmet would reformat it); the API docs replace it with
    // Swagger UI's own (see docs.ts).
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: { policy: CROSS_ORIGIN_ISOLATION_HEADERS['cross-origin-opener-policy'] },
    crossOriginEmbedderPolicy: { policy: CROSS_ORIGIN_ISOLATION_HEADERS['cross-origin-embedder-policy'] },
    crossOriginResourcePolicy: { policy: CROSS_ORIGIN_ISOLATION_HEADERS['cross-origin-resource-policy'] },
    frameguard: { action: 'deny' },
    // Not "no-referrer": with it a browser sends `Origin: null` on the app's own POSTs, which the
    // cross-site guard must refuse.
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: new URL(publicUrl).protocol === 'https:' && {
      maxAge: HSTS_MAX_AGE_SECONDS,
      includeSubDomains: false,
    },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  });
}
