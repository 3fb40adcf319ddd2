import type { Kysely } from 'kysely';

/**
 * Each public feed's last rendered body, kept so a feed reader's poll is one small query instead of a
 * rebuild, and shared by every app instance. A row is good while its `content_version` equals the version
 * the feed's sources give now (what is published, and the channel's settings); a request that finds them
 * different builds the feed again and replaces the row, so no instance needs telling about a change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feed_cache')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('etag', 'text', (c) => c.notNull())
    .addColumn('last_modified', 'timestamptz', (c) => c.notNull())
    .addColumn('content_version', 'text', (c) => c.notNull())
    .addColumn('built_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feed_cache').execute();
}
