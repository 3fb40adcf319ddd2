import type { Executor } from '../executor.ts';

/** The accounts that may hold the editor role (coaches and admins), with whether they do; bounded. */
export async function listEditorCandidates(db: Executor, limit: number) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'editor_since'])
    .where('role', 'in', ['coach', 'admin'])
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findAccountRole(db: Executor, accountId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'editor_since'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

/** Grants the role from `at`; an editor already keeps the time they first became one. */
export async function grantEditor(db: Executor, accountId: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ editor_since: at })
    .where('id', '=', accountId)
    .where('editor_since', 'is', null)
    .execute();
}

export async function removeEditor(db: Executor, accountId: string): Promise<void> {
  await db.updateTable('users').set({ editor_since: null }).where('id', '=', accountId).execute();
}
