import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { listFailedMail } from '../db/repositories/outgoing-mail.ts';
import type { Actor } from './errors.ts';

/** The most failed messages an admin is shown at once (with how many there are in all). */
export const FAILED_MAIL_SHOWN = 50;

/** Emails the send-mail job gave up on, for the admin: who, what, when and why; never the text. */
export async function failedMailForAdmin(db: Executor, actor: Actor) {
  await requireAccess(db, { actor, permission: 'account.manage' });
  return listFailedMail(db, FAILED_MAIL_SHOWN);
}
