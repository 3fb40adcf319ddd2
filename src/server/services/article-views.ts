import type { Article, ArticleSummary, Revision, RevisionSummary } from '../../contract/editor-articles.ts';
import type { ArticleContent, ArticleRow, RevisionRow } from '../db/repositories/articles.ts';
import { mediaPath } from '../publication/media-path.ts';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

export function toArticle(row: ArticleRow, cover: { extension: string } | undefined): Article {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.body_markdown,
    tags: row.tags,
    exercises: row.exercises,
    phases: row.phases,
    coverMediaId: row.cover_media_id,
    coverUrl:
      row.cover_media_id && cover ? mediaPath({ id: row.cover_media_id, extension: cover.extension }) : null,
    coverAlt: row.cover_alt,
    isPremium: row.is_premium,
    publishAt: isoOrNull(row.publish_at),
    publishedAt: isoOrNull(row.published_at),
    wasPublished: row.published_at !== null,
    revision: row.revision,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toArticleSummary(
  row: Pick<
    ArticleRow,
    | 'id'
    | 'slug'
    | 'status'
    | 'title'
    | 'is_premium'
    | 'publish_at'
    | 'published_at'
    | 'revision'
    | 'updated_at'
  >,
): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: row.title,
    isPremium: row.is_premium,
    publishAt: isoOrNull(row.publish_at),
    publishedAt: isoOrNull(row.published_at),
    revision: row.revision,
    updatedAt: iso(row.updated_at),
  };
}

export function toRevisionSummary(row: {
  revision: number;
  title: string;
  saved_at: Date | string;
  saved_by_name: string | null;
}): RevisionSummary {
  return { revision: row.revision, title: row.title, savedAt: iso(row.saved_at), savedBy: row.saved_by_name };
}

export function toRevision(row: RevisionRow): Revision {
  return {
    ...toRevisionSummary(row),
    ...contentOf(row),
  };
}

/** The content of an article or of one of its revisions (the same columns). */
export function contentOf(row: ArticleRow | RevisionRow): ArticleContent {
  return {
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.body_markdown,
    tags: row.tags,
    exercises: row.exercises,
    phases: row.phases,
    coverMediaId: row.cover_media_id,
    coverAlt: row.cover_alt,
    isPremium: row.is_premium,
  };
}

/** Whether two contents are the same save (a retry), whatever the order of tags, exercises and phases. */
export function isSameContent(a: ArticleContent, b: ArticleContent): boolean {
  const sorted = <T>(values: T[]) => JSON.stringify([...values].sort());
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.bodyMarkdown === b.bodyMarkdown &&
    sorted(a.tags) === sorted(b.tags) &&
    sorted(a.exercises) === sorted(b.exercises) &&
    sorted(a.phases) === sorted(b.phases) &&
    a.coverMediaId === b.coverMediaId &&
    a.coverAlt === b.coverAlt &&
    a.isPremium === b.isPremium
  );
}
