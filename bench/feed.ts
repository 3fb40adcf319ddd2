import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import { runOnServer } from '../src/server/db/test-database.ts';
import { startServer } from '../src/server/server.ts';
import {
  filler,
  insertArticle,
  insertEpisode,
  insertMediaFile,
} from '../src/server/testing/feed-fixtures.ts';

/**
 * `npm run bench:feed`: the podcast feed with 500 published episodes (and the articles' Atom feed with
 * 100 articles), from the real app listening on a port, on the embedded database (PGlite in a data
 * folder) or, with DATABASE_URL, on a new database of that PostgreSQL server. Requests are sequential,
 * as feed readers' polls arrive, so the client shares the app's process without queueing behind it; it
 * reads each answer's bytes and leaves gzip undecoded, as a reader decodes on its own machine.
 * Timed apart: building the feed (its kept row deleted before each request), the kept feed after one
 * warm-up (gzipped, as feed readers take it, and not), and conditional requests answered 304. Body
 * sizes are what crossed the wire.
 */
const EPISODES = Number(process.env.BENCH_EPISODES ?? 500);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const COLD_REQUESTS = Number(process.env.BENCH_COLD_REQUESTS ?? 20);
const CACHED_P99_TARGET_MS = 50;
/** What feed readers and podcast apps send. */
const GZIP = { 'accept-encoding': 'gzip' };

const NOTES = [
  'This week: the **glute bridge**, and why it comes before anything else.',
  '',
  '- Brace first, then lift the hips.',
  '- Stop where it stays pain-free; that is your level.',
  '',
  'Read more in [the article](https://example.org/articles/bridges) and the studies it cites.',
].join('\n');

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they crossed the wire (gzipped ones are not decoded: a reader does that on its side). */
  bytes: number;
}

/** One GET over a kept-alive connection, read to its last byte. */
function request(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

interface Timing {
  p50: number;
  p95: number;
  p99: number;
  bytes: number;
  statuses: Set<number>;
}

async function timeRequests(
  count: number,
  send: () => Promise<Answer>,
  before: () => Promise<void> = async () => {},
): Promise<Timing> {
  const times: number[] = [];
  const statuses = new Set<number>();
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    await before();
    const started = performance.now();
    const answer = await send();
    times.push(performance.now() - started);
    bytes = answer.bytes;
    statuses.add(answer.status);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    bytes,
    statuses,
  };
}

