import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { storeOwnMediaFile } from '../db/repositories/media-files.ts';
import type { Database, PublicationStatus } from '../db/schema.ts';

/** A real 5-second spoken MP3 (espeak-ng through ffmpeg), small enough to commit. */
export const EPISODE_MP3 = readFileSync(new URL('./fixtures/episode.mp3', import.meta.url));

/** Stores bytes as a media file, named by their hash as uploads are, and gives its id. */
export const insertMediaFile = storeOwnMediaFile;

export async function insertArticle(
  db: Kysely<Database>,
  article: {
    slug: string;
    title: string;
    status?: PublicationStatus;
    summary?: string;
    body?: string;
    tags?: string[];
    publishedAt?: Date;
  },
): Promise<string> {
  const id = randomUUID();
  const status = article.status ?? 'published';
  await db
    .insertInto('articles')
    .values({
      id,
      slug: article.slug,
      status,
      title: article.title,
      summary: article.summary ?? '',
      body_markdown: article.body ?? '',
      tags: article.tags ?? [],
      published_at: status === 'published' ? (article.publishedAt ?? new Date('2026-11-01T07:00:00Z')) : null,
    })
    .execute();
  return id;
}

export async function insertEpisode(
  db: Kysely<Database>,
  episode: {
    slug: string;
    title: string;
    status?: PublicationStatus;
    summary?: string;
    mediaId?: string;
    articleId?: string;
    publishedAt?: Date;
  },
): Promise<string> {
  const id = randomUUID();
  const status = episode.status ?? 'published';
  await db
    .insertInto('episodes')
    .values({
      id,
      guid: randomUUID(),
      slug: episode.slug,
      status,
      title: episode.title,
      summary: episode.summary ?? '',
      media_id: episode.mediaId ?? null,
      article_id: episode.articleId ?? null,
      published_at: status === 'published' ? (episode.publishedAt ?? new Date('2026-11-01T07:00:00Z')) : null,
    })
    .execute();
  return id;
}
