import type { CoachProfile, MyCoach } from '../../contract/coaching.ts';
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import {
  findCoachProfile,
  findMyCoach,
  recordCoachIntro,
  recordCoachRequest,
} from '../db/repositories/coach-assignments.ts';
import { type Actor, forbidden, unauthenticated } from './errors.ts';
import { hasFeature, premiumNeeded } from './membership.ts';

/**
 * The member's coach card (who their coach is, whether they share with them, whether they asked for one)
 * and the coach's own introduction that their members read on it.
 */

function onlyMembers(actor: Actor): void {
  if (actor.role !== 'member') throw forbidden('Only members have a coach.');
}

export async function readMyCoach(db: Executor, actor: Actor, memberId: string): Promise<MyCoach> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  onlyMembers(actor);
  const row = await findMyCoach(db, memberId);
  if (!row) throw unauthenticated();
  return {
    coach: row.coach_name ? { name: row.coach_name, intro: row.coach_intro } : null,
    sharing:
      row.coach_sharing_version && row.coach_sharing_at
        ? { version: row.coach_sharing_version, agreedAt: new Date(row.coach_sharing_at).toISOString() }
        : null,
    coachRequestedAt: row.coach_requested_at ? new Date(row.coach_requested_at).toISOString() : null,
  };
}

/**
 * The member asks for a coach (whether or not they have one: a member may ask for another). Asking again
 * keeps the first request, and its place at the top of the admin's list.
 */
export async function askForCoach(
  db: Executor,
  actor: Actor,
  memberId: string,
  now: Date,
  billing: Billing,
): Promise<MyCoach> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  onlyMembers(actor);
  if (!(await hasFeature(db, billing, memberId, 'coach', now))) {
    throw premiumNeeded('A coach who reviews your training is part of premium.');
  }
  await recordCoachRequest(db, memberId, now);
  return readMyCoach(db, actor, memberId);
}

export async function readCoachProfile(db: Executor, actor: Actor): Promise<CoachProfile> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const row = await findCoachProfile(db, actor.id);
  if (!row) throw unauthenticated();
  return { name: row.name, intro: row.coach_intro };
}

/** The coach's introduction, plain text (the contract trims and bounds it); empty removes it. */
export async function changeCoachIntro(
  db: Executor,
  actor: Actor,
  intro: string,
  now: Date,
): Promise<CoachProfile> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  await recordCoachIntro(db, actor.id, intro === '' ? null : intro, now);
  return readCoachProfile(db, actor);
}
