import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicPodcastChannel } from '../publication/podcast-channel.ts';
import { publishedPodcastEpisodes } from '../publication/podcast-episodes.ts';
import { buildPodcastFeed, PODCAST_FEED_PATH } from '../publication/podcast-feed.ts';
import { storeShowArtwork } from '../publication/show-artwork.ts';
import type { AppContext } from './context.ts';

/** The public feeds: readers and podcast apps fetch them, so they are left out of the API's document. */
export function feedRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(PODCAST_FEED_PATH, { schema: { hide: true } }, async (_request, reply) => {
      await storeShowArtwork(context.db);
      const episodes = await publishedPodcastEpisodes(context.db);
      const body = buildPodcastFeed(publicPodcastChannel(context.config), episodes, context.config.publicUrl);
      return reply.type('application/rss+xml; charset=utf-8').send(body);
    });
  };
}
