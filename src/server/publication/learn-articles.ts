import type { LearnArticle, LearnEpisode } from '../../contract/learn.ts';
import type { Executor } from '../db/executor.ts';
import { listPublishedArticles } from '../db/repositories/learn.ts';
import { mediaPath } from './media-path.ts';

/** Learn and an exercise's page show this many of the newest articles at most, however many are published. */
export const LEARN_ARTICLE_LIMIT = 50;

interface EpisodeColumns {
  title: string;
  slug: string;
  is_premium: boolean;
  media_id: string | null;
  media_extension: string | null;
  media_content_type: string | null;
  media_duration_seconds: number | null;
}

/** An episode as Learn plays it, or null when it has no audio file. */
export function learnEpisodeOf(row: EpisodeColumns): LearnEpisode | null {
  if (!row.media_id || !row.media_extension || !row.media_content_type) return null;
  return {
    title: row.title,
    slug: row.slug,
    isPremium: row.is_premium,
    audioUrl: mediaPath({ id: row.media_id, extension: row.media_extension }),
    contentType: row.media_content_type,
    durationSeconds: row.media_duration_seconds,
  };
}

/**
 * The newest published articles (at most 50), optionally only those about one exercise, each with its
 * paired published episode. Articles are public: nothing here reads who asks. A premium piece says so;
 * its words and audio are served only to members whose tier includes them (the site, the media route).
 */
export async function newestPublishedArticles(db: Executor, aboutExercise?: string): Promise<LearnArticle[]> {
  const rows = await listPublishedArticles(db, LEARN_ARTICLE_LIMIT, aboutExercise);
  return rows.map((row) => ({
    title: row.title,
    summary: row.summary,
    url: `/articles/${row.slug}`,
    tags: row.tags,
    exercises: row.exercises,
    phases: row.phases,
    isPremium: row.is_premium,
    publishedAt: new Date(row.published_at ?? 0).toISOString(),
    episode:
      row.episode_title && row.episode_slug
        ? learnEpisodeOf({
            ...row,
            title: row.episode_title,
            slug: row.episode_slug,
            is_premium: row.episode_is_premium === true,
          })
        : null,
  }));
}
