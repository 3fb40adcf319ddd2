import { createHash } from 'node:crypto';
import type { Config } from '../config.ts';
import { publishedVersion } from '../db/repositories/feed-cache.ts';
import {
  type ArticleFeedSite,
  ATOM_FEED_PATH,
  buildAtomFeed,
  buildJsonFeed,
  JSON_FEED_PATH,
  newestChange,
} from './article-feeds.ts';
import { publishedFeedArticles } from './feed-articles.ts';
import type { FeedSource } from './feed-cache.ts';
import { publicPodcastChannel } from './podcast-channel.ts';
import { publishedPodcastEpisodes } from './podcast-episodes.ts';
import { buildPodcastFeed, PODCAST_FEED_PATH } from './podcast-feed.ts';
import { storeShowArtwork } from './show-artwork.ts';

/**
 * The three public feeds, each with its media type and what its kept body depends on. Raise
 * FEED_FORMAT whenever a change to the code makes a feed's body differ for the same data, so the bodies
 * kept from the release before are built again.
 */
const FEED_FORMAT = 2;

export interface PublicFeed extends FeedSource {
  contentType: string;
}

/** The settings a feed is made with, as a short digest: a new PUBLIC_URL or sender rebuilds it. */
function settingsFingerprint(settings: object): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: FEED_FORMAT, ...settings }))
    .digest('base64url')
    .slice(0, 16);
}

export function articleFeedSite(): ArticleFeedSite {
  return {
    title: 'Backstrong',
    description:
      'Weekly articles on living with low back pain: one exercise, one idea and what the evidence says.',
    language: 'en-GB',
    author: 'Backstrong',
  };
}

export function podcastFeed(config: Config): PublicFeed {
  const channel = publicPodcastChannel(config);
  // Without tiers (MEMBERSHIP=off) every episode is everyone's, audio and all.
  const audience = { hasPremiumAudio: !config.isMembershipOn };
  const fingerprint = settingsFingerprint({ channel, baseUrl: config.publicUrl, audience });
  return {
    path: PODCAST_FEED_PATH,
    contentType: 'application/rss+xml; charset=utf-8',
    async version(db) {
      const episodes = await publishedVersion(db, 'episodes');
      return `${fingerprint}:${episodes.count}:${episodes.newest?.toISOString()}:${episodes.digest}`;
    },
    async build(db, now) {
      // The artwork is stored at boot; storing it again here is cheap and keeps a fresh database whole.
      await storeShowArtwork(db);
      const episodes = await publishedPodcastEpisodes(db);
      const times = episodes.map((episode) =>
        Math.max(episode.publishedAt.getTime(), episode.updatedAt?.getTime() ?? 0),
      );
      return {
        body: buildPodcastFeed(channel, episodes, config.publicUrl, PODCAST_FEED_PATH, audience),
        lastModified: times.length === 0 ? now : new Date(Math.max(...times)),
      };
    },
  };
}

function articleFeed(
  config: Config,
  feed: { path: string; contentType: string; render: typeof buildAtomFeed },
): PublicFeed {
  const site = articleFeedSite();
  const audience = { hasPremiumText: !config.isMembershipOn, baseUrl: config.publicUrl };
  const fingerprint = settingsFingerprint({ site, path: feed.path, audience });
  return {
    path: feed.path,
    contentType: feed.contentType,
    async version(db) {
      const articles = await publishedVersion(db, 'articles');
      return `${fingerprint}:${articles.count}:${articles.newest?.toISOString()}:${articles.digest}`;
    },
    async build(db, now) {
      const articles = await publishedFeedArticles(db, audience);
      return {
        body: feed.render(site, articles, config.publicUrl, now),
        lastModified: newestChange(articles, now),
      };
    },
  };
}

export function atomFeed(config: Config): PublicFeed {
  return articleFeed(config, {
    path: ATOM_FEED_PATH,
    contentType: 'application/atom+xml; charset=utf-8',
    render: buildAtomFeed,
  });
}

export function jsonFeed(config: Config): PublicFeed {
  return articleFeed(config, {
    path: JSON_FEED_PATH,
    contentType: 'application/feed+json; charset=utf-8',
    render: (site, articles, baseUrl) => buildJsonFeed(site, articles, baseUrl),
  });
}
