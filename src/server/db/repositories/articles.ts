import type { Executor } from '../executor.ts';
import type { PublicationStatus } from '../schema.ts';

/** What an editor writes; every save stores all of it, in the article and as a revision. */
export interface ArticleContent {
  title: string;
  summary: string;
  bodyMarkdown: string;
  tags: string[];
  exercises: string[];
  phases: number[];
  coverMediaId: string | null;
  coverAlt: string;
  isPremium: boolean;
}

const ARTICLE_COLUMNS = [
  'id',
  'slug',
  'status',
  'title',
  'summary',
  'body_markdown',
  'tags',
  'exercises',
  'phases',
  'cover_media_id',
  'cover_alt',
  'is_premium',
  'publish_at',
  'published_at',
  'revision',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export async function findArticle(db: Executor, id: string) {
  return db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', id).executeTakeFirst();
}
export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

/** Locks the article's row for the rest of the transaction: two saves of one article go one after the other. */
export async function findArticleForUpdate(db: Executor, id: string): Promise<ArticleRow | undefined> {
  return db
    .selectFrom('articles')
    .select(ARTICLE_COLUMNS)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Every status, the most recently changed first; one page. */
export async function listArticles(db: Executor, page: { limit: number; offset: number }) {
  return db
    .selectFrom('articles')
    .select([
      'id',
      'slug',
      'status',
      'title',
      'is_premium',
      'publish_at',
      'published_at',
      'revision',
      'updated_at',
      'created_at',
    ])
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countArticles(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The slugs already taken that start with `base`, to make a new one unique. */
export async function slugsLike(db: Executor, base: string, exceptId?: string): Promise<Set<string>> {
  let query = db
    .selectFrom('articles')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return new Set((await query.execute()).map((row) => row.slug));
}

export async function isSlugTaken(db: Executor, slug: string, exceptId: string): Promise<boolean> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where('slug', '=', slug)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

function contentColumns(content: ArticleContent) {
  return {
    title: content.title,
    summary: content.summary,
    body_markdown: content.bodyMarkdown,
    tags: content.tags,
    exercises: content.exercises,
    phases: content.phases,
    cover_media_id: content.coverMediaId,
    cover_alt: content.coverAlt,
    is_premium: content.isPremium,
  };
}

export async function insertArticle(
  db: Executor,
  article: { id: string; slug: string; content: ArticleContent; by: string; at: Date },
): Promise<void> {
  await db
    .insertInto('articles')
    .values({
      id: article.id,
      slug: article.slug,
      ...contentColumns(article.content),
      revision: 1,
      created_by: article.by,
      created_at: article.at,
      updated_at: article.at,
    })
    .execute();
  await insertRevision(db, { articleId: article.id, revision: 1, ...article });
}

/** Stores a save as the article's next revision. */
export async function saveArticle(
  db: Executor,
  save: { id: string; slug: string; revision: number; content: ArticleContent; by: string; at: Date },
): Promise<void> {
  await db
    .updateTable('articles')
    .set({ slug: save.slug, ...contentColumns(save.content), revision: save.revision, updated_at: save.at })
    .where('id', '=', save.id)
    .execute();
  await insertRevision(db, { articleId: save.id, ...save });
}

async function insertRevision(
  db: Executor,
  revision: { articleId: string; revision: number; content: ArticleContent; by: string; at: Date },
): Promise<void> {
  await db
    .insertInto('article_revisions')
    .values({
      article_id: revision.articleId,
      revision: revision.revision,
      ...contentColumns(revision.content),
      saved_by: revision.by,
      saved_at: revision.at,
    })
    .execute();
}

export async function setArticleStatus(
  db: Executor,
  id: string,
  change: { status: PublicationStatus; publishAt: Date | null; publishedAt?: Date; at: Date },
): Promise<void> {
  await db
    .updateTable('articles')
    .set({
      status: change.status,
      publish_at: change.publishAt,
      ...(change.publishedAt && { published_at: change.publishedAt }),
      updated_at: change.at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteArticle(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('articles').where('id', '=', id).execute();
}

/** The newest revisions first, with who saved each; bounded by `limit`. */
export async function listRevisions(db: Executor, articleId: string, limit: number) {
  return db
    .selectFrom('article_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.saved_by')
    .select(['r.revision', 'r.title', 'r.saved_at', 'u.name as saved_by_name'])
    .where('r.article_id', '=', articleId)
    .orderBy('r.revision', 'desc')
    .limit(limit)
    .execute();
}

export async function findRevision(db: Executor, articleId: string, revision: number) {
  return db
    .selectFrom('article_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.saved_by')
    .selectAll('r')
    .select('u.name as saved_by_name')
    .where('r.article_id', '=', articleId)
    .where('r.revision', '=', revision)
    .executeTakeFirst();
}
export type RevisionRow = NonNullable<Awaited<ReturnType<typeof findRevision>>>;

/** The media file's kind, or undefined when there is no such file. */
export async function findMediaKind(db: Executor, id: string) {
  return db.selectFrom('media_files').select(['kind', 'extension']).where('id', '=', id).executeTakeFirst();
}

/** Whether the article was ever public: one that was keeps its record (it may be unpublished, not deleted). */
export function wasEverPublished(row: Pick<ArticleRow, 'published_at'>): boolean {
  return row.published_at !== null;
}
