/**
 * A member's training progress is built from their whole history (six months of a demo member: tens of
 * milliseconds of queries and as many of building), and asked for on every visit to My progress and by
 * their coach. So it is kept in `progress_cache`, with what it was built from, and used again while all of
 * that still holds:
 *
 * - the member's data version (`member_data_versions`, moved on by a trigger on every write to the rows
 *   progress reads: migration 0029), so no write can leave a stale copy behind, on any instance;
 * - the member's day and the disability questionnaire it was built for;
 * - the code that builds it (a fingerprint of `src/core` and of this folder's progress reader), so a
 *   release that changes how progress is worked out never serves what the old code made.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Executor } from '../db/executor.ts';
import type { Database } from '../db/schema.ts';

const CORE_DIR = path.join(import.meta.dirname, '..', '..', 'core');
const READER_FILES = ['progress.ts', 'progress-cache.ts'].map((file) => path.join(import.meta.dirname, file));

let fingerprint: string | undefined;

/** The code that builds progress, as one hash: read once per process (a few hundred small files). */
export function progressCodeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const files = [
    ...(readdirSync(CORE_DIR, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => path.join(CORE_DIR, file)),
    ...READER_FILES,
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(CORE_DIR.length)).update(readFileSync(file));
  fingerprint = hash.digest('base64url').slice(0, 22);
  return fingerprint;
}

export interface ProgressKey {
  memberId: string;
  today: string;
  disability: string;
}

/** The member's data version now; read it in the same snapshot as the history it stands for. */
export async function memberDataVersion(db: Executor, memberId: string): Promise<string> {
  const row = await db
    .selectFrom('member_data_versions')
    .select('version')
    .where('user_id', '=', memberId)
    .executeTakeFirst();
  return String(row?.version ?? 0);
}

/**
 * The kept answer (JSON text) if it was built from the member's data as it is now, for this day and
 * questionnaire, by this code. One statement, so the version and the copy are read at one moment.
 */
export async function keptProgressJson(db: Executor, key: ProgressKey): Promise<string | undefined> {
  const row = await db
    .selectFrom('progress_cache as kept')
    .leftJoin('member_data_versions as current', 'current.user_id', 'kept.user_id')
    .select([
      'kept.version',
      'kept.today',
      'kept.disability',
      'kept.code',
      'kept.body',
      'current.version as now',
    ])
    .where('kept.user_id', '=', key.memberId)
    .executeTakeFirst();
  if (!row) return undefined;
  const holds =
    String(row.version) === String(row.now ?? 0) &&
    row.today === key.today &&
    row.disability === key.disability &&
    row.code === progressCodeFingerprint();
  return holds ? row.body : undefined;
}

/**
 * Keeps what was just built from `version`. Outside the snapshot it was read in (a write there could
 * clash with another request keeping the same member's), and never over a copy built from a newer version.
 */
export async function keepProgress(
  db: Kysely<Database>,
  key: ProgressKey,
  version: string,
  json: string,
): Promise<void> {
  const row = {
    user_id: key.memberId,
    version,
    today: key.today,
    disability: key.disability,
    code: progressCodeFingerprint(),
    body: json,
  };
  await db
    .insertInto('progress_cache')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column('user_id')
        .doUpdateSet({
          version: (eb) => eb.ref('excluded.version'),
          today: (eb) => eb.ref('excluded.today'),
          disability: (eb) => eb.ref('excluded.disability'),
          code: (eb) => eb.ref('excluded.code'),
          body: (eb) => eb.ref('excluded.body'),
        })
        .where('progress_cache.version', '<=', version),
    )
    .execute();
}
