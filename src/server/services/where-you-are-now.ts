import type { WhereYouAre } from '../../core/publication/where-you-are.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import type { Actor } from './errors.ts';
import { loadPlan } from './plan.ts';

/**
 * Where a signed-in member is in the program (their phase and their plan's exercises), read from their
 * plan with the health-data access rule. Without consent or a plan the access check or the plan read
 * refuses, and the caller shows what it shows to everyone.
 */
export async function readWhereYouAre(db: Executor, actor: Actor): Promise<WhereYouAre> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId: actor.id });
  const plan = await loadPlan(db, actor.id);
  return { phase: plan.phase, exerciseIds: plan.exercises.map((exercise) => exercise.exerciseId) };
}
