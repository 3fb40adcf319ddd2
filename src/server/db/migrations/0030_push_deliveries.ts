import { type Kysely, sql } from 'kysely';

/**
 * What Web Push and email have done with each notification, so a delivery job run twice (a retry, a
 * crash, two instances) pushes and emails once; and which releases of the publication have been pushed
 * to the visitors who asked for the free podcast notification.
 *
 * A push is claimed before it is sent (`claimed_at`) and marked when the push service took it
 * (`sent_at`): a claim whose run died is taken again once it is old, a push the service took never is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('push_deliveries')
    .addColumn('notification_id', 'text', (c) =>
      c.notNull().references('notifications.id').onDelete('cascade'),
    )
    .addColumn('subscription_id', 'text', (c) =>
      c.notNull().references('push_subscriptions.id').onDelete('cascade'),
    )
    .addColumn('claimed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addPrimaryKeyConstraint('push_deliveries_pkey', ['notification_id', 'subscription_id'])
    .execute();
  await db.schema
    .createIndex('push_deliveries_subscription')
    .on('push_deliveries')
    .column('subscription_id')
    .execute();

  await db.schema
    .createTable('notification_emails')
    .addColumn('notification_id', 'text', (c) =>
      c.primaryKey().references('notifications.id').onDelete('cascade'),
    )
    /** The outgoing_mail row that carries it (queued in the same transaction). */
    .addColumn('mail_id', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('release_push_deliveries')
    .addColumn('slot', 'timestamptz', (c) => c.notNull().references('releases.slot').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (c) =>
      c.notNull().references('push_subscriptions.id').onDelete('cascade'),
    )
    .addColumn('claimed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addPrimaryKeyConstraint('release_push_deliveries_pkey', ['slot', 'subscription_id'])
    .execute();
  await db.schema
    .createIndex('release_push_deliveries_subscription')
    .on('release_push_deliveries')
    .column('subscription_id')
    .execute();

  /** A release whose pushes are all done (visitors' and members'). */
  await db.schema
    .createTable('release_pushes')
    .addColumn('slot', 'timestamptz', (c) => c.primaryKey().references('releases.slot').onDelete('cascade'))
    .addColumn('pushed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Releases from before push existed are not pushed now, weeks late.
  await sql`insert into release_pushes (slot, pushed_at) select slot, released_at from releases`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('release_pushes').execute();
  await db.schema.dropTable('release_push_deliveries').execute();
  await db.schema.dropTable('notification_emails').execute();
  await db.schema.dropTable('push_deliveries').execute();
}
