import type { EditorCandidates } from '../../contract/editors.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { isEditor } from '../db/repositories/access.ts';
import {
  findAccountRole,
  grantEditor,
  listEditorCandidates,
  removeEditor,
} from '../db/repositories/editors.ts';
import { type Actor, notFound, Refusal } from './errors.ts';

/** More coaches and admins than any team has; the list is bounded all the same. */
const CANDIDATES_LISTED = 500;

export async function listEditors(db: Executor, actor: Actor): Promise<EditorCandidates> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const rows = await listEditorCandidates(db, CANDIDATES_LISTED);
  return {
    accounts: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      editorSince: row.editor_since === null ? null : new Date(row.editor_since).toISOString(),
    })),
  };
}

async function requireCandidate(db: Executor, accountId: string) {
  const account = await findAccountRole(db, accountId);
  if (!account) throw notFound('There is no such account.');
  if (account.role === 'member') {
    throw new Refusal(
      'conflict',
      'member-cannot-edit',
      'Members cannot be editors',
      'Only coaches and admins can be editors. A member’s account is for their own training.',
    );
  }
  return account;
}

/** Grants the editor role; granting it again keeps the first grant's time. */
export async function makeEditor(db: Executor, actor: Actor, accountId: string, now: Date): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  await requireCandidate(db, accountId);
  await grantEditor(db, accountId, now);
}

/** Takes the role away; the access rule reads it on every request, so it ends at once. */
export async function stopEditor(db: Executor, actor: Actor, accountId: string): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  await requireCandidate(db, accountId);
  await removeEditor(db, accountId);
}

/** Whether the signed-in account is an editor now, for its own profile. */
export async function isSelfEditor(db: Executor, actor: Actor): Promise<boolean> {
  await requireAccess(db, { actor, permission: 'account.own', memberId: actor.id });
  return isEditor(db, actor.id);
}
