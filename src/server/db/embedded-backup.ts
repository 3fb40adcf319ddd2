import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteDirectory } from './database.ts';

/**
 * Backup and restore of the embedded database: its whole data folder as one gzipped tar file, made by
 * PGlite itself. Only one process may open the folder, so both refuse while the server is running.
 */
const SERVER_MARKER = 'server.pid';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** The running server writes its process id here, so backup and restore can tell it is up. */
export async function markServerRunning(dataDir: string): Promise<() => Promise<void>> {
  const marker = path.join(dataDir, SERVER_MARKER);
  await mkdir(dataDir, { recursive: true });
  await writeFile(marker, String(process.pid));
  return () => rm(marker, { force: true });
}

/** Refuses when another live process has the embedded database in this DATA_DIR open. */
export async function assertServerStopped(dataDir: string): Promise<void> {
  const marker = path.join(dataDir, SERVER_MARKER);
  if (!existsSync(marker)) return;
  const pid = Number((await readFile(marker, 'utf8')).trim());
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
    throw new BackupError(
      `The server is running (process ${pid}). Stop it first: only one process may open the database.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<{ bytes: number }> {
  await assertServerStopped(dataDir);
  const directory = pgliteDirectory(dataDir);
  if (!existsSync(path.join(directory, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${directory} to back up.`);
  }
  const pglite = await PGlite.create(directory);
  try {
    const dump = await pglite.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const partial = `${file}.partial`;
    await writeFile(partial, bytes, { mode: 0o600 });
    await rename(partial, file);
    return { bytes: bytes.length };
  } finally {
    await pglite.close();
  }
}

/**
 * Replaces the embedded database with a backup. The current data folder is kept beside it (renamed with
 * the time) until the restored copy has opened and answered a query, so a bad file loses nothing.
 */
export async function restoreEmbeddedDatabase(
  dataDir: string,
  file: string,
): Promise<{ keptPrevious?: string }> {
  await assertServerStopped(dataDir);
  if (!existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  const archive = new Blob([await readFile(file)]);
  const directory = pgliteDirectory(dataDir);
  let keptPrevious: string | undefined;
  if (existsSync(directory)) {
    keptPrevious = `${directory}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(directory, keptPrevious);
  }
  try {
    await mkdir(directory, { recursive: true });
    const pglite = await PGlite.create(directory, { loadDataDir: archive });
    try {
      await pglite.query('select 1');
    } finally {
      await pglite.close();
    }
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    if (keptPrevious) await rename(keptPrevious, directory);
    throw new BackupError(`${file} could not be restored; the database was left as it was.`, {
      cause: error,
    });
  }
  return keptPrevious ? { keptPrevious } : {};
}
