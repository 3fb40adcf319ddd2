import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * What the public site reads: published articles and episodes only (status = 'published'), and each read
 * bounded. The previews' reads (any status, by id) are apart, at the end, and only for editors.
 */

/** An item in a list: the homepage, a tag, the archive, search. */
export interface PieceSummary {
  kind: 'article' | 'episode';
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  /** Read whole, or heard, by premium members only: lists mark it. */
  isPremium: boolean;
}

export interface MediaRef {
  id: string;
  extension: string;
  contentType: string;
  durationSeconds: number | null;
}

const articleColumns = [
  'a.id',
  'a.slug',
  'a.status',
  'a.title',
  'a.summary',
  'a.body_markdown',
  'a.tags',
  'a.exercises',
  'a.phases',
  'a.cover_alt',
  'a.is_premium',
  'a.published_at',
  'a.updated_at',
  'cover.id as cover_id',
  'cover.extension as cover_extension',
  'cover.width as cover_width',
  'cover.height as cover_height',
] as const;

function articles(db: Executor) {
  return db
    .selectFrom('articles as a')
    .leftJoin('media_files as cover', 'cover.id', 'a.cover_media_id')
    .select(articleColumns);
}

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findPublishedArticle>>>;

export function findPublishedArticle(db: Executor, slug: string) {
  return articles(db).where('a.slug', '=', slug).where('a.status', '=', 'published').executeTakeFirst();
}

const episodeColumns = [
  'e.id',
  'e.slug',
  'e.status',
  'e.title',
  'e.summary',
  'e.notes_markdown',
  'e.season',
  'e.number',
  'e.article_id',
  'e.transcript_media_id',
  'e.transcript_text',
  'e.chapters_media_id',
  'e.is_premium',
  'e.published_at',
  'e.updated_at',
  'm.id as media_id',
  'm.extension as media_extension',
  'm.content_type as media_content_type',
  'm.duration_seconds as media_duration_seconds',
  'm.byte_size as media_byte_size',
  'poster.id as poster_id',
  'poster.extension as poster_extension',
] as const;

function episodes(db: Executor) {
  return db
    .selectFrom('episodes as e')
    .leftJoin('media_files as m', 'm.id', 'e.media_id')
    .leftJoin('media_files as poster', 'poster.id', 'e.poster_media_id')
    .select(episodeColumns);
}

export type EpisodeRow = NonNullable<Awaited<ReturnType<typeof findPublishedEpisode>>>;

export function findPublishedEpisode(db: Executor, slug: string) {
  return episodes(db).where('e.slug', '=', slug).where('e.status', '=', 'published').executeTakeFirst();
}

/** The published episode paired with an article, if any. */
export function findPublishedEpisodeOfArticle(db: Executor, articleId: string) {
  return episodes(db)
    .where('e.article_id', '=', articleId)
    .where('e.status', '=', 'published')
    .executeTakeFirst();
}

/** The published article an episode pairs with, if any. */
export function findPublishedArticleById(db: Executor, id: string) {
  return articles(db).where('a.id', '=', id).where('a.status', '=', 'published').executeTakeFirst();
}

export function findLatestArticle(db: Executor) {
  return articles(db)
    .where('a.status', '=', 'published')
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id')
    .limit(1)
    .executeTakeFirst();
}

export function findLatestEpisode(db: Executor) {
  return episodes(db)
    .where('e.status', '=', 'published')
    .orderBy('e.published_at', 'desc')
    .orderBy('e.id')
    .limit(1)
    .executeTakeFirst();
}

/** A text file's contents (a transcript or chapters file), or undefined. */
export async function readTextFile(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('media_files').select('data').where('id', '=', id).executeTakeFirst();
  return row ? Buffer.from(row.data).toString('utf8') : undefined;
}

