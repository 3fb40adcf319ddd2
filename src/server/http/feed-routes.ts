import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createKeptBodies, servedFeed } from '../publication/feed-cache.ts';
import { atomFeed, jsonFeed, type PublicFeed, podcastFeed } from '../publication/public-feeds.ts';
import { acceptsGzip, gzipEtag, httpDate, isNotModified, notAfter } from './conditional-get.ts';
import type { AppContext } from './context.ts';

/** Readers poll every few minutes; five minutes' freshness spares the server and costs a reader little. */
const FEED_CACHE_CONTROL = 'public, max-age=300';

/**
 * The public feeds: the podcast's RSS, the articles' Atom and JSON Feed. Each is kept built in the
 * database (feed_cache) and answered with an ETag and Last-Modified, so a reader polling an unchanged
 * feed gets a 304 without a body; a reader taking gzip gets it gzipped. HEAD is answered by the same
 * handler (Fastify adds it for GET). Readers and podcast apps fetch them, so they are left out of the
 * API's document.
 */
export function feedRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Only a copy by ETag, checked against the database on every request (see KeptBodies).
    const bodies = createKeptBodies();
    const answer = (feed: PublicFeed) => async (request: FastifyRequest, reply: FastifyReply) => {
      const now = context.clock();
      const served = await servedFeed(context.db, feed, now, bodies);
      const isGzipped = acceptsGzip(request.headers['accept-encoding']);
      reply.header('cache-control', FEED_CACHE_CONTROL).header('vary', 'accept-encoding');
      const current = {
        etag: served.etag,
        lastModified: notAfter(served.lastModified, now),
        alsoEtags: [gzipEtag(served.etag)],
      };
      if (isNotModified(request.headers, current)) {
        return reply
          .code(304)
          .header('etag', isGzipped ? gzipEtag(current.etag) : current.etag)
          .header('last-modified', httpDate(current.lastModified))
          .send();
      }
      const { body, etag, lastModified } = await served.withBody();
      reply.type(feed.contentType).header('last-modified', httpDate(notAfter(lastModified, now)));
      if (!isGzipped) return reply.header('etag', etag).send(body);
      return reply
        .header('etag', gzipEtag(etag))
        .header('content-encoding', 'gzip')
        .send(bodies.gzipped(feed.path, etag, body));
    };
    for (const feed of [podcastFeed(context.config), atomFeed(context.config), jsonFeed(context.config)]) {
      app.get(feed.path, { schema: { hide: true } }, answer(feed));
    }
  };
}
