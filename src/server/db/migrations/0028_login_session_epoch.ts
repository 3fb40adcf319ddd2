import { type Kysely, sql } from 'kysely';

/**
 * One number that every app instance reads to know whether the login sessions it remembers are still
 * good (src/server/http/auth-bridge.ts): a sign-out, a password change or a consent change anywhere adds
 * one, and every instance's memory made before it stops counting at once. One row, so reading it is one
 * index lookup.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_session_epoch')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('epoch', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into login_session_epoch (id, epoch) values (1, 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_session_epoch').execute();
}
