import { type Kysely, sql } from 'kysely';

/**
 * Premium articles and episodes: an editor marks a piece premium; a free reader sees its summary and how
 * to join, and the public podcast feed lists a premium episode without its audio. Tiers saved before the
 * publication had premium pieces get the two new premium features, as the default tiers have them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('is_premium', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .alterTable('episodes')
    .addColumn('is_premium', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`
    update membership_settings
    set includes = jsonb_set(
      includes,
      '{premium}',
      (includes -> 'premium') || '["premium-publication", "private-feed"]'::jsonb
    )
    where not (includes -> 'premium') ? 'premium-publication'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('episodes').dropColumn('is_premium').execute();
  await db.schema.alterTable('articles').dropColumn('is_premium').execute();
}
