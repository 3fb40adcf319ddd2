import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Any executor: the database or an open transaction. Repositories never reach for a global handle. */
export type Executor = Kysely<Database> | Transaction<Database>;
