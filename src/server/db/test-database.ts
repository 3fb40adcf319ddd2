import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { type DatabaseHandle, ensureDatabaseTemplate, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database, Role } from './schema.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again by close()). Test files never share state.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    await ensureDatabaseTemplate();
    const handle = await openDatabase({ kind: 'pglite', dataDir: undefined }, { fromTemplate: true });
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = `backstrong_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await dropWhenDisconnected(serverUrl, name);
    },
  };
}

/**
 * An account written straight into the database, for tests below the HTTP layer: a confirmed email, the
 * role asked for and, unless told otherwise, the health-data consent of today's text.
 */
export async function insertAccount(
  db: Kysely<Database>,
  options: { role?: Role; hasConsent?: boolean; at?: Date } = {},
): Promise<string> {
  const id = randomUUID();
  const at = options.at ?? new Date();
  const hasConsent = options.hasConsent ?? true;
  const role = options.role ?? 'member';
  await db
    .insertInto('users')
    .values({
      id,
      name: role,
      email: `${id}@example.org`,
      email_verified: true,
      role,
      health_consent_version: hasConsent ? HEALTH_DATA_CONSENT.version : null,
      health_consent_at: hasConsent ? at : null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/**
 * The pool's end() resolves once it has asked its connections to close, not once they have: dropping
 * "with (force)" straight away can kill a backend still saying goodbye, and its client then reports the
 * FATAL as an unhandled error. So wait (briefly) for the connections to go, and force only as a last resort.
 */
async function dropWhenDisconnected(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await runOnServer(serverUrl, `drop database if exists "${name}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await runOnServer(serverUrl, `drop database if exists "${name}" with (force)`);
}

/** One statement on the PostgreSQL server itself (create or drop a database), on a connection of its own. */
export async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
