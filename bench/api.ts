import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { outboxDirectory } from '../src/server/mail/mailer.ts';
import { memberWithWorkoutUnderWay, type TrainingMember } from '../src/server/testing/http-member.ts';
import { startChild, stopChild } from './child-server.ts';

/**
 * `npm run bench:api`: logging a set over HTTP on the embedded database, with signed-in members, measured
 * with autocannon beside a bare Fastify route in the same run. Each server runs in its own process so the
 * load generator does not share its event loop.
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
