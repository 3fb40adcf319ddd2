import type { Executor } from '../db/executor.ts';
import { findMemberStanding, isEditor, type MemberStanding } from '../db/repositories/access.ts';
import { type Actor, forbidden, notFound, Refusal, unauthenticated } from '../services/errors.ts';

/**
 * Every permission a service may ask for: a closed list, so each use case names exactly what it needs
 * and every rule below answers one of them.
 */
export const PERMISSIONS = [
  /** Read a member's health data: plan, workouts, decisions, measures, progress. */
  'member.data.read',
  /** Change a member's health data: screens, the plan and its settings, workouts, sets, check-ins, measures. */
  'member.data.write',
  /** Read whether a member is on a safety hold. */
  'member.hold.read',
  /** What only the account's holder may do: give consent, export everything, erase the account. */
  'account.own',
  /** Admins: list accounts, invite coaches, assign members to coaches. */
  'account.manage',
  /** A coach's own work across their members: the caseload, the alerts queue, their time log. */
  'coach.caseload',
  /** Editors: write, schedule and publish the publication's articles and episodes, and upload their files. */
  'publication.edit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type MemberPermission = Exclude<Permission, 'account.manage' | 'coach.caseload' | 'publication.edit'>;
type AccountPermission = Exclude<Permission, MemberPermission>;

/** Who the service acts for once access is granted. */
export interface MemberAccess {
  memberId: string;
  /** The actor is the member (their own data), or their coach. */
  actingAs: 'member' | 'coach';
}

/**
 * The one place that decides who may do what; every exported service function calls it first, before
 * it touches any data. It answers with what the service may act on, or throws the refusal to send:
 * 401 for an account that has gone, 403 for a missing consent or role, 404 for a member the actor has no
 * business with (whether that member exists is not confirmed to outsiders).
 */
export function requireAccess(
  db: Executor,
  request: { actor: Actor; permission: MemberPermission; memberId: string },
): Promise<MemberAccess>;
export function requireAccess(
  db: Executor,
  request: { actor: Actor; permission: AccountPermission },
): Promise<undefined>;
export async function requireAccess(
  db: Executor,
  request: { actor: Actor; permission: Permission; memberId?: string },
): Promise<MemberAccess | undefined> {
  const { actor, permission, memberId } = request;
  if (permission === 'account.manage') {
    if (actor.role !== 'admin') throw forbidden();
    return undefined;
  }
  if (permission === 'coach.caseload') {
    if (actor.role !== 'coach') throw forbidden('Only coaches have members to look after.');
    return undefined;
  }
  if (permission === 'publication.edit') {
    // Read on every request, like a coach's assignment: an editor whose role is taken away stops at once.
    if (!(await isEditor(db, actor.id))) throw forbidden('Only editors write the publication.');
    return undefined;
  }
  if (memberId === undefined) throw new Error(`${permission} needs the member it is about`);
  switch (permission) {
    case 'account.own':
      if (actor.id !== memberId) throw forbidden();
      return { memberId, actingAs: 'member' };
    case 'member.hold.read':
      // Without consent nothing was stored, so there is no hold: the member's own screens may always ask.
      if (actor.id === memberId) return { memberId, actingAs: 'member' };
      return healthDataAccess(actor, memberId, await findMemberStanding(db, memberId));
    case 'member.data.read':
    case 'member.data.write':
      return healthDataAccess(actor, memberId, await findMemberStanding(db, memberId));
  }
}

/**
 * Health data: the member's own, once they have consented to storing it; or an assigned coach's, for a
 * member who has consented to storing it and to sharing it with their coach. Reading and writing follow
 * the same rule.
 */
function healthDataAccess(actor: Actor, memberId: string, member: MemberStanding | undefined): MemberAccess {
  if (actor.id === memberId) {
    // The signed-in account is gone (erased in another tab): as if signed out.
    if (!member) throw unauthenticated();
    if (!member.hasConsent) throw consentRequired();
    return { memberId, actingAs: 'member' };
  }
  if (actor.role !== 'coach' || !member || member.coachId !== actor.id) throw noSuchMember();
  if (!member.hasConsent) throw memberHasNotConsented();
  if (!member.sharesWithCoach) throw memberNotSharing();
  return { memberId, actingAs: 'coach' };
}

export function consentRequired(): Refusal {
  return new Refusal(
    'forbidden',
    'consent-required',
    'Consent needed',
    'To keep your training and health information we need your consent first. You can give it on your Account page.',
  );
}

function memberHasNotConsented(): Refusal {
  return new Refusal(
    'forbidden',
    'member-consent-required',
    'Member has not consented',
    'This member has not consented to storing health information, so there is none to see or change.',
  );
}

function memberNotSharing(): Refusal {
  return new Refusal(
    'forbidden',
    'member-not-sharing',
    'Member is not sharing',
    'This member does not share their health information with you (they have not agreed to, or have stopped). Nothing of it can be seen or changed.',
  );
}

function noSuchMember(): Refusal {
  return notFound('There is no such member.');
}
