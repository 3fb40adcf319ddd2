import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { migrateToLatest } from './migrate.ts';
import { loadTemplate, makeTemplate } from './pglite-template.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** What the background jobs connect to: the same embedded instance, or the same server. */
  connection: DatabaseConnection;
  close(): Promise<void>;
}

export type DatabaseConnection = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; url: string };

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | undefined }
  | { kind: 'postgres'; url: string; poolSize?: number };

/**
 * The database the configuration names: the PostgreSQL server at DATABASE_URL when it is set, otherwise
 * the embedded one in DATA_DIR. Every entry point (server, migrate, seed, backup, restore) asks this.
 */
export function databaseTargetFrom(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/** Where the embedded database keeps its files inside DATA_DIR. */
export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** PostgreSQL's type id for `date`. Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them. */
const DATE_OID = 1082;
const keepText = (value: string) => value;

/**
 * The one place that chooses the database: embedded PGlite (in DATA_DIR, or in memory when dataDir is
 * undefined) or a PostgreSQL server. Everything above this sees only Kysely.
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: { fromTemplate?: boolean } = {},
): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === DATE_OID ? keepText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      connection: { kind: 'postgres', url: target.url },
      close: () => db.destroy(),
    };
  }
  let directory: string | undefined;
  let isNew = options.fromTemplate === true;
  if (target.dataDir !== undefined) {
    directory = pgliteDirectory(target.dataDir);
    isNew = !(await exists(path.join(directory, 'PG_VERSION')));
    await mkdir(directory, { recursive: true });
  }
  // A new data directory starts from the migrated template when there is one (pglite-template.ts).
  const template = isNew ? await loadTemplate() : undefined;
  const pglite = await PGlite.create(directory, {
    parsers: { [DATE_OID]: keepText },
    ...(template ? { loadDataDir: template } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return { db, kind: 'pglite', connection: { kind: 'pglite', pglite }, close: () => db.destroy() };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Makes the migrated template unless it is there already (`npm install` and the tests call this). */
export async function ensureDatabaseTemplate(): Promise<void> {
  if (await loadTemplate()) return;
  await makeTemplate(async (pglite) => {
    await migrateToLatest(new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) }));
  });
}
