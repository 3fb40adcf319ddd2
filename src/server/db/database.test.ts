// Kysely serialises PGlite's single connection itself (the adapter declares no multiple connections);
// this pins that down, since a query leaking into another request's transaction would lose data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { type DatabaseHandle, databaseTargetFrom, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrateToLatest(handle.db);
});
afterAll(() => handle.close());

it('a query from elsewhere never runs inside another caller’s transaction', async () => {
  const db = handle.db;
  let releaseTransaction!: () => void;
  const transactionHolds = new Promise<void>((resolve) => {
    releaseTransaction = resolve;
  });
  let transactionStarted!: () => void;
  const started = new Promise<void>((resolve) => {
    transactionStarted = resolve;
  });

  const rolledBack = db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('seed_runs').values({ name: 'inside' }).execute();
      transactionStarted();
      await transactionHolds;
      throw new Error('roll back on purpose');
    })
    .catch((error: Error) => error.message);

  await started;
  // Issued while the transaction is open: it must wait and then commit on its own.
  const outside = db.insertInto('seed_runs').values({ name: 'outside' }).execute();
  setTimeout(releaseTransaction, 50);
  expect(await rolledBack).toBe('roll back on purpose');
  await outside;
  const names = await db.selectFrom('seed_runs').select('name').execute();
  expect(names.map((row) => row.name)).toEqual(['outside']);
});

describe('the database the configuration names', () => {
  it('is the PostgreSQL server at DATABASE_URL when it is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db.internal:5432/backstrong',
      DATA_DIR: '/srv',
    });
    expect(databaseTargetFrom(config)).toEqual({
      kind: 'postgres',
      url: 'postgres://app@db.internal:5432/backstrong',
    });
  });

  it('is the embedded database in DATA_DIR otherwise, an empty DATABASE_URL included', () => {
    expect(databaseTargetFrom(loadConfig({ DATA_DIR: '/srv/backstrong' }))).toEqual({
      kind: 'pglite',
      dataDir: '/srv/backstrong',
    });
    expect(databaseTargetFrom(loadConfig({ DATABASE_URL: '' }))).toEqual({
      kind: 'pglite',
      dataDir: './data',
    });
  });
});
