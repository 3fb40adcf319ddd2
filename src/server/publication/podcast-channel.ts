import type { Config } from '../config.ts';
import type { PodcastChannel } from './podcast-feed.ts';
import { SHOW_ARTWORK } from './show-artwork.ts';

/** The address in a sender such as "Backstrong <hello@example.org>", or the sender itself. */
export function addressOf(sender: string): string {
  return /<([^>]+)>/.exec(sender)?.[1]?.trim() ?? sender.trim();
}

/** The public podcast's channel, from the configuration (its owner is the publication's sender). */
export function publicPodcastChannel(config: Config): PodcastChannel {
  return {
    title: 'Backstrong',
    description:
      'A short weekly episode on living with low back pain: one exercise, one idea and what the evidence says, every week.',
    language: 'en-gb',
    author: 'Backstrong',
    ownerName: 'Backstrong',
    ownerEmail: addressOf(config.mailFrom),
    artwork: SHOW_ARTWORK,
    releaseWeekday: config.releaseSchedule.weekday,
  };
}
