import type { Kysely } from 'kysely';

/**
 * Notifications (src/core/notifications): each member's settings, every notification sent (one per cause,
 * for good, so a job run twice sends once), and the browsers that receive Web Push.
 *
 * A push subscription of a visitor without an account (the homepage's "Get the free podcast notification")
 * has no user: it holds only what the browser's push service gave (an endpoint and its two keys), no
 * personal data, and is deleted when the visitor turns it off or the push service says it is gone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('reminder_time', 'text', (c) => c.notNull())
    .addColumn('quiet_start', 'text', (c) => c.notNull())
    .addColumn('quiet_end', 'text', (c) => c.notNull())
    .addColumn('weekly_cap', 'integer', (c) => c.notNull())
    /** The kinds turned off, a JSON array; safety and critical alerts are sent whatever it says. */
    .addColumn('off_kinds', 'jsonb', (c) => c.notNull())
    /** Whether notifications are also sent by email (push and the in-app list are always on). */
    .addColumn('by_email', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** `kind:about` (core `causeOf`): one notification per cause, for good. */
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    /** The app's screen it opens, a path such as /today. */
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    /** When the member opened it (from the push, the email or the list). */
    .addColumn('read_at', 'timestamptz')
    .addUniqueConstraint('notifications_user_cause', ['user_id', 'cause'])
    .execute();
  await db.schema
    .createIndex('notifications_user_sent')
    .on('notifications')
    .columns(['user_id', 'sent_at'])
    .execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** Null for a visitor's subscription to the publication. */
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('push_subscriptions_user').on('push_subscriptions').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('push_subscriptions').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('notification_settings').execute();
}
