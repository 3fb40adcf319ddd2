import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { allSubscribers, countSubscribers, listSubscribers } from '../db/repositories/subscribers.ts';
import type { Actor } from './errors.ts';
import { toCsv } from './export-csv.ts';

/** How many confirmed subscribers there are, and one page of them, newest first (admins only). */
export async function subscribersForAdmin(
  db: Executor,
  actor: Actor,
  page: { limit: number; offset: number },
) {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const [total, subscribers] = await Promise.all([countSubscribers(db), listSubscribers(db, page)]);
  return { total, subscribers };
}

/**
 * Every subscriber as CSV (email, consented_at), oldest first. An address may begin with = + - or @
 * (`=cmd@example.org` is a valid address), so cells go through the export's formula guard.
 */
export async function subscribersCsv(db: Executor, actor: Actor): Promise<string> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const rows = await allSubscribers(db);
  return toCsv(
    ['email', 'consented_at'],
    rows.map((row) => [row.email, new Date(row.consented_at).toISOString()]),
  );
}
