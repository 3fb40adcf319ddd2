import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { runOnServer } from './test-database.ts';

const MIGRATIONS_COUNT = Object.keys(MIGRATIONS).length;

/**
 * Two new handles on one new, empty database: on PostgreSQL two pools, as two app instances starting at
 * once have; embedded, one (PGlite is one process's), migrated by two callers at once.
 */
async function twoHandlesOnANewDatabase(): Promise<{
  handles: DatabaseHandle[];
  close: () => Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
    return { handles: [handle, handle], close: () => handle.close() };
  }
  const name = `backstrong_migrate_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handles = await Promise.all(
    [0, 1].map(() => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 })),
  );
  return {
    handles,
    async close() {
      await Promise.all(handles.map((handle) => handle.close()));
      await runOnServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

it('applies every migration once when two instances start on a new database at the same moment', async () => {
  const { handles, close } = await twoHandlesOnANewDatabase();
  try {
    const applied = await Promise.all(handles.map((handle) => migrateToLatest(handle.db)));
    // One of them applied all; the other waited for it and found nothing left to do.
    expect(applied.map((names) => names.length).sort((a, b) => a - b)).toEqual([0, MIGRATIONS_COUNT]);
    const [first] = handles;
    if (!first) throw new Error('no handle');
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      first.db,
    );
    expect(rows.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS).sort());
  } finally {
    await close();
  }
});
