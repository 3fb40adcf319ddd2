import type { Learn } from '../../contract/learn.ts';
import { planSchema } from '../../core/engine/schemas.ts';
import { forWhereYouAre, type WhereYouAre } from '../../core/publication/where-you-are.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findLatestEpisode } from '../db/repositories/learn.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import { learnEpisodeOf, newestPublishedArticles } from '../publication/learn-articles.ts';
import { type Actor, forbidden, Refusal } from './errors.ts';

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
  const newestFirst = await newestPublishedArticles(db);
  const latest = await findLatestEpisode(db);
  return {
    isForWhereYouAre: where !== undefined,
    articles: where ? forWhereYouAre(newestFirst, where) : newestFirst,
    latestEpisode: latest ? learnEpisodeOf(latest) : null,
  };
}