function line(name: string, timing: Timing): string {
  const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  return `${name.padEnd(34)} p50 ${ms(timing.p50)}   p95 ${ms(timing.p95)}   p99 ${ms(timing.p99)}   body ${String(timing.bytes).padStart(8)} B   status ${[...timing.statuses].join(',')}`;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-bench-feed-'));
const serverUrl = process.env.DATABASE_URL;
const databaseName = `backstrong_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
let databaseUrl: string | undefined;
if (serverUrl) {
  await runOnServer(serverUrl, `create database "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
}
const server = await startServer(
  loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DEMO_ACCOUNTS: 'off',
    ...(databaseUrl
      ? {
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: process.env.AUTH_SECRET ?? 'the benchmark’s own secret, 0123456789',
          // A pair of its own unless given (`npx web-push generate-vapid-keys`), as the secret is.
          VAPID_PUBLIC_KEY:
            process.env.VAPID_PUBLIC_KEY ??
            'BPz27KwfF5g9C8k7aY6pD9RwhlzKsZogM1drDSnfis2WG_QB5K2Wej2lCqvh-Zr8KQVkvpBAuO_sNSlcNgXVt7M',
          VAPID_PRIVATE_KEY: process.env.VAPID_PRIVATE_KEY ?? 'Ci9TvNtG0FYDI-3q3B9dLu2TYltKMalV4pIVhyEYc-Y',
        }
      : { DATABASE_URL: '' }),
  }),
);
try {
  const { db } = server.database;
  const base = server.url.replace('0.0.0.0', '127.0.0.1');
  const prepared = performance.now();
  for (let index = 0; index < EPISODES; index++) {
    const audio = await insertMediaFile(db, {
      kind: 'audio',
      contentType: 'audio/mpeg',
      extension: 'mp3',
      data: filler(`bench-episode-${index}`, 1024),
      durationSeconds: 600 + index,
    });
    const publishedAt = new Date(Date.UTC(2016, 0, 3 + 7 * index, 7));
    await insertEpisode(db, {
      title: `Episode ${index + 1}: the bridge, again & again`,
      summary: 'One exercise, one idea and what the evidence says.',
      notes_markdown: NOTES,
      season: 1 + Math.floor(index / 52),
      number: index + 1,
      media_id: audio,
      published_at: publishedAt,
      updated_at: publishedAt,
    });
  }
  for (let index = 0; index < ARTICLES; index++) {
    const publishedAt = new Date(Date.UTC(2024, 0, 7 + 7 * index, 7));
    await insertArticle(db, {
      title: `Article ${index + 1}`,
      summary: 'Why the hips come first.',
      body_markdown: `${NOTES}\n\n${NOTES}`,
      tags: ['bridge', 'phase 1'],
      published_at: publishedAt,
      updated_at: publishedAt,
    });
  }
  console.log(
    `Prepared ${EPISODES} published episodes and ${ARTICLES} articles in ${((performance.now() - prepared) / 1000).toFixed(1)} s on ${server.database.kind === 'pglite' ? 'the embedded database (PGlite)' : 'PostgreSQL'}`,
  );

  console.log(
    `Load average before the run: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}`,
  );
  for (const feedPath of ['/feeds/podcast.xml', '/feeds/articles.xml']) {
    const url = `${base}${feedPath}`;
    const cold = await timeRequests(
      COLD_REQUESTS,
      () => request(url, GZIP),
      async () => {
        await db.deleteFrom('feed_cache').where('path', '=', feedPath).execute();
      },
    );
    const warmUp = await request(url, GZIP); // fills the kept row
    const etag = String(warmUp.headers.etag);
    const lastModified = String(warmUp.headers['last-modified']);
    const cached = await timeRequests(REQUESTS, () => request(url, GZIP));
    const identity = await timeRequests(REQUESTS, () => request(url));
    const ifNoneMatch = await timeRequests(REQUESTS, () => request(url, { ...GZIP, 'if-none-match': etag }));
    const ifModifiedSince = await timeRequests(REQUESTS, () =>
      request(url, { ...GZIP, 'if-modified-since': lastModified }),
    );
    console.log(`\n${feedPath}: ${COLD_REQUESTS} builds, then ${REQUESTS} sequential requests of each kind`);
    console.log(line('built (kept row deleted first)', cold));
    console.log(line('kept (200, gzip)', cached));
    console.log(line('kept (200, not compressed)', identity));
    console.log(line('If-None-Match (304)', ifNoneMatch));
    console.log(line('If-Modified-Since (304)', ifModifiedSince));
    console.log(
      `built vs kept: ${(cold.p50 / cached.p50).toFixed(1)}× at p50; kept p99 target ${CACHED_P99_TARGET_MS} ms: ${cached.p99 <= CACHED_P99_TARGET_MS ? 'met' : 'NOT MET'}`,
    );
    const isEveryAnswerRight =
      [...cold.statuses, ...cached.statuses, ...identity.statuses].every((status) => status === 200) &&
      [...ifNoneMatch.statuses, ...ifModifiedSince.statuses].every((status) => status === 304);
    if (!isEveryAnswerRight) {
      console.log('UNEXPECTED STATUS');
      process.exitCode = 1;
    }
    if (feedPath === '/feeds/podcast.xml' && cached.p99 > CACHED_P99_TARGET_MS) process.exitCode = 1;
  }
} finally {
  agent.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  if (serverUrl) await runOnServer(serverUrl, `drop database if exists "${databaseName}" with (force)`);
}
