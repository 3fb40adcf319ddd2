import type { FastifyRequest } from 'fastify';
import { relatedArticles } from '../../core/publication/related.ts';
import type { WhereYouAre } from '../../core/publication/where-you-are.ts';
import { type ArticleRow, listRelatedCandidates } from '../db/repositories/public-pieces.ts';
import type { AppContext } from '../http/context.ts';
import { Refusal } from '../services/errors.ts';
import { readWhereYouAre } from '../services/where-you-are-now.ts';
import type { RelatedLink } from './pages/article-page.ts';

/** Related articles are chosen among the newest this many: enough for years of Sundays, bounded all the same. */
const RELATED_CANDIDATES = 200;
const RELATED_COUNT = 3;

/** Where the signed-in reader is in the program, or undefined (not signed in, no consent, no plan). */
async function whereTheReaderIs(
  context: AppContext,
  request: FastifyRequest,
): Promise<WhereYouAre | undefined> {
  if (!request.headers.cookie) return undefined;
  const user = await context.loginSessions.find(request);
  if (!user) return undefined;
  try {
    return await readWhereYouAre(context.db, user);
  } catch (error) {
    if (error instanceof Refusal) return undefined;
    throw error;
  }
}

/** The three articles to read next; for a member with a plan, those for where they are now rank higher. */
export async function relatedArticlesFor(
  context: AppContext,
  request: FastifyRequest,
  article: ArticleRow,
): Promise<RelatedLink[]> {
  const [rows, member] = await Promise.all([
    listRelatedCandidates(context.db, RELATED_CANDIDATES),
    whereTheReaderIs(context, request),
  ]);
  const textOf = (row: { title: string; summary: string; body_markdown: string }) =>
    // Markdown's marks are not words, so the raw text serves and spares rendering every candidate.
    `${row.title} ${row.summary} ${row.body_markdown}`;
  const candidates = rows.map((row) => ({ ...row, text: textOf(row) }));
  const related = relatedArticles({ ...article, text: textOf(article) }, candidates, {
    count: RELATED_COUNT,
    ...(member ? { member } : {}),
  });
  return related.map(({ piece, isForWhereYouAre }) => ({
    slug: piece.slug,
    title: piece.title,
    summary: piece.summary,
    isForWhereYouAre,
  }));
}
