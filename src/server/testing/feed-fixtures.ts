import { createHash, randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { ArticlesTable, Database, EpisodesTable } from '../db/schema.ts';

export { insertMediaFile } from './publication-fixtures.ts';

/** Distinct bytes of a given length, standing in for an encoded file the feeds only describe. */
export function filler(seed: string, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const digest = createHash('sha256').update(seed).digest();
  for (let index = 0; index < length; index++) bytes[index] = digest[index % digest.length] as number;
  return bytes;
}

export async function insertEpisode(
  db: Kysely<Database>,
  episode: Partial<Insertable<EpisodesTable>> & { title: string },
): Promise<{ id: string; guid: string; slug: string }> {
  const id = episode.id ?? randomUUID();
  const values = {
    guid: randomUUID(),
    slug: `episode-${id}`,
    status: 'published' as const,
    ...episode,
    id,
  };
  await db.insertInto('episodes').values(values).execute();
  return { id, guid: values.guid, slug: values.slug };
}

export async function insertArticle(
  db: Kysely<Database>,
  article: Partial<Insertable<ArticlesTable>> & { title: string },
): Promise<{ id: string; slug: string }> {
  const id = article.id ?? randomUUID();
  const values = { slug: `article-${id}`, status: 'published' as const, ...article, id };
  await db.insertInto('articles').values(values).execute();
  return { id, slug: values.slug };
}
