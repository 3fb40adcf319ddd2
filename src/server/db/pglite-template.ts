/**
 * A migrated, empty embedded database kept as one file, so a fresh one starts from a copy instead of
 * from nothing. PGlite makes a new database the way `initdb` does (about 3 s here) and then the
 * migrations run (about 0.6 s); loading the copy takes about 0.6 s. `npm install` makes it
 * (`src/cli/make-database-template.ts`), for the newcomer's first `npm start`; tests make it on first use
 * and every test database starts from it.
 *
 * The file is named by what made it: PGlite's version and the text of every migration. Any change to
 * either names another file, so a stale copy is never loaded; without one, a database is made the slow
 * way, which is always right.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');
export const TEMPLATE_DIR = path.join(ROOT, 'node_modules/.cache/backstrong');

let keyOnce: Promise<string> | undefined;

async function pgliteVersion(): Promise<string> {
  const manifest = path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/** PGlite's version and every migration's name and text. */
export function templateKey(): Promise<string> {
  keyOnce ??= (async () => {
    const hash = createHash('sha256').update(await pgliteVersion());
    const files = (await readdir(MIGRATIONS_DIR)).filter((name) => !name.includes('.test.')).sort();
    for (const name of files) hash.update(name).update(await readFile(path.join(MIGRATIONS_DIR, name)));
    return hash.digest('hex').slice(0, 16);
  })();
  return keyOnce;
}

async function templateFile(): Promise<string> {
  return path.join(TEMPLATE_DIR, `pglite-migrated-${await templateKey()}.tar`);
}

/** The template for this PGlite and these migrations, if one has been made. */
export async function loadTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(await templateFile())]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Makes the template: a new in-memory database, migrated, written out whole. Written to a temporary name
 * and renamed, so processes making it at once each leave a whole file and a reader never sees half of one.
 */
export async function makeTemplate(
  migrate: (pglite: PGlite) => Promise<void>,
): Promise<{ file: string; blob: Blob }> {
  const pglite = await PGlite.create();
  try {
    await migrate(pglite);
    const blob = await pglite.dumpDataDir('none');
    const file = await templateFile();
    await mkdir(TEMPLATE_DIR, { recursive: true });
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
    return { file, blob };
  } finally {
    await pglite.close();
  }
}
