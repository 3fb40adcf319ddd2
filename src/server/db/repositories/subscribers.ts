import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

export interface SubscriberRow {
  id: string;
  email: string;
  consented_at: Date;
}

export async function findSubscriberByEmail(db: Executor, email: string): Promise<SubscriberRow | undefined> {
  return db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findSubscriberById(db: Executor, id: string): Promise<SubscriberRow | undefined> {
  return db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Stores a confirmed address. Confirming again (a second tap, a retried request) keeps the first row and
 * its consent time: the answer is the subscriber either way.
 */
export async function insertSubscriber(
  db: Executor,
  subscriber: { id: string; email: string; consentedAt: Date },
): Promise<SubscriberRow> {
  await db
    .insertInto('subscribers')
    .values({ id: subscriber.id, email: subscriber.email, consented_at: subscriber.consentedAt })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .execute();
  const row = await findSubscriberByEmail(db, subscriber.email);
  if (!row) throw new Error('the subscriber just stored is not there');
  return row;
}

/** Deletes the subscriber (their release_emails rows go with it); whether there was one to delete. */
export async function deleteSubscriber(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('subscribers').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function countSubscribers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('subscribers')
    .select(sql<string>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Newest first, then by address, so pages do not overlap when several confirm in the same instant. */
export async function listSubscribers(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<SubscriberRow[]> {
  return db
    .selectFrom('subscribers')
    .selectAll()
    .orderBy('consented_at', 'desc')
    .orderBy('email')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Every subscriber, oldest consent first, for the admin's CSV. */
export async function allSubscribers(db: Executor): Promise<SubscriberRow[]> {
  return db.selectFrom('subscribers').selectAll().orderBy('consented_at').orderBy('email').execute();
}
