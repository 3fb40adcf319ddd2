import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { storeFeedCacheEntry } from '../db/repositories/feed-cache.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { createKeptBodies, etagOf, type FeedSource, servedFeed } from './feed-cache.ts';

/** The kept feed on a real database (PGlite, or PostgreSQL with DATABASE_URL), with a source of our own. */
let database: DatabaseHandle;
const now = new Date('2026-12-03T12:00:00Z');

/** A feed whose version and body the test sets, counting its builds. */
function testSource(path: string) {
  const state = { version: 'v1', body: '<feed>one</feed>', builds: 0 };
  const source: FeedSource = {
    path,
    version: async () => state.version,
    build: async () => {
      state.builds += 1;
      return { body: state.body, lastModified: new Date('2026-11-29T07:00:00Z') };
    },
  };
  return { source, state };
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('a kept feed', () => {
  it('is built once, then answered from the row while the version holds, by any instance', async () => {
    const { source, state } = testSource('/feeds/one');
    const first = await servedFeed(database.db, source, now);
    expect(first.wasBuilt).toBe(true);
    expect(first.etag).toBe(etagOf('<feed>one</feed>'));
    // Each call with no kept bodies of its own is another instance, reading the body from the row.
    const second = await servedFeed(database.db, source, now);
    expect(second.wasBuilt).toBe(false);
    expect(second.etag).toBe(first.etag);
    expect((await second.withBody()).body.toString()).toBe('<feed>one</feed>');
    expect(state.builds).toBe(1);
  });

  it('is built again, and its row replaced, when the version moves', async () => {
    const { source, state } = testSource('/feeds/two');
    const before = await servedFeed(database.db, source, now);
    state.version = 'v2';
    state.body = '<feed>two</feed>';
    const after = await servedFeed(database.db, source, now);
    expect(after.wasBuilt).toBe(true);
    expect(after.etag).not.toBe(before.etag);
    const row = await database.db
      .selectFrom('feed_cache')
      .selectAll()
      .where('path', '=', '/feeds/two')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ body: '<feed>two</feed>', content_version: 'v2', etag: after.etag });
    expect(state.builds).toBe(2);
  });

  it('takes the body from this instance’s copy only while the row’s ETag is the copy’s', async () => {
    const { source } = testSource('/feeds/three');
    const bodies = createKeptBodies();
    await servedFeed(database.db, source, now, bodies);
    // Another instance rebuilt the row (same version, a different body): the copy no longer answers.
    await storeFeedCacheEntry(database.db, {
      path: '/feeds/three',
      body: '<feed>elsewhere</feed>',
      etag: etagOf('<feed>elsewhere</feed>'),
      lastModified: now,
      contentVersion: 'v1',
      builtAt: now,
    });
    const served = await servedFeed(database.db, source, now, bodies);
    expect(served.etag).toBe(etagOf('<feed>elsewhere</feed>'));
    expect((await served.withBody()).body.toString()).toBe('<feed>elsewhere</feed>');
  });

  it('builds the body itself, with its own ETag, when the row is replaced between two reads', async () => {
    const { source, state } = testSource('/feeds/four');
    await servedFeed(database.db, source, now);
    const served = await servedFeed(database.db, source, now);
    await storeFeedCacheEntry(database.db, {
      path: '/feeds/four',
      body: '<feed>newer</feed>',
      etag: etagOf('<feed>newer</feed>'),
      lastModified: now,
      contentVersion: 'v9',
      builtAt: now,
    });
    state.body = '<feed>rebuilt here</feed>';
    const answer = await served.withBody();
    expect(answer.body.toString()).toBe('<feed>rebuilt here</feed>');
    expect(answer.etag).toBe(etagOf('<feed>rebuilt here</feed>'));
  });

  it('is built once by an instance however many requests ask for it at the same time', async () => {
    const { source, state } = testSource('/feeds/six');
    const bodies = createKeptBodies();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => servedFeed(database.db, source, now, bodies)),
    );
    expect(state.builds).toBe(1);
    expect(new Set(answers.map((answer) => answer.etag)).size).toBe(1);
  });

  it('gets the same ETag from two instances building the same feed at once', async () => {
    const { source } = testSource('/feeds/five');
    const [one, two] = await Promise.all([
      servedFeed(database.db, source, now),
      servedFeed(database.db, source, now),
    ]);
    expect(one.etag).toBe(two.etag);
    const rows = await database.db
      .selectFrom('feed_cache')
      .selectAll()
      .where('path', '=', '/feeds/five')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
