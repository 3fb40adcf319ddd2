import { sql } from 'kysely';
import type {
  ArticleList,
  ArticleWithSchedule,
  CreateArticleBody,
  Revision,
  RevisionList,
  SaveArticleBody,
} from '../../contract/editor-articles.ts';
import { articleContentSchema } from '../../contract/editor-articles.ts';
import { isExerciseId } from '../../core/catalogue/index.ts';
import { nextReleaseSlot, type ReleaseSchedule } from '../../core/publication/release-schedule.ts';
import { slugFromTitle, uniqueSlug } from '../../core/publication/slug.ts';
import { requireAccess } from '../access/access.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import * as articles from '../db/repositories/articles.ts';
import {
  contentOf,
  isSameContent,
  toArticle,
  toArticleSummary,
  toRevision,
  toRevisionSummary,
} from './article-views.ts';
import { type Actor, notFound, Refusal } from './errors.ts';
import { idReused } from './member-lock.ts';
import {
  publishNowChange,
  type StatusChange,
  scheduleChange,
  unpublishChange,
  unscheduleChange,
  wrongStatus,
} from './publication-status.ts';

export interface ArticleDeps {
  db: Executor;
  schedule: ReleaseSchedule;
}

/** Revisions shown at once: an article saved more often than this shows its newest. */
const REVISIONS_LISTED = 100;

function scheduleInfo(schedule: ReleaseSchedule, now: Date) {
  return { timeZone: schedule.timeZone, nextSlot: nextReleaseSlot(now, schedule).toISOString() };
}

async function answer(deps: ArticleDeps, row: articles.ArticleRow, now: Date): Promise<ArticleWithSchedule> {
  const cover = row.cover_media_id ? await articles.findMediaKind(deps.db, row.cover_media_id) : undefined;
  return { article: toArticle(row, cover), schedule: scheduleInfo(deps.schedule, now) };
}

async function requireArticle(db: Executor, id: string, forUpdate = false): Promise<articles.ArticleRow> {
  const row = forUpdate ? await articles.findArticleForUpdate(db, id) : await articles.findArticle(db, id);
  if (!row) throw notFound('There is no such article.');
  return row;
}

