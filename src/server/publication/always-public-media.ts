import type { Executor } from '../db/executor.ts';
import { SHOW_ARTWORK } from './show-artwork.ts';

/**
 * Files the public may always fetch whatever is published: the podcast's own artwork, which the feed
 * names before any episode exists. Its id is defined once, in show-artwork.ts.
 */
export const ALWAYS_PUBLIC_MEDIA_IDS: ReadonlySet<string> = new Set<string>([SHOW_ARTWORK.id]);

/**
 * Whether a file is public regardless of any article or episode. Takes the database so the rule may
 * later come from a table (several shows, settings) without changing its callers.
 */
export async function isAlwaysPublicMedia(_db: Executor, id: string): Promise<boolean> {
  return ALWAYS_PUBLIC_MEDIA_IDS.has(id);
}
