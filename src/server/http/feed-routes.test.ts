import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { publishDueItems } from '../jobs/release-publication.ts';
import { filler, insertArticle, insertEpisode, insertMediaFile } from '../testing/feed-fixtures.ts';
import { startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';
import { buildApp } from './app.ts';

/**
 * The three feeds as a feed reader polls them: validators, 304s, HEAD, and the body kept in feed_cache
 * shared by every instance on the database and replaced after a change (PGlite, or PostgreSQL with
 * DATABASE_URL, where the second instance has a connection pool of its own).
 */
const FEEDS = ['/feeds/podcast.xml', '/feeds/articles.xml', '/feeds/articles.json'] as const;

let now = new Date('2026-12-03T12:00:00Z');
let server: TestServer;
/** A second app on the same database, as a second instance behind the load balancer. */
let second: { app: FastifyInstance; database?: DatabaseHandle };
let scheduledArticle: { id: string; slug: string };

const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

async function keptRow(path: string) {
  return server.database.db
    .selectFrom('feed_cache')
    .selectAll()
    .where('path', '=', path)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const { db } = server.database;
  const audio = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: filler('feed-routes', 4000),
    durationSeconds: 300,
  });
  await insertEpisode(db, {
    title: 'Bridges',
    media_id: audio,
    published_at: new Date('2026-11-29T07:00:00Z'),
    updated_at: new Date('2026-11-29T07:00:00Z'),
  });
  await insertArticle(db, {
    title: 'Bridges first',
    published_at: new Date('2026-11-29T07:00:00Z'),
    updated_at: new Date('2026-11-29T07:30:00Z'),
  });
  scheduledArticle = await insertArticle(db, {
    title: 'Squats next week',
    status: 'scheduled',
    publish_at: new Date('2026-12-06T07:00:00Z'),
  });

  const shared = server.database.connection;
  const database =
    shared.kind === 'postgres' ? await openDatabase({ kind: 'postgres', url: shared.url }) : undefined;
  const { app } = await buildApp({
    // Configured as the test server is: instances of one service share their settings.
    config: loadConfig({
      PUBLIC_URL: TEST_PUBLIC_URL,
      DATA_DIR: server.dataDir,
      LOG_LEVEL: 'silent',
      MEMBERSHIP: 'off',
    }),
    db: database?.db ?? db,
    mail: server.jobs.outgoingMail,
    alerts: server.jobs.alerts,
    billingEvents: server.jobs.billingEvents,
    authSecret: 'test-secret-that-is-long-enough-0123456789',
    logger: false,
    clock: () => now,
  });
  second = { app, database };
});
afterAll(async () => {
  await second.app.close();
  await second.database?.close();
  await server.close();
});

