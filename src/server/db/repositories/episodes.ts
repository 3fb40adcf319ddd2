import type { Updateable } from 'kysely';
import type { Executor } from '../executor.ts';
import type { EpisodesTable } from '../schema.ts';

export function findEpisode(db: Executor, id: string) {
  return db
    .selectFrom('episodes')
    .select([
      'id',
      'guid',
      'slug',
      'status',
      'title',
      'summary',
      'notes_markdown',
      'season',
      'number',
      'explicit',
      'is_premium',
      'article_id',
      'media_id',
      'poster_media_id',
      'artwork_media_id',
      'transcript_media_id',
      'chapters_media_id',
      'publish_at',
      'published_at',
      'updated_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type EpisodeRow = NonNullable<Awaited<ReturnType<typeof findEpisode>>>;

/** Creates the episode once per client-made id: a retry finds the first one. */
export async function insertEpisodeOnce(
  db: Executor,
  episode: { id: string; guid: string; slug: string; title: string; createdBy: string; now: Date },
): Promise<{ isNew: boolean }> {
  const inserted = await db
    .insertInto('episodes')
    .values({
      id: episode.id,
      guid: episode.guid,
      slug: episode.slug,
      title: episode.title,
      created_by: episode.createdBy,
      created_at: episode.now,
      updated_at: episode.now,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return { isNew: inserted !== undefined };
}

/** Newest edited first, one page (plus one row to tell whether there is more). */
export function listEpisodes(db: Executor, page: { limit: number; offset: number }) {
  return db
    .selectFrom('episodes')
    .select([
      'id',
      'status',
      'title',
      'season',
      'number',
      'is_premium',
      'publish_at',
      'published_at',
      'updated_at',
    ])
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(page.offset)
    .execute();
}

/** Everything but the guid, which never changes. */
export async function updateEpisode(
  db: Executor,
  id: string,
  changes: Omit<Updateable<EpisodesTable>, 'id' | 'guid' | 'search'>,
): Promise<void> {
  await db.updateTable('episodes').set(changes).where('id', '=', id).execute();
}

export async function slugTaken(db: Executor, slug: string, exceptId: string): Promise<boolean> {
  const row = await db
    .selectFrom('episodes')
    .select('id')
    .where('slug', '=', slug)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function episodeNumbered(
  db: Executor,
  season: number,
  number: number,
  exceptId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('episodes')
    .select('id')
    .where('season', '=', season)
    .where('number', '=', number)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The episode already paired with an article, other than this one. */
export async function episodePairedWith(db: Executor, articleId: string, exceptId: string) {
  return db
    .selectFrom('episodes')
    .select(['id', 'title'])
    .where('article_id', '=', articleId)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
}

export async function articleExists(db: Executor, articleId: string): Promise<boolean> {
  const row = await db.selectFrom('articles').select('id').where('id', '=', articleId).executeTakeFirst();
  return row !== undefined;
}
