import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { outboxDirectory } from '../src/server/mail/mailer.ts';
import { DEMO_MEMBER } from '../src/server/services/demo-accounts.ts';
import { memberWithWorkoutUnderWay, type TrainingMember } from '../src/server/testing/http-member.ts';
import { startChild, stopChild } from './child-server.ts';

/**
 * `npm run bench:api`: logging a set over HTTP on the embedded database, with signed-in members, measured
 * with autocannon beside a bare Fastify route in the same run; then the six-month demo member's progress
 * (`GET /api/progress`), built for every request against kept. Each server runs in its own process so
 * the load generator does not share its event loop.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MEMBERS = CONNECTIONS;

type Member = TrainingMember;

function prepareMember(base: string, index: number): Promise<Member> {
  return memberWithWorkoutUnderWay(base, outboxDirectory(dataDir), `bench${index}@example.org`);
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** The demo member signed in, once the server has made their months of history (sign-in waits for it). */
async function signedInDemoMember(base: string): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    const answer = await fetch(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_MEMBER.email, password: DEMO_MEMBER.password }),
    });
    const cookie = answer.headers.getSetCookie().find((each) => each.startsWith('backstrong.session_token='));
    if (answer.ok && cookie) return cookie.split(';')[0] ?? '';
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the demo member could not sign in within two minutes');
}

/** The last 30 days: every one is a day the member may ask their progress for. */
const RECENT_DAYS = Array.from({ length: 30 }, (_, back) =>
  new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10),
);

async function progressReads(base: string, cookie: string, isEveryDayAnother: boolean) {
  return run({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          // A day at random: the kept copy is for one day, so it is built again for nearly every request.
          const day = RECENT_DAYS[Math.floor(Math.random() * RECENT_DAYS.length)];
          const query = isEveryDayAnother ? `?today=${day}` : `?today=${RECENT_DAYS[0]}`;
          return { ...request, path: `/api/progress${query}`, headers: { cookie } };
        },
      },
    ],
  });
}

function describe(name: string, result: autocannon.Result): string {
  const ok = result['2xx'];
  return `${name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   2xx ${ok}   non-2xx ${result.non2xx}   errors ${result.errors}`;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-bench-'));
const api = await startChild('api-server.ts', {
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_ACCOUNTS: 'off',
});
const bare = await startChild('bare-server.ts', { PORT: '0' });
try {
  const base = api.url.replace('0.0.0.0', '127.0.0.1');
  // PUBLIC_URL defaults to localhost:PORT of the configured port; the benchmark sends no Origin header.
  console.log(`Preparing ${MEMBERS} signed-in members, each with a workout under way…`);
  const members: Member[] = [];
  for (let index = 0; index < MEMBERS; index++) members.push(await prepareMember(base, index));

  const bareResult = await run({
    url: bare.url,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          path: `/bare/${randomUUID()}`,
          body: JSON.stringify(members[0]?.set),
        }),
      },
    ],
  });

  let nextMember = 0;
  const setResult = await run({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context: { member?: Member }) => {
          // One member per connection, as 50 people logging their sets at once.
          context.member ??= members[nextMember++ % members.length];
          const member = context.member as Member;
          return {
            ...request,
            path: `/api/workouts/${member.workoutId}/sets/${randomUUID()}`,
            headers: { 'content-type': 'application/json', cookie: member.cookie },
            body: JSON.stringify(member.set),
          };
        },
      },
    ],
  });

  // Every acknowledged set must be stored: count them back through the API.
  let stored = 0;
  for (const member of members) {
    const workout = await (
      await fetch(`${base}/api/workouts/${member.workoutId}`, { headers: { cookie: member.cookie } })
    ).json();
    stored += workout.sets.length;
  }

  console.log(
    `\nAPI benchmark: ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, embedded database (PGlite)`,
  );
  console.log(describe('bare Fastify route', bareResult));
  console.log(describe('log a set (auth + database)', setResult));
  console.log(
    `cost of auth and database: ${(bareResult.requests.average / Math.max(1, setResult.requests.average)).toFixed(1)}× fewer requests/s; p99 target 25 ms: ${setResult.latency.p99 <= 25 ? 'met' : 'not met'}`,
  );
  // Requests still in flight when the clock stops may be stored without their answer being counted.
  const isDurable = stored >= setResult['2xx'];
  console.log(
    `sets acknowledged (201): ${setResult['2xx']}, sets stored: ${stored}${isDurable ? ' (every acknowledged set is stored)' : '  LOST SETS'}`,
  );
  if (!isDurable) process.exitCode = 1;
} finally {
  await stopChild(api.child);
  await stopChild(bare.child);
  await rm(dataDir, { recursive: true, force: true });
}

const demoDataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-bench-demo-'));
const demo = await startChild('api-server.ts', {
  DATA_DIR: demoDataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});
try {
  const base = demo.url.replace('0.0.0.0', '127.0.0.1');
  console.log('\nWaiting for the demo member’s six months of history…');
  const cookie = await signedInDemoMember(base);
  const progress = await (await fetch(`${base}/api/progress`, { headers: { cookie } })).text();
  const built = await progressReads(base, cookie, true);
  // Kept from here on: one read keeps today's, so the run measures kept answers, not 50 first builds.
  await fetch(`${base}/api/progress?today=${RECENT_DAYS[0]}`, { headers: { cookie } });
  const kept = await progressReads(base, cookie, false);
  console.log(
    `\nProgress of the six-month demo member (${(progress.length / 1024).toFixed(1)} KB): ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`,
  );
  console.log(describe('built (another day each time)', built));
  console.log(describe('kept (the same day)', kept));
  console.log(
    `kept against built: ${(kept.requests.average / Math.max(1, built.requests.average)).toFixed(1)}× the requests/s; target 200/s: ${kept.requests.average >= 200 ? 'met' : 'not met'}`,
  );
  if (built.non2xx + kept.non2xx + built.errors + kept.errors > 0) process.exitCode = 1;
} finally {
  await stopChild(demo.child);
  await rm(demoDataDir, { recursive: true, force: true });
}
