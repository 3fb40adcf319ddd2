/** A premium member's private podcast feed, and the admin's list of links that look shared. */
import { z } from 'zod';
import { clientIdSchema } from './common.ts';

export const privateFeedSchema = z.object({
  /** The feed's URL, with the member's feed token in it. */
  url: z.url(),
  /** Links that open a podcast app on its "subscribe to this feed" screen. */
  addTo: z.object({ applePodcasts: z.string(), overcast: z.string(), pocketCasts: z.string() }),
});
export type PrivateFeed = z.infer<typeof privateFeedSchema>;

export const privateFeedResetBodySchema = z
  .object({ id: clientIdSchema.describe('Made by the client: a retry with the same id resets once') })
  .strict();

export const sharedFeedsSchema = z.object({
  /** How many distinct addresses in a day make a link look shared (more than this). */
  moreThan: z.int(),
  feeds: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      email: z.string(),
      /** Distinct addresses that used the feed in the last 24 hours. */
      addresses: z.int(),
      lastUsedAt: z.iso.datetime(),
    }),
  ),
});
export type SharedFeeds = z.infer<typeof sharedFeedsSchema>;
