import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Any executor: the database or an open transaction. Repositories never reach for a global handle. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Runs `work` inside `db` when it is already a transaction, otherwise in a new one. */
export function inTransaction<T>(db: Executor, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
