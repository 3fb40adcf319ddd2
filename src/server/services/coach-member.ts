import type { CoachMemberProfile } from '../../contract/coaching.ts';
import { PAUSE_MESSAGES, phaseDefinition, planSchema } from '../../core/engine/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findAccount } from '../db/repositories/member-data.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import type { Actor } from './errors.ts';
import { currentHold } from './safety-hold.ts';

/**
 * Who a member is and whether they may train, for the header of the detail their coach opens: name and
 * email, date of birth if given, phase and plan start (none before the assessment), and any pause or safety hold.
 */
export async function coachMemberProfile(
  db: Executor,
  actor: Actor,
  memberId: string,
): Promise<CoachMemberProfile> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const [account, planRow, hold] = await Promise.all([
    findAccount(db, memberId),
    findPlanRow(db, memberId),
    currentHold(db, memberId),
  ]);
  // Access was granted to this very id, so the account exists.
  if (!account) throw new Error(`member ${memberId} vanished after the access check`);
  const plan = planRow ? planSchema.parse(planRow.plan) : null;
  return {
    id: account.id,
    name: account.name,
    email: account.email,
    dateOfBirth: account.date_of_birth,
    plan: plan && {
      startedOn: plan.startedOn,
      phase: { number: plan.phase, name: phaseDefinition(plan.phase).name },
      daysPerWeek: plan.daysPerWeek,
      weightUnit: plan.weightUnit,
      lastWorkoutOn: plan.lastWorkoutOn,
    },
    pause: plan?.pause ? { since: plan.pause.since, message: PAUSE_MESSAGES[plan.pause.waitingFor] } : null,
    hold,
  };
}
