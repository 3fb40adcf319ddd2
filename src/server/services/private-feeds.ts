/**
 * A premium member's private podcast feed: their feed URL (made the first time they ask), a reset that
 * makes a new one at once, the feed and its files by token, and the shared links an admin looks at.
 *
 * The feed and its files are fetched by podcast apps, which carry no login session: the feed token is
 * their credential, so `feedOfToken` is those requests' access check, and what it finds is one member.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { PrivateFeed, SharedFeeds } from '../../contract/private-feed.ts';
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import {
  findFeedToken,
  findMemberOfToken,
  findSharedFeeds,
  insertFeedToken,
  recordFeedUse,
  resetFeedToken,
} from '../db/repositories/private-feeds.ts';
import { isTokenShaped, podcastAppLinks, privateFeedPath } from '../publication/private-feed-links.ts';
import { type Actor, notFound } from './errors.ts';
import { hasFeature, premiumNeeded } from './membership.ts';

/** More distinct addresses than this in a day look like a shared link: a member's phone, laptop, work and home networks and a podcast app's own servers stay under it. */
export const SHARED_AFTER_ADDRESSES = 5;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

function feedOf(token: string, publicUrl: string): PrivateFeed {
  const url = `${publicUrl}${privateFeedPath(token)}`;
  return { url, addTo: podcastAppLinks(url) };
}

async function requirePrivateFeed(db: Executor, billing: Billing, memberId: string, now: Date) {
  if (!(await hasFeature(db, billing, memberId, 'private-feed', now))) {
    throw premiumNeeded('Your own private podcast feed, with every episode, is part of premium.');
  }
}

/** The member's private feed URL and the links to add it to a podcast app; the token is made on first ask. */
export async function myPrivateFeed(
  db: Executor,
  actor: Actor,
  memberId: string,
  options: { billing: Billing; publicUrl: string; now: Date },
): Promise<PrivateFeed> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await requirePrivateFeed(db, options.billing, memberId, options.now);
  const existing = await findFeedToken(db, memberId);
  if (existing) return feedOf(existing.token, options.publicUrl);
  await insertFeedToken(db, memberId, newFeedToken(), options.now);
  const made = await findFeedToken(db, memberId);
  if (!made) throw new Error('the feed token was not stored');
  return feedOf(made.token, options.publicUrl);
}

/**
 * A new feed URL at once: the old one stops working in every app. `resetId` is the client's id for
 * this reset, so a retry (the answer was lost) gives the same new URL instead of resetting again.
 */
export async function resetMyPrivateFeed(
  db: Executor,
  actor: Actor,
  memberId: string,
  resetId: string,
  options: { billing: Billing; publicUrl: string; now: Date },
): Promise<PrivateFeed> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await requirePrivateFeed(db, options.billing, memberId, options.now);
  await resetFeedToken(db, memberId, { token: newFeedToken(), resetId }, options.now);
  const current = await findFeedToken(db, memberId);
  if (!current) throw new Error('the feed token was not stored');
  return feedOf(current.token, options.publicUrl);
}

/** Feeds fetched from more than SHARED_AFTER_ADDRESSES addresses in the last day, for an admin. */
export async function sharedFeedLinks(db: Executor, actor: Actor, now: Date): Promise<SharedFeeds> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const rows = await findSharedFeeds(db, new Date(now.getTime() - DAY_MS), SHARED_AFTER_ADDRESSES);
  return {
    moreThan: SHARED_AFTER_ADDRESSES,
    feeds: rows.map((row) => ({
      memberId: row.memberId,
      name: row.name,
      email: row.email,
      addresses: Number(row.addresses),
      lastUsedAt: new Date(row.lastUsedAt).toISOString(),
    })),
  };
}

export interface OpenedFeed {
  memberId: string;
  token: string;
  tokenMadeAt: Date;
  /** Whether the member's tier includes the private feed now: if not, it tells them premium has ended. */
  isPremium: boolean;
}

/**
 * The access check of a request by feed token: whose feed it opens and whether they are premium now,
 * with the use recorded (a keyed hash of the address, never the address). A wrong or reset token is not
 * found: nothing is kept of old tokens, so the two cannot be told apart.
 */
export async function feedOfToken(
  db: Executor,
  token: string,
  request: { address: string; addressKey: Buffer; billing: Billing; now: Date },
): Promise<OpenedFeed> {
  const found = isTokenShaped(token) ? await findMemberOfToken(db, token) : undefined;
  if (!found) throw notFound('There is no podcast feed at this address. It may have been reset.');
  const { now } = request;
  const memberId = found.user_id;
  await recordFeedUse(db, {
    memberId,
    addressHash: createHmac('sha256', request.addressKey)
      .update(`private feed address.${request.address}`)
      .digest('base64url'),
    hour: new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS),
    at: now,
    keepSince: new Date(now.getTime() - DAY_MS - HOUR_MS),
  });
  return {
    memberId,
    token,
    tokenMadeAt: new Date(found.created_at),
    isPremium: await hasFeature(db, request.billing, memberId, 'private-feed', now),
  };
}
