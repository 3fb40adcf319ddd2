import { v5 as uuidV5 } from 'uuid';
import type { Weekday } from '../../core/publication/release-schedule.ts';
import { mediaPath } from './media-path.ts';
import { MEMBERSHIP_PAGE_PATH } from './membership-page-path.ts';
import { cdata, element, escapeXml, parent, XML_DECLARATION } from './xml.ts';

/** The Podcasting 2.0 namespace's own UUID, under which a feed's podcast:guid is made from its URL. */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a12b8f2a0d8d';

export const PODCAST_FEED_PATH = '/feeds/podcast.xml';

/** A stored file as a feed names it: its URL comes from its id and extension. */
export interface FeedMedia {
  id: string;
  extension: string;
  contentType: string;
  /** Bytes; the database gives bigint as a string. */
  byteSize: string | number;
  durationSeconds?: number | null;
}

export interface PodcastChannel {
  title: string;
  description: string;
  /** BCP 47, as RSS's language element takes it (e.g. en-gb). */
  language: string;
  author: string;
  ownerName: string;
  ownerEmail: string;
  artwork: { id: string; extension: string };
  /** The release day, for podcast:updateFrequency. */
  releaseWeekday: Weekday;
}

export interface PodcastEpisode {
  guid: string;
  slug: string;
  title: string;
  summary: string;
  /** The show notes, as safe HTML. */
  notesHtml: string;
  season: number;
  number: number | null;
  explicit: boolean;
  /** For premium members: a feed without premium audio lists it with its summary and no enclosure. */
  isPremium: boolean;
  publishedAt: Date;
  /** The last edit, for the feed's Last-Modified; not written into the feed. */
  updatedAt?: Date;
  media: FeedMedia;
  artwork?: FeedMedia;
  transcript?: FeedMedia;
  chapters?: FeedMedia;
}

const RRULE_DAYS: Record<Weekday, string> = {
  sunday: 'SU',
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
};

/** As the namespace defines it: the feed URL without its scheme and trailing slashes, under its UUID. */
export function podcastGuid(feedUrl: string): string {
  const bare = feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  return uuidV5(bare, PODCAST_GUID_NAMESPACE);
}

/** RFC 822 dates, as RSS 2.0 wants them (toUTCString gives "Sun, 06 Dec 2026 07:00:00 GMT"). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

function mediaUrl(baseUrl: string, file: { id: string; extension: string }): string {
  return `${baseUrl}${mediaPath(file)}`;
}

/** An item that is news about the feed itself (a member's premium has ended), not an episode: no audio. */
export interface FeedNotice {
  /** Stable, so a podcast app polling the feed does not announce it again each time. */
  guid: string;
  title: string;
  text: string;
  link: string;
  publishedAt: Date;
}

/** How a member's private feed differs from the public one; the public feed passes none of it. */
export interface PrivateFeedOptions {
  /** Put before each episode's audio and transcript path, so their URLs carry the member's feed token. */
  episodeFilesUnder: string;
  notices?: readonly FeedNotice[];
}

function noticeXml(notice: FeedNotice): string {
  return parent('item', [
    element('title', notice.title),
    element('description', notice.text),
    element('itunes:summary', notice.text),
    element('link', notice.link),
    element('guid', notice.guid, { isPermaLink: 'false' }),
    element('pubDate', rfc822(notice.publishedAt)),
    element('itunes:episodeType', 'trailer'),
  ]);
}

/** Who a feed is for: whether premium episodes' audio is in it, and, for a member's own feed, how it differs. */
export interface FeedAudience {
  /** A premium member's private feed, or every feed without tiers (MEMBERSHIP=off). */
  hasPremiumAudio: boolean;
  privateFeed?: PrivateFeedOptions;
}

function premiumOnlyItemXml(episode: PodcastEpisode, baseUrl: string): string {
  const link = `${baseUrl}/episodes/${encodeURIComponent(episode.slug)}`;
  const join = `${baseUrl}${MEMBERSHIP_PAGE_PATH}`;
  const description = `<p>${escapeXml(episode.summary)}</p><p>This episode is for premium members, in the app and in their own podcast feed. <a href="${escapeXml(join)}">Learn more about premium membership</a>.</p>`;
  return parent('item', [
    element('title', episode.title),
    element('itunes:title', episode.title),
    cdata('description', description),
    element('itunes:summary', `${episode.summary} For premium members.`),
    element('link', link),
    element('guid', episode.guid, { isPermaLink: 'false' }),
    element('pubDate', rfc822(episode.publishedAt)),
    episode.number == null ? undefined : element('itunes:episode', episode.number),
    element('itunes:season', episode.season),
    element('itunes:episodeType', 'full'),
    element('itunes:explicit', episode.explicit ? 'true' : 'false'),
    episode.artwork
      ? element('itunes:image', undefined, { href: mediaUrl(baseUrl, episode.artwork) })
      : undefined,
  ]);
}

