import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findArticleById, findEpisodeById } from '../db/repositories/public-pieces.ts';
import type { Actor } from './errors.ts';
import { notFound } from './errors.ts';

/**
 * An editor's look at an article or episode as the public will see it, before it is published: whatever
 * its status, and only for editors (read on every request).
 */
export async function previewArticle(db: Executor, actor: Actor, id: string) {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  const article = await findArticleById(db, id);
  if (!article) throw notFound('There is no article with this id.');
  return article;
}

export async function previewEpisode(db: Executor, actor: Actor, id: string) {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  const episode = await findEpisodeById(db, id);
  if (!episode) throw notFound('There is no episode with this id.');
  return episode;
}
