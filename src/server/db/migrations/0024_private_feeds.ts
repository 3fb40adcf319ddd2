import type { Kysely } from 'kysely';

/**
 * A premium member's private podcast feed: one feed token per member, and the recent uses of it by
 * address, to notice a shared link.
 *
 * The token is kept as it is, not hashed: the member must be able to see their feed's URL again in the
 * app (to add it to a second podcast app), and a hash could only be shown once. It opens one member's
 * copy of the podcast and nothing else (no sign-in, no health data), and anyone who can read this table
 * can read the episodes themselves; a reset replaces it at once.
 *
 * A use keeps a keyed hash of the address (never the address), one row per token, address and hour, so
 * the table stays small; rows older than a day are deleted as new uses come in. It lives in the database
 * because every app instance serves feeds and they share one PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('private_feed_tokens')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    /** The client-made id of the reset that made this token, so a retried reset makes no second one. */
    .addColumn('reset_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('private_feed_uses')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('address_hash', 'text', (c) => c.notNull())
    /** The hour the uses fell in (its start). */
    .addColumn('hour', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('private_feed_uses_pkey', ['user_id', 'address_hash', 'hour'])
    .execute();
  await db.schema.createIndex('private_feed_uses_hour').on('private_feed_uses').column('hour').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('private_feed_uses').execute();
  await db.schema.dropTable('private_feed_tokens').execute();
}
