/** The member's private podcast feed, and the admin's list of links that look shared. */
import type { PrivateFeed, SharedFeeds } from '../../contract/private-feed.ts';
import { get, post } from './client.ts';

export const privateFeedApi = {
  mine: () => get<PrivateFeed>('/api/me/podcast-feed'),
  /** `id` is made once per reset the member asks for, so sending it again after a lost answer resets once. */
  reset: (id: string) => post<PrivateFeed>('/api/me/podcast-feed/reset', { id }),
  shared: () => get<SharedFeeds>('/api/admin/podcast-feeds/shared'),
};
