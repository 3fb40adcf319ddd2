import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * The feeds' kept bodies (`feed_cache`) and the one query per source that says whether a kept body is
 * still good: what is published now, summed up small enough to compare.
 */

/** What one table's published rows are now: changes whenever a row is published, unpublished or edited. */
export interface PublishedVersion {
  count: number;
  /** The newest published or updated time among them; null when none is published. */
  newest: Date | null;
  /** A sum over every published row of its id's hash mixed with its updated and published times. */
  digest: string;
}

/**
 * One cheap query over the published rows of `articles` or `episodes` (a few hundred rows at most: about
 * a millisecond). A count with a maximum would miss an item unpublished while another is published with
 * an older time, or an edit saved with a clock set back; the digest does not, short of a hash collision.
 * It is arithmetic on each row, not a string of them all, which halves the query's time.
 */
export async function publishedVersion(
  db: Executor,
  table: 'articles' | 'episodes',
): Promise<PublishedVersion> {
  const result = await sql<{ count: string | number; newest: Date | string | null; digest: string | null }>`
    select
      count(*) as count,
      max(greatest(updated_at, published_at)) as newest,
      sum(
        hashtextextended(id, 0)
        # floor(extract(epoch from updated_at) * 1000)::bigint
        # coalesce(floor(extract(epoch from published_at) * 1000)::bigint, 0)
      )::text as digest
    from ${sql.table(table)}
    where status = 'published'`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('an aggregate query returns one row');
  return {
    count: Number(row.count),
    newest: row.newest === null ? null : new Date(row.newest),
    digest: row.digest ?? '0',
  };
}

/** A kept feed without its body: enough to answer a conditional request. */
export interface FeedCacheEntry {
  etag: string;
  lastModified: Date;
  contentVersion: string;
}

export async function findFeedCacheEntry(db: Executor, path: string): Promise<FeedCacheEntry | undefined> {
  const row = await db
    .selectFrom('feed_cache')
    .select(['etag', 'last_modified', 'content_version'])
    .where('path', '=', path)
    .executeTakeFirst();
  return row && { etag: row.etag, lastModified: row.last_modified, contentVersion: row.content_version };
}

/** The kept body, only if it is still the one with this ETag (another instance may have replaced it). */
export async function findFeedCacheBody(
  db: Executor,
  path: string,
  etag: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('feed_cache')
    .select('body')
    .where('path', '=', path)
    .where('etag', '=', etag)
    .executeTakeFirst();
  return row?.body;
}

/** Keeps a freshly built feed, replacing what was kept for its path (two instances may race: either wins). */
export async function storeFeedCacheEntry(
  db: Executor,
  entry: FeedCacheEntry & { path: string; body: string; builtAt: Date },
): Promise<void> {
  const values = {
    path: entry.path,
    body: entry.body,
    etag: entry.etag,
    last_modified: entry.lastModified,
    content_version: entry.contentVersion,
    built_at: entry.builtAt,
  };
  await db
    .insertInto('feed_cache')
    .values(values)
    .onConflict((conflict) =>
      conflict.column('path').doUpdateSet({
        body: values.body,
        etag: values.etag,
        last_modified: values.last_modified,
        content_version: values.content_version,
        built_at: values.built_at,
      }),
    )
    .execute();
}
