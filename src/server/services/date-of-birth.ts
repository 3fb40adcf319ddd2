import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findDateOfBirth, setDateOfBirth } from '../db/repositories/users.ts';
import type { Actor } from './errors.ts';

/** The member's date of birth as they gave it, or null: read fresh, never from a cached login session. */
export async function dateOfBirthOf(db: Executor, actor: Actor, memberId: string): Promise<string | null> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  return findDateOfBirth(db, memberId);
}

/** Gives, changes or (with null) removes the date of birth. Idempotent: the same value again is no change. */
export async function changeDateOfBirth(
  db: Executor,
  actor: Actor,
  memberId: string,
  dateOfBirth: string | null,
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  await setDateOfBirth(db, memberId, dateOfBirth, now);
}