/** Slugs are chosen one at a time, so two articles of one title never both take it. */
async function lockSlugs(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('articles.slug'))`.execute(trx);
}

function fieldConflict(reason: string, title: string, location: string, message: string): Refusal {
  return new Refusal('conflict', reason, title, message, { errors: [{ location, message }] });
}

/** A cover is an uploaded image: any other id is refused, naming the field. */
async function checkCover(db: Executor, coverMediaId: string | null): Promise<void> {
  if (!coverMediaId) return;
  const file = await articles.findMediaKind(db, coverMediaId);
  if (file?.kind !== 'image') {
    const message = file ? 'the cover must be an image' : 'there is no uploaded file with this id';
    throw new Refusal('invalid', 'invalid-cover', 'Cover not usable', message, {
      errors: [{ location: 'body.coverMediaId', message }],
    });
  }
}

export async function listEditorArticles(
  deps: ArticleDeps,
  actor: Actor,
  page: { limit: number; offset: number },
  now: Date,
): Promise<ArticleList> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  const [rows, total] = await Promise.all([
    articles.listArticles(deps.db, page),
    articles.countArticles(deps.db),
  ]);
  return { articles: rows.map(toArticleSummary), total, schedule: scheduleInfo(deps.schedule, now) };
}

export async function readEditorArticle(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  return answer(deps, await requireArticle(deps.db, id), now);
}

/** Creates a draft once per client-made id: a retry answers the first. */
export async function createArticle(
  deps: ArticleDeps,
  actor: Actor,
  body: CreateArticleBody,
  now: Date,
): Promise<ArticleWithSchedule & { isReplay: boolean }> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  const { id, ...input } = body;
  const content = articleContentSchema.parse(input);
  await checkCover(deps.db, content.coverMediaId);
  return inTransaction(deps.db, async (trx) => {
    await lockSlugs(trx);
    const earlier = await articles.findArticle(trx, id);
    if (earlier) {
      if (
        earlier.created_by !== actor.id ||
        earlier.revision !== 1 ||
        !isSameContent(contentOf(earlier), content)
      ) {
        throw idReused();
      }
      return { ...(await answer({ ...deps, db: trx }, earlier, now)), isReplay: true };
    }
    const base = slugFromTitle(content.title);
    const slug = uniqueSlug(base, await articles.slugsLike(trx, base));
    await articles.insertArticle(trx, { id, slug, content, by: actor.id, at: now });
    return { ...(await answer({ ...deps, db: trx }, await requireArticle(trx, id), now)), isReplay: false };
  });
}

function staleRevision(current: number): Refusal {
  return new Refusal(
    'conflict',
    'stale-revision',
    'Saved by someone else meanwhile',
    `This article was saved since you opened it (it is at revision ${current} now). Your text is still in the form: copy what you need, reload the article and save again.`,
    { errors: [{ location: 'body.baseRevision', message: `the article is at revision ${current} now` }] },
  );
}

/**
 * Saves the article as its next revision. The save names the revision it started from: a save from an
 * older one is refused, never written over what another editor saved. The same save sent again (a retry
 * after a lost answer) answers the revision it made.
 */
export async function saveArticle(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  body: SaveArticleBody,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  const { baseRevision, slug: wantedSlug, ...input } = body;
  const content = articleContentSchema.parse(input);
  await checkCover(deps.db, content.coverMediaId);
  return inTransaction(deps.db, async (trx) => {
    await lockSlugs(trx);
    const row = await requireArticle(trx, id, true);
    if (row.revision !== baseRevision) {
      const isRetry =
        row.revision === baseRevision + 1 &&
        isSameContent(contentOf(row), content) &&
        (await articles.findRevision(trx, id, row.revision))?.saved_by === actor.id;
      if (isRetry) return answer({ ...deps, db: trx }, row, now);
      throw staleRevision(row.revision);
    }
    const slug = await slugForSave(trx, row, content.title, wantedSlug);
    await articles.saveArticle(trx, { id, slug, revision: row.revision + 1, content, by: actor.id, at: now });
    return answer({ ...deps, db: trx }, await requireArticle(trx, id), now);
  });
}

/** A draft's slug follows its title unless the editor chose one; once scheduled or published it stays. */
async function slugForSave(
  trx: Executor,
  row: articles.ArticleRow,
  title: string,
  wanted: string | undefined,
): Promise<string> {
  if (row.status !== 'draft') {
    if (wanted !== undefined && wanted !== row.slug) {
      throw fieldConflict(
        'slug-fixed',
        'Slug cannot change now',
        'body.slug',
        'the slug can change only while the article is a draft',
      );
    }
    return row.slug;
  }
  if (wanted !== undefined) {
    if (await articles.isSlugTaken(trx, wanted, row.id)) {
      throw fieldConflict('slug-taken', 'Slug taken', 'body.slug', 'another article already has this slug');
    }
    return wanted;
  }
  const base = slugFromTitle(title);
  return uniqueSlug(base, await articles.slugsLike(trx, base, row.id));
}

export async function listArticleRevisions(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
): Promise<RevisionList> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  await requireArticle(deps.db, id);
  const rows = await articles.listRevisions(deps.db, id, REVISIONS_LISTED);
  return { revisions: rows.map(toRevisionSummary) };
}

export async function readArticleRevision(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  revision: number,
): Promise<Revision> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  const row = await articles.findRevision(deps.db, id, revision);
  if (!row) throw notFound('This article has no such revision.');
  return toRevision(row);
}

/** Restoring an old revision is a new save of its content, so nothing saved since is lost either. */
export async function restoreArticleRevision(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  revision: number,
  baseRevision: number,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  const old = await articles.findRevision(deps.db, id, revision);
  if (!old) throw notFound('This article has no such revision.');
  const content = contentOf(old);
  // A cover once used may have been replaced since; the restored save keeps only a cover that is still there.
  const cover = content.coverMediaId
    ? await articles.findMediaKind(deps.db, content.coverMediaId)
    : undefined;
  return saveArticle(
    deps,
    actor,
    id,
    {
      ...content,
      exercises: content.exercises.filter(isExerciseId),
      coverMediaId: cover?.kind === 'image' ? content.coverMediaId : null,
      baseRevision,
    },
    now,
  );
}

/**
 * Moves an article by the rules it shares with episodes (publication-status.ts), writing only a real
 * change. An article keeps the time it was first made public when it is unpublished: it keeps its record.
 */
async function changeArticleStatus(
  deps: ArticleDeps,
  id: string,
  now: Date,
  decide: (row: StatusChange) => StatusChange,
): Promise<ArticleWithSchedule> {
  return inTransaction(deps.db, async (trx) => {
    const row = await requireArticle(trx, id, true);
    const change = decide(row);
    if (change.status !== row.status || change.publish_at?.getTime() !== row.publish_at?.getTime()) {
      await articles.setArticleStatus(trx, id, {
        status: change.status,
        publishAt: change.publish_at,
        ...(change.status === 'published' && change.published_at && { publishedAt: change.published_at }),
        at: now,
      });
    }
    return answer({ ...deps, db: trx }, await requireArticle(trx, id), now);
  });
}

/** Schedules a draft (or moves a scheduled one) for `publishAt`, by default the next release slot. */
export async function scheduleArticle(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  publishAt: string | undefined,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  const at = publishAt === undefined ? undefined : new Date(publishAt);
  return changeArticleStatus(deps, id, now, (row) =>
    scheduleChange(row, [], { publishAt: at, now, schedule: deps.schedule }),
  );
}

/** Back to a draft, off the schedule; a draft already answers as it is. */
export async function unscheduleArticle(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  return changeArticleStatus(deps, id, now, unscheduleChange);
}

/** Takes a published article off the site (a draft again); a draft already answers as it is. */
export async function unpublishArticle(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  return changeArticleStatus(deps, id, now, unpublishChange);
}

/** Publishes now; one published already stays as it was (a retry changes nothing). */
export async function publishArticleNow(
  deps: ArticleDeps,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ArticleWithSchedule> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  return changeArticleStatus(deps, id, now, (row) => publishNowChange(row, [], now));
}

/** Deletes a draft that was never published; one that was keeps its record (it can be unpublished). */
export async function deleteArticleDraft(deps: ArticleDeps, actor: Actor, id: string): Promise<void> {
  await requireAccess(deps.db, { actor, permission: 'publication.edit' });
  await inTransaction(deps.db, async (trx) => {
    const row = await articles.findArticleForUpdate(trx, id);
    if (!row) return; // gone already: deleting again is the same answer
    if (row.status !== 'draft' || articles.wasEverPublished(row)) {
      throw wrongStatus(
        'Only a draft that was never published can be deleted. Unpublish or unschedule it instead.',
      );
    }
    await articles.deleteArticle(trx, id);
  });
}
