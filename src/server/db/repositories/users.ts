import type { Executor } from '../executor.ts';
import type { Role, User } from '../schema.ts';

export function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

/** The health-data consent given (a version), or taken back (null: no agreed version or time is kept). */
export async function recordHealthConsent(
  db: Executor,
  userId: string,
  version: string | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      health_consent_version: version,
      health_consent_at: version === null ? null : at,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
}

/**
 * Ends every outstanding reset and invitation link of an account. Each of those links is a verification
 * row holding its account's id (the row's identifier is the link's token, hashed), and no other kind of
 * verification row is made, so the account's rows are exactly its links.
 */
export async function deletePasswordLinks(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('auth_verifications').where('value', '=', userId).execute();
}

/** Whether the account has a password yet (an invited coach has none until the invitation is used). */
export async function hasPassword(db: Executor, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('auth_accounts')
    .select('id')
    .where('user_id', '=', userId)
    .where('provider_id', '=', 'credential')
    .where('password', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The account's owner has shown the email is theirs (by opening a link sent to it). */
export async function markEmailVerified(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ email_verified: true })
    .where('id', '=', userId)
    .where('email_verified', '=', false)
    .execute();
}

export async function insertInvitedUser(
  db: Executor,
  user: { id: string; email: string; name: string; role: Role; invitedBy: string; now: Date },
): Promise<User> {
  return db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      email_verified: false,
      image: null,
      health_consent_version: null,
      health_consent_at: null,
      invited_by: user.invitedBy,
      created_at: user.now,
      updated_at: user.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setUserRole(db: Executor, userId: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role, updated_at: new Date() }).where('id', '=', userId).execute();
}

export function listUsers(db: Executor, limit: number, offset: number) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at'])
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/**
 * Generated demo history only: the account (and its consent) dated to the start of the history it is
 * given, so nothing appears stored before the member joined or consented.
 */
export async function backdateAccount(db: Executor, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ created_at: at, updated_at: at, health_consent_at: at })
    .where('id', '=', userId)
    .where('health_consent_version', 'is not', null)
    .execute();
}

/**
 * Keeps `last_seen_at` current to within `staleness`: the statement writes only when the stored time
 * is older than that, so an account opening the app many times a minute costs one write every few minutes.
 */
export async function markSeen(db: Executor, userId: string, at: Date, stalenessMs: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_seen_at: at })
    .where('id', '=', userId)
    .where((where) =>
      where.or([
        where('last_seen_at', 'is', null),
        where('last_seen_at', '<', new Date(at.getTime() - stalenessMs)),
      ]),
    )
    .execute();
}

export async function findDateOfBirth(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('date_of_birth')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.date_of_birth ?? null;
}

/** Sets the date of birth, or removes it with null; `updated_at` says when the account last changed. */
export async function setDateOfBirth(
  db: Executor,
  userId: string,
  dateOfBirth: string | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ date_of_birth: dateOfBirth, updated_at: at })
    .where('id', '=', userId)
    .execute();
}
