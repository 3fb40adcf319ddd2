import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { findFeedCacheBody, findFeedCacheEntry, storeFeedCacheEntry } from '../db/repositories/feed-cache.ts';
import type { Database } from '../db/schema.ts';

/** A feed as the cache knows it: where it is served, how to tell its sources' version, how to build it. */
export interface FeedSource {
  path: string;
  /**
   * What the feed is made from, as one string: changes whenever the built body would. Read before the
   * feed's data, so a change landing in between makes the next request build again rather than keep a
   * body older than its version.
   */
  version(db: Kysely<Database>): Promise<string>;
  build(db: Kysely<Database>, now: Date): Promise<BuiltFeed>;
}

export interface BuiltFeed {
  body: string;
  /** The newest published or updated time of what is in it. */
  lastModified: Date;
}

export interface FeedValidators {
  etag: string;
  lastModified: Date;
}

/** A feed ready to answer with: its validators now, and its body only when the answer needs one. */
export interface ServedFeed extends FeedValidators {
  /** The body with its own validators (the same as above unless the row was replaced meanwhile). */
  withBody(): Promise<FeedValidators & { body: Buffer }>;
  /** Whether this request built the body (the kept one was missing or stale). */
  wasBuilt: boolean;
}

/** A strong ETag: the body's SHA-256, so two instances building the same body give the same tag. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * The bodies this instance last read or built, by path, each with its ETag. A copy of a value named by its
 * own hash, so it can never be stale: whether it is still the feed is decided by the database on every
 * request, and a body is taken from here only when the database's ETag for the path is this one's.
 */
export interface KeptBodies {
  find(path: string, etag: string): Buffer | undefined;
  keep(path: string, etag: string, body: Buffer): void;
  /** The kept body gzipped, made once per body: a 500-episode feed shrinks about fifteen times. */
  gzipped(path: string, etag: string, body: Buffer): Buffer;
  /** Runs `work` once for requests asking at the same time under one key (a burst after a release). */
  once<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createKeptBodies(): KeptBodies {
  const byPath = new Map<string, { etag: string; body: Buffer; gzipped?: Buffer }>();
  const running = new Map<string, Promise<unknown>>();
  return {
    find(path, etag) {
      const kept = byPath.get(path);
      return kept?.etag === etag ? kept.body : undefined;
    },
    keep(path, etag, body) {
      byPath.set(path, { etag, body });
    },
    gzipped(path, etag, body) {
      const kept = byPath.get(path);
      if (kept?.etag === etag && kept.gzipped) return kept.gzipped;
      const gzipped = gzipSync(body);
      if (kept?.etag === etag) kept.gzipped = gzipped;
      return gzipped;
    },
    once<T>(key: string, work: () => Promise<T>): Promise<T> {
      const started = running.get(key);
      if (started) return started as Promise<T>;
      const promise = work().finally(() => running.delete(key));
      running.set(key, promise);
      return promise;
    },
  };
}

/**
 * The feed from `feed_cache` when its version is the sources' version now, otherwise built, kept and
 * returned. Every instance checks the version on every request, so a change made through any instance
 * (or by the release job) is seen by all at once; what an instance holds in memory is only a copy by
 * ETag and the builds under way, never the answer to whether the kept feed is current.
 */
export async function servedFeed(
  db: Kysely<Database>,
  source: FeedSource,
  now: Date,
  bodies: KeptBodies = createKeptBodies(),
): Promise<ServedFeed> {
  const [version, kept] = await Promise.all([source.version(db), findFeedCacheEntry(db, source.path)]);
  if (kept && kept.contentVersion === version) {
    return {
      etag: kept.etag,
      lastModified: kept.lastModified,
      wasBuilt: false,
      async withBody() {
        const inMemory = bodies.find(source.path, kept.etag);
        if (inMemory) return { etag: kept.etag, lastModified: kept.lastModified, body: inMemory };
        const text = await findFeedCacheBody(db, source.path, kept.etag);
        if (text !== undefined) {
          const body = Buffer.from(text);
          bodies.keep(source.path, kept.etag, body);
          return { etag: kept.etag, lastModified: kept.lastModified, body };
        }
        // Replaced since the entry was read (another instance built a newer one): build it here instead.
        const built = await source.build(db, now);
        return { etag: etagOf(built.body), lastModified: built.lastModified, body: Buffer.from(built.body) };
      },
    };
  }
  const fresh = await bodies.once(`${source.path}\n${version}`, async () => {
    const built = await source.build(db, now);
    const etag = etagOf(built.body);
    await storeFeedCacheEntry(db, {
      path: source.path,
      body: built.body,
      etag,
      lastModified: built.lastModified,
      contentVersion: version,
      builtAt: now,
    });
    const body = Buffer.from(built.body);
    bodies.keep(source.path, etag, body);
    return { etag, lastModified: built.lastModified, body };
  });
  return { ...fresh, wasBuilt: true, withBody: async () => fresh };
}
