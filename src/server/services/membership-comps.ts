import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findAccount } from '../db/repositories/member-data.ts';
import { endCompNow, saveComp } from '../db/repositories/membership.ts';
import { type Actor, notFound, Refusal } from './errors.ts';

async function requireMember(db: Executor, memberId: string): Promise<void> {
  const account = await findAccount(db, memberId);
  if (account?.role !== 'member') throw notFound('There is no member with that id.');
}

/**
 * An admin grants premium by hand (a comp): with no end, or through the day given (to its end, UTC).
 * Granting again replaces the comp. It is premium whatever the member's subscription says.
 */
export async function grantComp(
  db: Executor,
  actor: Actor,
  memberId: string,
  comp: { until: string | null; reason: string },
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  await requireMember(db, memberId);
  const until = comp.until ? new Date(`${comp.until}T23:59:59.999Z`) : null;
  if (until && until <= now) {
    const message = 'expected a day from today on, or null for no end';
    throw new Refusal('invalid', 'invalid-comp', 'Comp already over', `body.until: ${message}`, {
      errors: [{ location: 'body.until', message }],
    });
  }
  await saveComp(db, { userId: memberId, grantedBy: actor.id, until, reason: comp.reason }, now);
}

/** Ends a comp at once; the member keeps any subscription they pay for. Ending none changes nothing. */
export async function endComp(db: Executor, actor: Actor, memberId: string, now: Date): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  await requireMember(db, memberId);
  await endCompNow(db, memberId, now);
}
