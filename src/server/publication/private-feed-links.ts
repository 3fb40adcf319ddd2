/**
 * Where a member's private feed lives, and the links that hand it to a podcast app. Everything under
 * the feed's folder carries the member's feed token: the feed, and its episodes' audio and transcripts.
 */
import type { PrivateFeed } from '../../contract/private-feed.ts';

const PRIVATE_FEEDS = '/feeds/private';

/** 32 random bytes in base64url, as made by newFeedToken: anything else cannot be a token. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function isTokenShaped(text: string): boolean {
  return TOKEN_SHAPE.test(text);
}

/** The folder of the token's files; a file's URL is this, then its usual /media/ path. */
export function privateFeedFolder(token: string): string {
  return `${PRIVATE_FEEDS}/${token}`;
}

export function privateFeedPath(token: string): string {
  return `${privateFeedFolder(token)}/podcast.xml`;
}

/**
 * Each app's documented "subscribe to this feed" link. Apple Podcasts takes the feed's URL with
 * podcast:// in place of its scheme; Overcast takes it encoded, in its x-callback-url `add` action;
 * Pocket Casts takes it without its scheme after pktc://subscribe/ for http, or pktc://subscribehttps/
 * for https (its app otherwise asks for the feed over plain http, and the token would travel unencrypted).
 */
export function podcastAppLinks(feedUrl: string): PrivateFeed['addTo'] {
  const withoutScheme = feedUrl.replace(/^https?:\/\//, '');
  const isHttps = feedUrl.startsWith('https://');
  return {
    applePodcasts: `podcast://${withoutScheme}`,
    overcast: `overcast://x-callback-url/add?url=${encodeURIComponent(feedUrl)}`,
    pocketCasts: `pktc://${isHttps ? 'subscribehttps' : 'subscribe'}/${withoutScheme}`,
  };
}
