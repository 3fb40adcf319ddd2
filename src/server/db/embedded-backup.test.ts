import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import {
  BackupError,
  backupEmbeddedDatabase,
  markServerRunning,
  restoreEmbeddedDatabase,
} from './embedded-backup.ts';
import { migrateToLatest } from './migrate.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-backup-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

const names = (db: Awaited<ReturnType<typeof openDatabase>>['db']) =>
  db
    .selectFrom('users')
    .select('name')
    .orderBy('name')
    .execute()
    .then((rows) => rows.map((row) => row.name));

function addUser(db: Awaited<ReturnType<typeof openDatabase>>['db'], name: string) {
  const now = new Date();
  return db
    .insertInto('users')
    .values({
      id: name,
      name,
      email: `${name}@example.org`,
      email_verified: false,
      image: null,
      health_consent_version: null,
      health_consent_at: null,
      invited_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe('embedded database backup', () => {
  it('round-trips: what was backed up comes back, what came after is gone', async () => {
    await withDatabase(async (db) => {
      await migrateToLatest(db);
      await addUser(db, 'ada');
      await addUser(db, 'ben');
    });
    const file = path.join(dataDir, 'backups', 'one.tar.gz');
    const { bytes } = await backupEmbeddedDatabase(dataDir, file);
    expect(bytes).toBeGreaterThan(1000);

    await withDatabase(async (db) => {
      await db.deleteFrom('users').where('name', '=', 'ada').execute();
      await addUser(db, 'cy');
      expect(await names(db)).toEqual(['ben', 'cy']);
    });

    const { keptPrevious } = await restoreEmbeddedDatabase(dataDir, file);
    expect(keptPrevious).toContain('before-restore');
    expect(await withDatabase(names)).toEqual(['ada', 'ben']);
  });

  it('refuses while the server has the database open', async () => {
    await withDatabase(migrateToLatest);
    const clear = await markServerRunning(dataDir);
    // The marker names a live process other than this one: our parent stands in for a running server.
    await writeFile(path.join(dataDir, 'server.pid'), String(process.ppid));
    await expect(backupEmbeddedDatabase(dataDir, path.join(dataDir, 'x.tar.gz'))).rejects.toThrow(
      /server is running/,
    );
    await expect(restoreEmbeddedDatabase(dataDir, path.join(dataDir, 'x.tar.gz'))).rejects.toThrow(
      BackupError,
    );
    await clear();
    await expect(backupEmbeddedDatabase(dataDir, path.join(dataDir, 'x.tar.gz'))).resolves.toBeDefined();
  });

  it('leaves the database as it was when the backup file is not a backup', async () => {
    await withDatabase(async (db) => {
      await migrateToLatest(db);
      await addUser(db, 'dee');
    });
    const bogus = path.join(dataDir, 'bogus.tar.gz');
    await writeFile(bogus, 'this is not a database');
    await expect(restoreEmbeddedDatabase(dataDir, bogus)).rejects.toThrow(/could not be restored/);
    expect(await withDatabase(names)).toEqual(['dee']);
  });

  it('the command prints its usage without a file argument', () => {
    const result = spawnSync(process.execPath, [path.resolve('src/cli/backup.ts')], {
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run db:backup -- FILE');
  });
});
