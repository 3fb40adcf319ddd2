import type { Kysely } from 'kysely';

/**
 * Whether an article is premium is part of what an editor saves, as its tags are: each revision keeps it,
 * and restoring a revision restores it. Every revision saved before premium pieces existed was free.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('article_revisions')
    .addColumn('is_premium', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_revisions').dropColumn('is_premium').execute();
}
