/**
 * A premium member's private podcast feed. The member's routes give its URL and reset it; an admin's
 * lists links that look shared. The feed and its files are fetched by podcast apps with the feed token
 * in the path, so they are left out of the API's document; each is for one member only, so nothing of
 * them is for a shared cache (`private`) or for search engines (`X-Robots-Tag: noindex`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  privateFeedResetBodySchema,
  privateFeedSchema,
  sharedFeedsSchema,
} from '../../contract/private-feed.ts';
import { parseMediaPath } from '../publication/media-path.ts';
import { buildPrivateFeed } from '../publication/private-podcast-feed.ts';
import { findPremiumEpisodeMedia, findPublicMedia } from '../services/media-serving.ts';
import {
  feedOfToken,
  myPrivateFeed,
  resetMyPrivateFeed,
  sharedFeedLinks,
} from '../services/private-feeds.ts';
import { httpDate, isNotModified, notAfter } from './conditional-get.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';
import { sendMediaNotFound, sendStoredMedia } from './send-media.ts';

/** A podcast app polls often: five minutes in its own cache, never in a shared one. */
const FEED_CACHE = 'private, max-age=300';
/** A file's bytes never change (send-media.ts); only the member's own app may keep them. */
const FILE_CACHE = 'private, max-age=86400';

const tokenParams = z.object({ token: z.string() });

export function privateFeedRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, billing } = context;
  const publicUrl = context.config.publicUrl;
  return async (app) => {
    app.get(
      '/api/me/podcast-feed',
      {
        schema: {
          tags: ['membership'],
          summary: 'My private podcast feed: its URL (made the first time) and links to add it to an app',
          description: 'Only for members whose tier includes the private feed (403 premium-needed).',
          response: { 200: privateFeedSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return myPrivateFeed(db, user, user.id, { billing, publicUrl, now: context.clock() });
      },
    );

    app.post(
      '/api/me/podcast-feed/reset',
      {
        schema: {
          tags: ['membership'],
          summary: 'A new private feed URL at once: the old one stops working in every app',
          description: 'A retry with the same client-made id gives the same new URL and resets once.',
          body: privateFeedResetBodySchema,
          response: { 200: privateFeedSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return resetMyPrivateFeed(db, user, user.id, request.body.id, {
          billing,
          publicUrl,
          now: context.clock(),
        });
      },
    );

    app.get(
      '/api/admin/podcast-feeds/shared',
      {
        schema: {
          tags: ['membership'],
          summary: 'Private feeds used from more addresses in a day than one member would use',
          response: { 200: sharedFeedsSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return sharedFeedLinks(db, user, context.clock());
      },
    );

    const open = (request: FastifyRequest, reply: FastifyReply, token: string) => {
      // Set first, so a refusal (a wrong token) goes out with them too.
      reply.header('x-robots-tag', 'noindex').header('cache-control', 'private, no-store');
      return feedOfToken(db, token, {
        address: request.ip,
        addressKey: context.subscriptionKey,
        billing,
        now: context.clock(),
      });
    };

    app.get(
      '/feeds/private/:token/podcast.xml',
      { schema: { hide: true, params: tokenParams } },
      async (request, reply) => {
        const opened = await open(request, reply, request.params.token);
        const now = context.clock();
        const feed = await buildPrivateFeed(db, context.config, opened);
        const lastModified = notAfter(feed.lastModified, now);
        reply
          .header('cache-control', FEED_CACHE)
          .header('etag', feed.etag)
          .header('last-modified', httpDate(lastModified));
        if (isNotModified(request.headers, { etag: feed.etag, lastModified })) {
          return reply.code(304).send();
        }
        return reply.type('application/rss+xml; charset=utf-8').send(feed.body);
      },
    );

    app.route({
      method: ['GET', 'HEAD'],
      url: '/feeds/private/:token/media/:name',
      schema: { hide: true, params: z.object({ token: z.string(), name: z.string() }) },
      handler: async (request, reply) => {
        const opened = await open(request, reply, request.params.token);
        const file = parseMediaPath(`/media/${request.params.name}`);
        if (!file) return sendMediaNotFound(request, reply);
        // Once premium has ended, the token brings only what is public anyway.
        const head =
          (await findPublicMedia(db, file)) ??
          (opened.isPremium ? await findPremiumEpisodeMedia(db, file) : undefined);
        if (!head) return sendMediaNotFound(request, reply);
        return sendStoredMedia(db, request, reply, head, FILE_CACHE);
      },
    });
  };
}
