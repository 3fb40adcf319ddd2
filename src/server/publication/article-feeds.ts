import { v5 as uuidV5 } from 'uuid';
import { element, parent, XML_DECLARATION } from './xml.ts';

/**
 * The articles' two feeds, Atom 1.0 (RFC 4287) and JSON Feed 1.1, as pure functions of the site and its
 * published articles (already the newest first, already capped), so they can be tested without a server.
 */
export const ATOM_FEED_PATH = '/feeds/articles.xml';
export const JSON_FEED_PATH = '/feeds/articles.json';
/** Feed readers poll; the newest fifty is a few months of the publication and keeps the feed small. */
export const ARTICLE_FEED_SIZE = 50;

export interface ArticleFeedSite {
  title: string;
  description: string;
  /** BCP 47, as xml:lang and JSON Feed's language take it. */
  language: string;
  author: string;
}

export interface FeedArticle {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** The article's body as safe HTML (src/server/publication/markdown.ts). */
  contentHtml: string;
  tags: readonly string[];
  publishedAt: Date;
  updatedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An entry's permanent id (Atom's id, JSON Feed's id): readers use it to tell a new article from an
 * edited one, so it comes from the article's id, never from its slug or title, which an editor may change.
 */
export function articleEntryId(articleId: string, baseUrl: string): string {
  if (UUID.test(articleId)) return `urn:uuid:${articleId.toLowerCase()}`;
  return `tag:${new URL(baseUrl).hostname},2026:article:${encodeURIComponent(articleId)}`;
}

/** The feed's own permanent id: a name-based UUID of its URL. */
export function feedId(feedUrl: string): string {
  return `urn:uuid:${uuidV5(feedUrl, uuidV5.URL)}`;
}

export function articleUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/articles/${encodeURIComponent(slug)}`;
}

/** Published, or edited later: never before it was published, even for a row written by hand. */
export function lastChanged(article: Pick<FeedArticle, 'publishedAt' | 'updatedAt'>): Date {
  return new Date(Math.max(article.updatedAt.getTime(), article.publishedAt.getTime()));
}

/** The newest change among the articles, or `otherwise` for a feed with none. */
export function newestChange(articles: readonly FeedArticle[], otherwise: Date): Date {
  const times = articles.map((article) => lastChanged(article).getTime());
  return times.length === 0 ? otherwise : new Date(Math.max(...times));
}

function entryXml(article: FeedArticle, baseUrl: string): string {
  return parent('entry', [
    element('id', articleEntryId(article.id, baseUrl)),
    element('title', article.title),
    element('link', undefined, {
      rel: 'alternate',
      type: 'text/html',
      href: articleUrl(baseUrl, article.slug),
    }),
    element('published', article.publishedAt.toISOString()),
    element('updated', lastChanged(article).toISOString()),
    article.summary.trim() === '' ? undefined : element('summary', article.summary, { type: 'text' }),
    element('content', article.contentHtml, { type: 'html' }),
    ...article.tags.map((tag) => element('category', undefined, { term: tag })),
  ]);
}

/** Atom 1.0: `updated` is the newest entry's change, or `builtAt` when there is none yet. */
export function buildAtomFeed(
  site: ArticleFeedSite,
  articles: readonly FeedArticle[],
  baseUrl: string,
  builtAt: Date,
): string {
  const feedUrl = `${baseUrl}${ATOM_FEED_PATH}`;
  const feed = parent(
    'feed',
    [
      element('id', feedId(feedUrl)),
      element('title', site.title),
      element('subtitle', site.description),
      element('updated', newestChange(articles, builtAt).toISOString()),
      element('link', undefined, { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
      element('link', undefined, { rel: 'alternate', type: 'text/html', href: `${baseUrl}/` }),
      parent('author', [element('name', site.author), element('uri', `${baseUrl}/`)]),
      ...articles.map((article) => entryXml(article, baseUrl)),
    ],
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': site.language },
  );
  return `${XML_DECLARATION}${feed}\n`;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function buildJsonFeed(
  site: ArticleFeedSite,
  articles: readonly FeedArticle[],
  baseUrl: string,
): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: `${baseUrl}/`,
    feed_url: `${baseUrl}${JSON_FEED_PATH}`,
    description: site.description,
    language: site.language,
    authors: [{ name: site.author, url: `${baseUrl}/` }],
    items: articles.map((article) => ({
      id: articleEntryId(article.id, baseUrl),
      url: articleUrl(baseUrl, article.slug),
      title: article.title,
      content_html: article.contentHtml,
      ...(article.summary.trim() === '' ? {} : { summary: article.summary }),
      date_published: article.publishedAt.toISOString(),
      date_modified: lastChanged(article).toISOString(),
      ...(article.tags.length === 0 ? {} : { tags: [...article.tags] }),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
