import type { Kysely } from 'kysely';

/**
 * The member's date of birth, if they choose to give it: the report for their doctor or physiotherapist
 * names them by it, as clinical letters do. Optional, and kept on the account, not as health data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('date_of_birth', 'date').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('date_of_birth').execute();
}
