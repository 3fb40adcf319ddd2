import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startChild, stopChild } from './child-server.ts';

/**
 * `npm run bench:site`: the public site's time to first byte and an article page's weight, on the real
 * server (its own process, so the measuring does not share its event loop) with a fresh embedded database
 * holding the demo publication. Requests are sequential, one reader at a time, on one kept-alive
 * connection: the figure is the server's own time to render a page, not its throughput.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 20);
const ARTICLE = '/articles/the-glute-bridge';
const EPISODE = '/episodes/the-bridge-stepping-stone';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire (compressed if the server compressed them). */
  body: Buffer;
  /** Milliseconds from sending the request to its response headers arriving. */
  ttfbMs: number;
}

/** One GET, with node:http so nothing is decompressed behind our back and the headers' arrival is timed. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const sent = request(url, { headers, agent: keptAlive }, (response) => {
      const ttfbMs = performance.now() - started;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
          ttfbMs,
        }),
      );
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function timeToFirstByte(url: string) {
  for (let index = 0; index < WARM_UP; index++) await get(url);
  const times: number[] = [];
  for (let index = 0; index < REQUESTS; index++) {
    const answer = await get(url);
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
    times.push(answer.ttfbMs);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** The stylesheets and scripts a browser would fetch for the page, from its <link> and <script> tags. */
function linkedFiles(html: string): string[] {
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
    (tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1],
  );
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((tag) => tag[1]);
  return [...stylesheets, ...scripts].filter((href): href is string => href !== undefined);
}

interface Weight {
  what: string;
  raw: number;
  gzip: number;
  /** Whether the server itself sent it gzipped when asked; if not, the gzip figure is what zlib makes. */
  isServedGzipped: boolean;
}

async function weightOf(base: string, what: string): Promise<Weight> {
  const plain = await get(`${base}${what}`, { 'accept-encoding': 'identity' });
  const zipped = await get(`${base}${what}`, { 'accept-encoding': 'gzip' });
  if (plain.status !== 200) throw new Error(`${what} answered ${plain.status}`);
  const isServedGzipped = zipped.headers['content-encoding'] === 'gzip';
  return {
    what,
    raw: plain.body.length,
    gzip: isServedGzipped ? zipped.body.length : gzipSync(plain.body).length,
    isServedGzipped,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(9);

const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-bench-site-'));
const server = await startChild('site-server.ts', {
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_ACCOUNTS: 'on',
});
try {
  const base = server.url.replace('0.0.0.0', '127.0.0.1');
  const pages = [
    { name: 'homepage /', url: '/' },
    { name: `article ${ARTICLE}`, url: ARTICLE },
    { name: `episode ${EPISODE}`, url: EPISODE },
  ];
  console.log(
    `\nSite benchmark: time to first byte, ${REQUESTS} sequential requests after ${WARM_UP} to warm up`,
  );
  console.log(`${'page'.padEnd(48)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}`);
  for (const page of pages) {
    const { p50, p95, p99 } = await timeToFirstByte(`${base}${page.url}`);
    console.log(`${page.name.padEnd(48)}${ms(p50)}${ms(p95)}${ms(p99)}`);
  }

  // An article links the stylesheet only; an episode adds the script that ties its transcript to the audio.
  for (const page of [ARTICLE, EPISODE]) {
    const html = (await get(`${base}${page}`)).body.toString('utf8');
    const weights = [await weightOf(base, page)];
    for (const file of linkedFiles(html)) weights.push(await weightOf(base, file));
    console.log(`\nPage weight of ${page}: the HTML and each file it links (audio apart, loaded on play)`);
    console.log(`${'file'.padEnd(48)}${'raw'.padStart(9)}${'gzip'.padStart(9)}`);
    for (const weight of weights) {
      const note = weight.isServedGzipped ? '' : '  (sent uncompressed; gzip as a proxy would make it)';
      console.log(`${weight.what.padEnd(48)}${kb(weight.raw)}${kb(weight.gzip)}${note}`);
    }
    const raw = weights.reduce((sum, weight) => sum + weight.raw, 0);
    const gzip = weights.reduce((sum, weight) => sum + weight.gzip, 0);
    console.log(`${'total'.padEnd(48)}${kb(raw)}${kb(gzip)}`);
  }
} finally {
  keptAlive.destroy();
  await stopChild(server.child);
  await rm(dataDir, { recursive: true, force: true });
}
