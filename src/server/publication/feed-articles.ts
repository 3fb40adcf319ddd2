import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ARTICLE_FEED_SIZE, type FeedArticle } from './article-feeds.ts';
import { renderMarkdown } from './markdown.ts';
import { MEMBERSHIP_PAGE_PATH } from './membership-page-path.ts';
import { escapeXml } from './xml.ts';

/** Who reads the article feeds: the public, so a premium article's body is theirs only without tiers. */
export interface ArticleFeedAudience {
  hasPremiumText: boolean;
  baseUrl: string;
}

/** A premium article's content for a feed reader without premium: its summary and where to join. */
function premiumOnlyContent(summary: string, baseUrl: string): string {
  const join = escapeXml(`${baseUrl}${MEMBERSHIP_PAGE_PATH}`);
  return `${summary.trim() === '' ? '' : `<p>${escapeXml(summary)}</p>`}<p>This article is for premium members. <a href="${join}">Learn more about premium membership</a>.</p>`;
}

/** The newest published articles for the feeds, newest first, each body made into safe HTML. */
export async function publishedFeedArticles(
  db: Kysely<Database>,
  audience: ArticleFeedAudience,
  limit: number = ARTICLE_FEED_SIZE,
): Promise<FeedArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select([
      'id',
      'slug',
      'title',
      'summary',
      'body_markdown',
      'is_premium',
      'tags',
      'published_at',
      'updated_at',
    ])
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
            contentHtml:
              row.is_premium && !audience.hasPremiumText
                ? premiumOnlyContent(row.summary, audience.baseUrl)
                : renderMarkdown(row.body_markdown),
            tags: row.tags,
            publishedAt: new Date(row.published_at),
            updatedAt: new Date(row.updated_at),
          },
        ],
  );
}