function itemXml(episode: PodcastEpisode, baseUrl: string, audience: FeedAudience): string {
  if (episode.isPremium && !audience.hasPremiumAudio) return premiumOnlyItemXml(episode, baseUrl);
  const filesUnder = audience.privateFeed?.episodeFilesUnder ?? '';
  const link = `${baseUrl}/episodes/${encodeURIComponent(episode.slug)}`;
  const description =
    episode.notesHtml.trim() === '' ? `<p>${escapeXml(episode.summary)}</p>` : episode.notesHtml;
  const duration = episode.media.durationSeconds;
  return parent('item', [
    element('title', episode.title),
    element('itunes:title', episode.title),
    cdata('description', description),
    element('itunes:summary', episode.summary),
    element('link', link),
    element('guid', episode.guid, { isPermaLink: 'false' }),
    element('pubDate', rfc822(episode.publishedAt)),
    element('enclosure', undefined, {
      url: mediaUrl(`${baseUrl}${filesUnder}`, episode.media),
      length: String(episode.media.byteSize),
      type: episode.media.contentType,
    }),
    duration == null ? undefined : element('itunes:duration', Math.round(duration)),
    episode.number == null ? undefined : element('itunes:episode', episode.number),
    element('itunes:season', episode.season),
    element('itunes:episodeType', 'full'),
    element('itunes:explicit', episode.explicit ? 'true' : 'false'),
    episode.artwork
      ? element('itunes:image', undefined, { href: mediaUrl(baseUrl, episode.artwork) })
      : undefined,
    episode.transcript
      ? element('podcast:transcript', undefined, {
          url: mediaUrl(`${baseUrl}${filesUnder}`, episode.transcript),
          type: episode.transcript.contentType,
        })
      : undefined,
    episode.chapters
      ? element('podcast:chapters', undefined, {
          url: mediaUrl(baseUrl, episode.chapters),
          type: 'application/json+chapters',
        })
      : undefined,
  ]);
}

/**
 * The podcast's RSS 2.0 feed, with Apple's itunes: and Podcasting 2.0's podcast: elements. A pure
 * function of the channel, its episodes (already only the published ones, newest first), the address
 * the feed is served at and who it is for, so a member's private feed is made by the same code (with
 * `privateFeed`: its files' URLs carry the token, Apple is asked to keep it out of its directory, and it
 * may hold notices). Without premium audio a premium episode is listed with no enclosure (RSS allows an
 * item without one): podcast apps show it, and its page says how to hear it.
 */
export function buildPodcastFeed(
  channel: PodcastChannel,
  episodes: readonly PodcastEpisode[],
  baseUrl: string,
  feedPath: string = PODCAST_FEED_PATH,
  audience: FeedAudience = { hasPremiumAudio: false },
): string {
  const feedUrl = `${baseUrl}${feedPath}`;
  const artworkUrl = mediaUrl(baseUrl, channel.artwork);
  const channelXml = parent('channel', [
    element('title', channel.title),
    element('link', `${baseUrl}/`),
    element('language', channel.language),
    element('description', channel.description),
    element('atom:link', undefined, { href: feedUrl, rel: 'self', type: 'application/rss+xml' }),
    element('itunes:author', channel.author),
    parent('itunes:owner', [
      element('itunes:name', channel.ownerName),
      element('itunes:email', channel.ownerEmail),
    ]),
    element('itunes:image', undefined, { href: artworkUrl }),
    parent('image', [
      element('url', artworkUrl),
      element('title', channel.title),
      element('link', `${baseUrl}/`),
    ]),
    parent('itunes:category', [element('itunes:category', undefined, { text: 'Fitness' })], {
      text: 'Health & Fitness',
    }),
    element('itunes:explicit', 'false'),
    element('itunes:type', 'episodic'),
    audience.privateFeed ? element('itunes:block', 'Yes') : undefined,
    element('podcast:guid', podcastGuid(feedUrl)),
    element('podcast:locked', 'yes', { owner: channel.ownerEmail }),
    element('podcast:updateFrequency', 'Weekly', {
      rrule: `FREQ=WEEKLY;BYDAY=${RRULE_DAYS[channel.releaseWeekday]}`,
    }),
    episodes[0] ? element('lastBuildDate', rfc822(episodes[0].publishedAt)) : undefined,
    ...(audience.privateFeed?.notices ?? []).map(noticeXml),
    ...episodes.map((episode) => itemXml(episode, baseUrl, audience)),
  ]);
  return `${XML_DECLARATION}${parent('rss', [channelXml], {
    version: '2.0',
    'xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
    'xmlns:podcast': 'https://podcastindex.org/namespace/1.0',
    'xmlns:atom': 'http://www.w3.org/2005/Atom',
  })}\n`;
}
