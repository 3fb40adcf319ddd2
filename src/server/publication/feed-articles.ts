import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ARTICLE_FEED_SIZE, type FeedArticle } from './article-feeds.ts';
import { renderMarkdown } from './markdown.ts';

/** The newest published articles for the feeds, newest first, each body made into safe HTML. */
export async function publishedFeedArticles(
  db: Kysely<Database>,
  limit: number = ARTICLE_FEED_SIZE,
): Promise<FeedArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'slug', 'title', 'summary', 'body_markdown', 'tags', 'published_at', 'updated_at'])
    .where('status', '=', 'published')
    .where('published_at', 'is not', null)
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.flatMap((row) =>
    row.published_at === null
      ? []
      : [
          {
            id: row.id,
            slug: row.slug,
            title: row.title,
            summary: row.summary,
            contentHtml: renderMarkdown(row.body_markdown),
            tags: row.tags,
            publishedAt: new Date(row.published_at),
            updatedAt: new Date(row.updated_at),
          },
        ],
  );
}
