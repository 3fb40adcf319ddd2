import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { outboxDirectory } from '../src/server/mail/mailer.ts';
import { DEMO_MEMBER } from '../src/server/services/demo-accounts.ts';
import { type Cluster, startCluster } from '../src/server/testing/cluster.ts';
import { memberWithWorkoutUnderWay, type TrainingMember } from '../src/server/testing/http-member.ts';
import { freshServerDatabase } from '../src/server/testing/server-child.ts';

/**
 * `npm run bench:cluster`: the app behind nginx (deploy/nginx.conf, TLS) on PostgreSQL, with one
 * instance and then with three: logging sets (each connection a member with a workout under way) and
 * reading the six-month demo member's progress, at 50 connections, with the ratios of three to one.
 * Needs DATABASE_URL (a PostgreSQL server where it may create databases) and nginx.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error(
    'bench:cluster runs on PostgreSQL: set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres',
  );
  process.exit(2);
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function signedInDemoMember(cluster: Cluster): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    const answer = await cluster
      .request('POST', '/api/auth/sign-in/email', {
        body: { email: DEMO_MEMBER.email, password: DEMO_MEMBER.password },
      })
      .catch(() => undefined);
    const cookie = [answer?.headers['set-cookie']]
      .flat()
      .map((each) => String(each ?? '').split(';')[0] ?? '')
      .find((each) => each.includes('session_token='));
    if (answer?.status === 200 && cookie) return cookie;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the demo member could not sign in within three minutes');
}

interface Figures {
  sets: autocannon.Result;
  progress: autocannon.Result;
}

async function measure(size: number): Promise<Figures> {
  const database = await freshServerDatabase('bench_cluster');
  if (!database.url) throw new Error('no database');
  const cluster = await startCluster({ size, databaseUrl: database.url, env: { DEMO_ACCOUNTS: 'on' } });
  try {
    console.log(`\n${size} instance(s): preparing ${CONNECTIONS} members with a workout under way…`);
    const members: TrainingMember[] = [];
    for (let index = 0; index < CONNECTIONS; index++) {
      const instance = cluster.instances[index % size];
      if (!instance) throw new Error('no instance');
      members.push(
        await memberWithWorkoutUnderWay(
          instance.base,
          outboxDirectory(cluster.dataDir),
          `bench${index}@example.org`,
        ),
      );
    }
    let next = 0;
    const sets = await run({
      url: cluster.base,
      connections: CONNECTIONS,
      duration: DURATION_SECONDS,
      requests: [
        {
          method: 'PUT',
          setupRequest: (request, context: { member?: TrainingMember }) => {
            context.member ??= members[next++ % members.length];
            const member = context.member as TrainingMember;
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
    console.log('waiting for the demo member’s six months of history…');
    const cookie = await signedInDemoMember(cluster);
    await cluster.request('GET', '/api/progress', { cookie });
    const progress = await run({
      url: `${cluster.base}/api/progress`,
      connections: CONNECTIONS,
      duration: DURATION_SECONDS,
      headers: { cookie },
    });
    return { sets, progress };
  } finally {
    await cluster.close();
    await database.drop();
  }
}

const line = (name: string, result: autocannon.Result) =>
  `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(5)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   non-2xx ${result.non2xx}   errors ${result.errors}`;

const one = await measure(1);
const three = await measure(3);
console.log(
  `\nCluster benchmark through nginx (TLS), PostgreSQL, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`,
);
console.log(line('log a set, 1 instance', one.sets));
console.log(line('log a set, 3 instances', three.sets));
console.log(line('demo member progress, 1 instance', one.progress));
console.log(line('demo member progress, 3 instances', three.progress));
const ratio = (a: autocannon.Result, b: autocannon.Result) =>
  (a.requests.average / Math.max(1, b.requests.average)).toFixed(2);
console.log(
  `3 instances against 1: sets ${ratio(three.sets, one.sets)}×, progress ${ratio(three.progress, one.progress)}×`,
);
const failures = [one, three]
  .flatMap((each) => [each.sets, each.progress])
  .reduce((sum, each) => sum + each.non2xx + each.errors, 0);
if (failures > 0) process.exitCode = 1;
