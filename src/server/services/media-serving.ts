/**
 * Which stored files a request may fetch. The public sees a file only while a published article or
 * episode uses it (or it is always public, like the show's artwork), so a draft's or a scheduled
 * episode's audio cannot be found before its release; a premium episode's audio and transcript are for
 * members whose tier includes the premium publication; editors see every file, for previews.
 */
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import {
  findMediaHead,
  isPremiumEpisodeMedia,
  isUsedByPublishedItem,
  type StoredMediaHead,
} from '../db/repositories/media-files.ts';
import { isAlwaysPublicMedia } from '../publication/always-public-media.ts';
import type { Actor } from './errors.ts';
import { hasFeature } from './membership.ts';

export interface MediaFileName {
  id: string;
  extension: string;
}

/** The file when anyone may fetch it; undefined when it does not exist or is not public (yet). */
export async function findPublicMedia(
  db: Executor,
  file: MediaFileName,
): Promise<StoredMediaHead | undefined> {
  const head = await findMediaHead(db, file);
  if (!head) return undefined;
  if ((await isAlwaysPublicMedia(db, head.id)) || (await isUsedByPublishedItem(db, head.id))) return head;
  return undefined;
}

/** Any stored file, for an editor; a refusal for anyone else. */
export async function findMediaForEditor(
  db: Executor,
  actor: Actor,
  file: MediaFileName,
): Promise<StoredMediaHead | undefined> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  return findMediaHead(db, file);
}

/**
 * The audio or transcript of a published premium episode, for a caller that has already checked who
 * asks (a private feed's token); undefined for any other file.
 */
export async function findPremiumEpisodeMedia(
  db: Executor,
  file: MediaFileName,
): Promise<StoredMediaHead | undefined> {
  const head = await findMediaHead(db, file);
  if (!head || !(await isPremiumEpisodeMedia(db, head.id))) return undefined;
  return head;
}

/** A premium episode's file for a signed-in account whose tier includes the premium publication. */
export async function findMediaForPremiumMember(
  db: Executor,
  actor: Actor,
  billing: Billing,
  file: MediaFileName,
  now: Date,
): Promise<StoredMediaHead | undefined> {
  await requireAccess(db, { actor, permission: 'account.own', memberId: actor.id });
  if (!(await hasFeature(db, billing, actor.id, 'premium-publication', now))) return undefined;
  return findPremiumEpisodeMedia(db, file);
}