/** The published articles a related list is chosen from: the newest `limit`, with their words. */
export function listRelatedCandidates(db: Executor, limit: number) {
  return db
    .selectFrom('articles')
    .select([
      'id',
      'slug',
      'title',
      'summary',
      'body_markdown',
      'tags',
      'exercises',
      'phases',
      'published_at',
    ])
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

function summariesOf(
  rows: {
    kind: string;
    slug: string;
    title: string;
    summary: string;
    published_at: Date | string;
    is_premium: boolean;
  }[],
): PieceSummary[] {
  return rows.map((row) => ({
    kind: row.kind === 'episode' ? 'episode' : 'article',
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: new Date(row.published_at),
    isPremium: row.is_premium,
  }));
}

/**
 * Everything published, newest first, a page at a time; with a tag, only what carries it (an episode
 * carries its paired article's tags). One more than asked is read so the caller knows of a next page.
 */
export async function listPublished(
  db: Executor,
  options: { tag?: string; offset: number; limit: number },
): Promise<PieceSummary[]> {
  const tag = options.tag;
  const { rows } = await sql<{
    kind: string;
    slug: string;
    title: string;
    summary: string;
    published_at: Date;
    is_premium: boolean;
  }>`
    select 'article' as kind, slug, title, summary, published_at, is_premium from articles
      where status = 'published' ${tag === undefined ? sql`` : sql`and tags @> array[${tag}]::text[]`}
    union all
    select 'episode' as kind, e.slug, e.title, e.summary, e.published_at, e.is_premium from episodes e
      ${tag === undefined ? sql`` : sql`join articles a on a.id = e.article_id and a.tags @> array[${tag}]::text[]`}
      where e.status = 'published'
    order by published_at desc, slug
    limit ${options.limit} offset ${options.offset}
  `.execute(db);
  return summariesOf(rows);
}

export interface SearchHit extends PieceSummary {
  /** The best passage, with the matched words between MATCH_START and MATCH_END. */
  snippet: string;
}

/** Marks ts_headline puts around matched words; characters no editor types, split on when rendering. */
export const MATCH_START = '\u2063\u2063[';
export const MATCH_END = ']\u2063\u2063';

/** A search hit before its snippet: the text its snippet is cut from, Markdown for an article. */
export interface SearchMatch extends PieceSummary {
  text: string;
}

/**
 * Full-text search over published articles (title, summary, body) and episodes (title, summary,
 * transcript), ranked, best first.
 */
export async function searchPublished(db: Executor, query: string, limit: number): Promise<SearchMatch[]> {
  const { rows } = await sql<{
    kind: string;
    slug: string;
    title: string;
    summary: string;
    published_at: Date;
    is_premium: boolean;
    text: string;
  }>`
    with q as (select websearch_to_tsquery('english', ${query}) as query)
    select 'article' as kind, a.slug, a.title, a.summary, a.published_at, a.is_premium,
        a.body_markdown as text, ts_rank(a.search, q.query) as rank
      from articles a, q where a.status = 'published' and a.search @@ q.query
    union all
    select 'episode' as kind, e.slug, e.title, e.summary, e.published_at, e.is_premium,
        e.transcript_text as text,
        ts_rank(e.search, q.query) as rank
      from episodes e, q where e.status = 'published' and e.search @@ q.query
    order by rank desc, published_at desc
    limit ${limit}
  `.execute(db);
  return summariesOf(rows).map((summary, index) => ({ ...summary, text: rows[index]?.text ?? '' }));
}

/**
 * The best passages of each text for the query, matched words between MATCH_START and MATCH_END, in the
 * order given. The texts travel as one JSON array, so this is one statement however many there are.
 */
export async function bestPassages(db: Executor, query: string, texts: readonly string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const options = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const { rows } = await sql<{ passage: string }>`
    select ts_headline('english', t.text, websearch_to_tsquery('english', ${query}), ${options}) as passage
    from jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) with ordinality as t(text, position)
    order by t.position
  `.execute(db);
  return rows.map((row) => row.passage);
}

/** Every published page for the sitemap, with when it last changed; at most `limit` of each. */
export async function listSitemapEntries(db: Executor, limit: number) {
  const [articleRows, episodeRows] = await Promise.all([
    db
      .selectFrom('articles')
      .select(['slug', 'updated_at', 'tags'])
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('episodes')
      .select(['slug', 'updated_at'])
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return { articles: articleRows, episodes: episodeRows };
}

/** For an editor's preview: the article whatever its status. */
export function findArticleById(db: Executor, id: string) {
  return articles(db).where('a.id', '=', id).executeTakeFirst();
}

/** For an editor's preview: the episode whatever its status. */
export function findEpisodeById(db: Executor, id: string) {
  return episodes(db).where('e.id', '=', id).executeTakeFirst();
}
