/**
 * A member's private podcast feed: the public podcast's channel with every published episode, premium
 * ones too, each episode's audio and transcript under the member's token; or, once their premium has
 * ended, one item saying so and how to rejoin. Built on each request (it is one member's), by the same
 * buildPodcastFeed as the public feed.
 */
import { createHash } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';
import type { Config } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { MEMBERSHIP_PATH } from '../services/membership.ts';
import { publicPodcastChannel } from './podcast-channel.ts';
import { publishedPodcastEpisodes } from './podcast-episodes.ts';
import { buildPodcastFeed, type FeedNotice, PODCAST_GUID_NAMESPACE } from './podcast-feed.ts';
import { privateFeedFolder, privateFeedPath } from './private-feed-links.ts';
import { storeShowArtwork } from './show-artwork.ts';

export interface BuiltFeed {
  body: string;
  etag: string;
  lastModified: Date;
}

/** The same for every poll of the same feed, so a podcast app announces it once. */
function premiumEndedNotice(config: Config, token: string, publishedAt: Date): FeedNotice {
  return {
    guid: uuidV5(`${privateFeedPath(token)}#premium-ended`, PODCAST_GUID_NAMESPACE),
    title: 'Your premium membership has ended',
    text: `Your premium membership has ended. This private feed brings new episodes only while you are a premium member. To rejoin, open Membership in the Backstrong app (${config.publicUrl}${MEMBERSHIP_PATH}); this feed carries on where it was. Public episodes stay in the public podcast.`,
    link: `${config.publicUrl}${MEMBERSHIP_PATH}`,
    publishedAt,
  };
}

export async function buildPrivateFeed(
  db: Executor,
  config: Config,
  feed: { token: string; tokenMadeAt: Date; isPremium: boolean },
): Promise<BuiltFeed> {
  await storeShowArtwork(db);
  const channel = publicPodcastChannel(config);
  const episodes = await publishedPodcastEpisodes(db);
  const times = episodes.map((episode) =>
    Math.max(episode.publishedAt.getTime(), episode.updatedAt?.getTime() ?? 0),
  );
  const lastModified = new Date(Math.max(feed.tokenMadeAt.getTime(), ...times));
  const feedPath = privateFeedPath(feed.token);
  const notice = premiumEndedNotice(config, feed.token, lastModified);
  const body = feed.isPremium
    ? buildPodcastFeed(
        { ...channel, title: `${channel.title} (premium)` },
        episodes,
        config.publicUrl,
        feedPath,
        { hasPremiumAudio: true, privateFeed: { episodeFilesUnder: privateFeedFolder(feed.token) } },
      )
    : // Many podcast apps show no item without audio, so the show's own title and description say it too.
      buildPodcastFeed(
        { ...channel, title: `${channel.title} (premium ended)`, description: notice.text },
        [],
        config.publicUrl,
        feedPath,
        {
          hasPremiumAudio: false,
          privateFeed: { episodeFilesUnder: privateFeedFolder(feed.token), notices: [notice] },
        },
      );
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, lastModified };
}
