import { type Kysely, sql } from 'kysely';

/**
 * Membership: the tiers as the admin sets them (one row), each member's Stripe customer and
 * subscriptions as Stripe last told us, the webhooks received (by event id, so one delivered twice is
 * processed once), and premium an admin grants by hand (a comp). A member's tier is worked out from these
 * (src/core/membership); nothing a client sends decides it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('membership_settings')
    // One row: the key is always true.
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('free_name', 'text', (c) => c.notNull())
    .addColumn('free_description', 'text', (c) => c.notNull())
    .addColumn('premium_name', 'text', (c) => c.notNull())
    .addColumn('premium_description', 'text', (c) => c.notNull())
    .addColumn('monthly_price', 'integer', (c) => c.notNull().check(sql`monthly_price > 0`))
    .addColumn('yearly_price', 'integer', (c) => c.notNull().check(sql`yearly_price > 0`))
    .addColumn('includes', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stripe_customers')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('period_start', 'timestamptz', (c) => c.notNull())
    .addColumn('period_end', 'timestamptz', (c) => c.notNull())
    .addColumn('cancel_at_period_end', 'boolean', (c) => c.notNull())
    .addColumn('interval', 'text', (c) => c.notNull().check(sql`interval in ('month', 'year')`))
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    /** When we last read it from Stripe. */
    .addColumn('synced_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subscriptions_user').on('subscriptions').column('user_id').execute();

  await db.schema
    .createTable('billing_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    /** The id of what the event is about (a checkout session, subscription or invoice); re-read, never trusted. */
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz')
    .addColumn('outcome', 'text')
    .execute();

  await db.schema
    .createTable('membership_comps')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('granted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('until', 'timestamptz')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // Members who trained before there were tiers keep everything they had: an update takes nothing away.
  await sql`
    insert into membership_comps (user_id, granted_by, until, reason, granted_at)
    select id, null, null, 'A member before membership tiers began', now() from users where role = 'member'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'membership_comps',
    'billing_events',
    'subscriptions',
    'stripe_customers',
    'membership_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
