import type { Learn, LearnArticle, LearnEpisode } from '../../contract/learn.ts';
import { planSchema } from '../../core/engine/schemas.ts';
import { forWhereYouAre, type WhereYouAre } from '../../core/publication/where-you-are.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findLatestEpisode, listPublishedArticles } from '../db/repositories/learn.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import { mediaPath } from '../publication/media-path.ts';
import { type Actor, forbidden, Refusal } from './errors.ts';

/** Learn shows this many of the newest articles at most, however many are published. */
export const LEARN_ARTICLE_LIMIT = 50;

function episodeOf(row: {
  episode_title?: string | null;
  title?: string;
  episode_slug?: string | null;
  slug?: string;
  media_id: string | null;
  media_extension: string | null;
  media_content_type: string | null;
  media_duration_seconds: number | null;
}): LearnEpisode | null {
  const title = row.episode_title ?? row.title;
  const slug = row.episode_slug ?? row.slug;
  if (!title || !slug || !row.media_id || !row.media_extension || !row.media_content_type) return null;
  return {
    title,
    slug,
    audioUrl: mediaPath({ id: row.media_id, extension: row.media_extension }),
    contentType: row.media_content_type,
    durationSeconds: row.media_duration_seconds,
  };
}

/** The member's phase and plan exercises, or undefined without consent or a plan (then: newest first). */
async function whereTheMemberIs(db: Executor, actor: Actor): Promise<WhereYouAre | undefined> {
  try {
    await requireAccess(db, { actor, permission: 'member.data.read', memberId: actor.id });
  } catch (error) {
    if (error instanceof Refusal && error.reason === 'consent-required') return undefined;
    throw error;
  }
  const row = await findPlanRow(db, actor.id);
  if (!row) return undefined;
  const plan = planSchema.parse(row.plan);
  return { phase: plan.phase, exerciseIds: plan.exercises.map((exercise) => exercise.exerciseId) };
}

/**
 * The Learn tab for the signed-in member: the newest published articles (at most 50), those written for
 * their phase and plan's exercises first, each with its paired episode, and the latest episode.
 * Articles are public; only the order reads the member's plan, and only with their consent.
 */
export async function readLearn(db: Executor, actor: Actor): Promise<Learn> {
  await requireAccess(db, { actor, permission: 'account.own', memberId: actor.id });
  if (actor.role !== 'member') throw forbidden('Learn is for members.');
  const where = await whereTheMemberIs(db, actor);
  const newestFirst: LearnArticle[] = (await listPublishedArticles(db, LEARN_ARTICLE_LIMIT)).map((row) => ({
    title: row.title,
    summary: row.summary,
    url: `/articles/${row.slug}`,
    tags: row.tags,
    exercises: row.exercises,
    phases: row.phases,
    publishedAt: new Date(row.published_at ?? 0).toISOString(),
    episode: episodeOf(row),
  }));
  const latest = await findLatestEpisode(db);
  return {
    isForWhereYouAre: where !== undefined,
    articles: where ? forWhereYouAre(newestFirst, where) : newestFirst,
    latestEpisode: latest ? episodeOf(latest) : null,
  };
}