describe.each(FEEDS)('%s as a feed reader polls it', (path) => {
  it('answers 200 with a strong ETag, Last-Modified and five minutes of public caching', async () => {
    const response = await get(server.app, path);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers['last-modified']).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.body.length).toBeGreaterThan(100);
  });

  it('answers 304 with no body to If-None-Match of its ETag, or of * or a list holding it', async () => {
    const { etag } = (await get(server.app, path)).headers;
    for (const ifNoneMatch of [etag as string, '*', `"other", ${etag}`, `W/${etag}`]) {
      const response = await get(server.app, path, { 'if-none-match': ifNoneMatch });
      expect(response.statusCode, ifNoneMatch).toBe(304);
      expect(response.body).toBe('');
      expect(response.headers.etag).toBe(etag);
      expect(response.headers['cache-control']).toBe('public, max-age=300');
    }
    const other = await get(server.app, path, { 'if-none-match': '"something-else"' });
    expect(other.statusCode).toBe(200);
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it', async () => {
    const lastModified = (await get(server.app, path)).headers['last-modified'] as string;
    expect((await get(server.app, path, { 'if-modified-since': lastModified })).statusCode).toBe(304);
    const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
    expect((await get(server.app, path, { 'if-modified-since': later })).statusCode).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get(server.app, path, { 'if-modified-since': earlier })).statusCode).toBe(200);
  });

  it('lets If-None-Match decide when both are sent, and ignores a date it cannot read', async () => {
    const lastModified = (await get(server.app, path)).headers['last-modified'] as string;
    const both = await get(server.app, path, {
      'if-none-match': '"stale"',
      'if-modified-since': lastModified,
    });
    expect(both.statusCode).toBe(200);
    const unreadable = await get(server.app, path, { 'if-modified-since': 'last Tuesday, I think' });
    expect(unreadable.statusCode).toBe(200);
    expect(unreadable.body.length).toBeGreaterThan(100);
  });

  it('answers gzipped to a reader that takes gzip, with an ETag of its own, and either tag gets a 304', async () => {
    const plain = await get(server.app, path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    const gzipped = await get(server.app, path, { 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('accept-encoding');
    expect(gunzipSync(gzipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
    for (const etag of [plain.headers.etag, gzipped.headers.etag] as string[]) {
      for (const acceptEncoding of ['gzip', 'identity']) {
        const headers = { 'if-none-match': etag, 'accept-encoding': acceptEncoding };
        expect((await get(server.app, path, headers)).statusCode, `${etag} ${acceptEncoding}`).toBe(304);
      }
    }
    const refused = await get(server.app, path, { 'accept-encoding': 'gzip;q=0, deflate' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('answers HEAD with the headers of GET and no body, and 304 to a matching HEAD', async () => {
    const full = await get(server.app, path);
    const head = await server.app.inject({ method: 'HEAD', url: path });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(full.headers.etag);
    expect(head.headers['content-type']).toBe(full.headers['content-type']);
    expect(head.headers['last-modified']).toBe(full.headers['last-modified']);
    const conditional = await server.app.inject({
      method: 'HEAD',
      url: path,
      headers: { 'if-none-match': full.headers.etag as string },
    });
    expect(conditional.statusCode).toBe(304);
  });
});

describe('Last-Modified', () => {
  it('is the newest published or updated time of what the feed holds', async () => {
    expect((await get(server.app, '/feeds/articles.xml')).headers['last-modified']).toBe(
      'Sun, 29 Nov 2026 07:30:00 GMT',
    );
    expect((await get(server.app, '/feeds/podcast.xml')).headers['last-modified']).toBe(
      'Sun, 29 Nov 2026 07:00:00 GMT',
    );
  });
});

describe('the kept feed (feed_cache)', () => {
  it('is built once and served from the database by another instance, without building it again', async () => {
    const first = await get(server.app, '/feeds/articles.xml');
    const row = await keptRow('/feeds/articles.xml');
    expect(row.etag).toBe(first.headers.etag);
    expect(row.body).toBe(first.body);
    // Marked by hand: a body that was built again would not carry the mark.
    const marked = row.body.replace('<title>Backstrong</title>', '<title>Backstrong (kept)</title>');
    await server.database.db
      .updateTable('feed_cache')
      .set({ body: marked })
      .where('path', '=', '/feeds/articles.xml')
      .execute();
    const fromSecond = await get(second.app, '/feeds/articles.xml');
    expect(fromSecond.statusCode).toBe(200);
    expect(fromSecond.body).toBe(marked);
    expect(fromSecond.headers.etag).toBe(first.headers.etag);
    const conditional = await get(second.app, '/feeds/articles.xml', {
      'if-none-match': first.headers.etag as string,
    });
    expect(conditional.statusCode).toBe(304);
  });

  it('is replaced when the release job publishes a scheduled article, and every instance sees it', async () => {
    const before = await get(server.app, '/feeds/articles.json');
    expect(before.body).not.toContain('Squats next week');
    const beforeXml = await keptRow('/feeds/articles.xml');
    now = new Date('2026-12-06T07:00:30Z');
    const released = await publishDueItems(server.database.db, now);
    expect(released.map((release) => release.articleIds)).toEqual([[scheduledArticle.id]]);

    const after = await get(second.app, '/feeds/articles.json', {
      'if-none-match': before.headers.etag as string,
    });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Squats next week');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.headers['last-modified']).toBe('Sun, 06 Dec 2026 07:00:30 GMT');

    const xml = await get(server.app, '/feeds/articles.xml', {
      'if-modified-since': beforeXml.last_modified.toUTCString(),
    });
    expect(xml.statusCode).toBe(200);
    expect(xml.body).toContain('Squats next week');
    expect(xml.body).not.toContain('(kept)');
    const replaced = await keptRow('/feeds/articles.xml');
    expect(replaced.content_version).not.toBe(beforeXml.content_version);
    expect(replaced.etag).toBe(xml.headers.etag);
    // The row one instance built is the one the other answers from.
    const again = await get(second.app, '/feeds/articles.xml', {
      'if-none-match': xml.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
  });

  it('is replaced when an article is unpublished while another of the same count is published', async () => {
    const before = await get(server.app, '/feeds/articles.xml');
    const published = await server.database.db
      .selectFrom('articles')
      .select(['id', 'updated_at'])
      .where('status', '=', 'published')
      .orderBy('published_at')
      .execute();
    const oldest = published[0];
    if (!oldest) throw new Error('an article is published');
    // Unpublish one and publish a draft with the same updated time: the count and newest time stay.
    await server.database.db
      .updateTable('articles')
      .set({ status: 'draft' })
      .where('id', '=', oldest.id)
      .execute();
    await insertArticle(server.database.db, {
      title: 'Hinges, quietly',
      published_at: new Date('2026-11-01T07:00:00Z'),
      updated_at: oldest.updated_at,
    });
    const after = await get(server.app, '/feeds/articles.xml', {
      'if-none-match': before.headers.etag as string,
    });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Hinges, quietly');
    expect(after.body).not.toContain('Bridges first');
  });

  it('is replaced for the podcast when an episode is published', async () => {
    const before = await get(second.app, '/feeds/podcast.xml');
    const audio = await insertMediaFile(server.database.db, {
      kind: 'audio',
      contentType: 'audio/mpeg',
      extension: 'mp3',
      data: filler('second-episode', 4000),
    });
    await insertEpisode(server.database.db, {
      title: 'Squats',
      media_id: audio,
      published_at: new Date('2026-12-06T07:00:00Z'),
      updated_at: now,
    });
    const after = await get(server.app, '/feeds/podcast.xml', {
      'if-none-match': before.headers.etag as string,
    });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('<title>Squats</title>');
  });
});

describe('a published row dated ahead of the clock', () => {
  it('never makes Last-Modified later than now', async () => {
    await insertArticle(server.database.db, {
      title: 'From the future',
      published_at: new Date('2027-06-01T07:00:00Z'),
      updated_at: new Date('2027-06-01T07:00:00Z'),
    });
    for (const path of ['/feeds/articles.xml', '/feeds/articles.json']) {
      const response = await get(server.app, path);
      expect(response.statusCode).toBe(200);
      expect(response.headers['last-modified'], path).toBe(now.toUTCString());
      // …and a client quoting that date back is told nothing changed.
      const conditional = await get(server.app, path, {
        'if-modified-since': response.headers['last-modified'] as string,
      });
      expect(conditional.statusCode).toBe(304);
    }
  });
});

describe('hostile conditional headers', () => {
  it('never make a feed fail: each is a full answer or a 304', async () => {
    const hostile: Record<string, string>[] = [
      { 'if-none-match': '"'.repeat(4000) },
      { 'if-none-match': ',,, W/ ,' },
      { 'if-none-match': 'W/"' },
      { 'if-modified-since': 'Thu, 99 Foo 99999 99:99:99 GMT' },
      { 'if-modified-since': '-1' },
      { 'if-modified-since': 'a'.repeat(4000) },
      { 'if-modified-since': 'Sat, 01 Jan 10000 00:00:00 GMT' },
    ];
    for (const path of FEEDS) {
      for (const headers of hostile) {
        const response = await get(server.app, `${path}?since=%3Cscript%3E`, headers);
        expect([200, 304], `${path} ${JSON.stringify(headers).slice(0, 60)}`).toContain(response.statusCode);
      }
    }
  });
});
