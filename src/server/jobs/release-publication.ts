import { type Kysely, sql } from 'kysely';
import { inTransaction } from '../db/executor.ts';
import type { Database } from '../db/schema.ts';

/** What one slot's release published by this run (the items another run published are not repeated). */
export interface SlotRelease {
  slot: Date;
  articleIds: string[];
  episodeIds: string[];
}

/**
 * Publishes every scheduled article and episode whose time has come by `now` (the app's clock), one
 * transaction per slot (the items' `publish_at`), and records the slot in `releases`. The updates are
 * conditional on the item still being scheduled, so two runs at once (or two instances) publish each item
 * once: the second finds nothing left, or merges only what it did publish into the slot's row.
 */
export async function publishDueItems(db: Kysely<Database>, now: Date): Promise<SlotRelease[]> {
  const due = await sql<{ slot: Date }>`
    select publish_at as slot from articles where status = 'scheduled' and publish_at <= ${now}
    union
    select publish_at as slot from episodes where status = 'scheduled' and publish_at <= ${now}
    order by slot`.execute(db);
  const releases: SlotRelease[] = [];
  for (const { slot } of due.rows) {
    const release = await inTransaction(db, async (trx) => {
      const articles = await trx
        .updateTable('articles')
        .set({ status: 'published', published_at: sql`publish_at`, updated_at: now })
        .where('status', '=', 'scheduled')
        .where('publish_at', '=', slot)
        .returning('id')
        .execute();
      const episodes = await trx
        .updateTable('episodes')
        .set({ status: 'published', published_at: sql`publish_at`, updated_at: now })
        .where('status', '=', 'scheduled')
        .where('publish_at', '=', slot)
        .returning('id')
        .execute();
      const articleIds = articles.map((row) => row.id);
      const episodeIds = episodes.map((row) => row.id);
      if (articleIds.length === 0 && episodeIds.length === 0) return undefined;
      await trx
        .insertInto('releases')
        .values({ slot, released_at: now, article_ids: articleIds, episode_ids: episodeIds })
        .onConflict((conflict) =>
          conflict.column('slot').doUpdateSet({
            article_ids: sql`releases.article_ids || excluded.article_ids`,
            episode_ids: sql`releases.episode_ids || excluded.episode_ids`,
          }),
        )
        .execute();
      return { slot: new Date(slot), articleIds, episodeIds };
    });
    if (release) releases.push(release);
  }
  return releases;
}
