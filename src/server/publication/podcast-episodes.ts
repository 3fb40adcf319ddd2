import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { renderMarkdown } from './markdown.ts';
import type { FeedMedia, PodcastEpisode } from './podcast-feed.ts';

/** Every published episode with a file to play, newest first, with the files' details (not their bytes). */
export async function publishedPodcastEpisodes(db: Kysely<Database>): Promise<PodcastEpisode[]> {
  const episodes = await db
    .selectFrom('episodes')
    .select([
      'guid',
      'slug',
      'title',
      'summary',
      'notes_markdown',
      'season',
      'number',
      'explicit',
      'is_premium',
      'published_at',
      'updated_at',
      'media_id',
      'artwork_media_id',
      'transcript_media_id',
      'chapters_media_id',
    ])
    .where('status', '=', 'published')
    .where('media_id', 'is not', null)
    .where('published_at', 'is not', null)
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .execute();
  const ids = [
    ...new Set(
      episodes.flatMap((row) =>
        [row.media_id, row.artwork_media_id, row.transcript_media_id, row.chapters_media_id].filter(
          (id): id is string => id !== null,
        ),
      ),
    ),
  ];
  const files =
    ids.length === 0
      ? []
      : await db
          .selectFrom('media_files')
          .select(['id', 'extension', 'content_type', 'byte_size', 'duration_seconds'])
          .where('id', 'in', ids)
          .execute();
  const byId = new Map<string, FeedMedia>(
    files.map((file) => [
      file.id,
      {
        id: file.id,
        extension: file.extension,
        contentType: file.content_type,
        byteSize: file.byte_size,
        durationSeconds: file.duration_seconds === null ? null : Number(file.duration_seconds),
      },
    ]),
  );
  const fileOf = (id: string | null): FeedMedia | undefined => (id === null ? undefined : byId.get(id));
  return episodes.flatMap((row) => {
    const media = fileOf(row.media_id);
    if (!media || !row.published_at) return [];
    return [
      {
        guid: row.guid,
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        notesHtml: renderMarkdown(row.notes_markdown),
        season: row.season,
        number: row.number,
        explicit: row.explicit,
        isPremium: row.is_premium,
        publishedAt: new Date(row.published_at),
        updatedAt: new Date(row.updated_at),
        media,
        artwork: fileOf(row.artwork_media_id),
        transcript: fileOf(row.transcript_media_id),
        chapters: fileOf(row.chapters_media_id),
      },
    ];
  });
}
