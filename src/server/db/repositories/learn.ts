import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * The newest published articles, each with its paired published episode's audio, if any; with
 * `aboutExercise`, only those about that exercise.
 */
export function listPublishedArticles(db: Executor, limit: number, aboutExercise?: string) {
  return db
    .selectFrom('articles')
    .leftJoin('episodes', (join) =>
      join.onRef('episodes.article_id', '=', 'articles.id').on('episodes.status', '=', 'published'),
    )
    .leftJoin('media_files', 'media_files.id', 'episodes.media_id')
    .where('articles.status', '=', 'published')
    .$if(aboutExercise !== undefined, (query) =>
      query.where(sql<boolean>`${aboutExercise ?? ''} = any(articles.exercises)`),
    )
    .select([
      'articles.title',
      'articles.slug',
      'articles.summary',
      'articles.tags',
      'articles.exercises',
      'articles.phases',
      'articles.published_at',
      'articles.is_premium',
      'episodes.title as episode_title',
      'episodes.slug as episode_slug',
      'episodes.is_premium as episode_is_premium',
      'media_files.id as media_id',
      'media_files.extension as media_extension',
      'media_files.content_type as media_content_type',
      'media_files.duration_seconds as media_duration_seconds',
    ])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id')
    .limit(limit)
    .execute();
}

/** The newest published episode that has its audio. */
export function findLatestEpisode(db: Executor) {
  return db
    .selectFrom('episodes')
    .innerJoin('media_files', 'media_files.id', 'episodes.media_id')
    .where('episodes.status', '=', 'published')
    .select([
      'episodes.title',
      'episodes.slug',
      'episodes.is_premium',
      'media_files.id as media_id',
      'media_files.extension as media_extension',
      'media_files.content_type as media_content_type',
      'media_files.duration_seconds as media_duration_seconds',
    ])
    .orderBy('episodes.published_at', 'desc')
    .orderBy('episodes.id')
    .limit(1)
    .executeTakeFirst();
}
