/**
 * Three app instances on one PostgreSQL database behind nginx (deploy/nginx.conf), each the real server
 * in its own process. Only on PostgreSQL: the embedded database is one process's, so there is no cluster
 * to make of it (`npm test` runs this file in its PostgreSQL pass, with DATABASE_URL).
 */
import http2 from 'node:http2';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { DEFAULT_SIGN_IN_LIMITS } from './http/attempt-limits.ts';
import { RELEASE_PUBLICATION } from './jobs/release-publication.ts';
import { outboxDirectory } from './mail/mailer.ts';
import { type Cluster, startCluster } from './testing/cluster.ts';
import { memberWithWorkoutUnderWay, type TrainingMember } from './testing/http-member.ts';
import { freshServerDatabase, type ServerDatabase } from './testing/server-child.ts';
import { expectNothingLostOrDoubled, setsUnderLoad } from './testing/set-load.ts';

const databaseUrl = process.env.DATABASE_URL;
const PASSWORD = 'a long enough password';

describe.runIf(databaseUrl)('three instances behind nginx on one PostgreSQL', () => {
  let cluster: Cluster;
  let database: ServerDatabase;
  let handle: DatabaseHandle;
  const startedAt = new Date();

  beforeAll(async () => {
    database = await freshServerDatabase('cluster');
    if (!database.url) throw new Error('the cluster needs DATABASE_URL');
    cluster = await startCluster({
      size: 3,
      databaseUrl: database.url,
      env: { TEST_SIGN_IN_LIMITS: 'default' },
    });
    handle = await openDatabase({ kind: 'postgres', url: database.url, poolSize: 2 });
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    await cluster?.close();
    await database?.drop();
  });

  const direct = (index: number, url: string, cookie: string) =>
    fetch(`${cluster.instances[index]?.base}${url}`, { headers: { cookie } });

  async function members(count: number, prefix: string): Promise<TrainingMember[]> {
    const made: TrainingMember[] = [];
    for (let index = 0; index < count; index++) {
      const instance = cluster.instances[index % cluster.instances.length];
      if (!instance) throw new Error('no instance');
      made.push(
        await memberWithWorkoutUnderWay(
          instance.base,
          outboxDirectory(cluster.dataDir),
          `${prefix}${index}@example.org`,
        ),
      );
    }
    return made;
  }

  it('speaks HTTP/2 over TLS at the proxy', async () => {
    const session = http2.connect(cluster.base, { ca: cluster.ca });
    const status = await new Promise<number>((resolve, reject) => {
      const stream = session.request({ ':path': '/readyz' });
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.end();
    });
    session.close();
    expect(status).toBe(200);
  });

  it('a login session made through the proxy works on every instance and ends on all at sign-out', async () => {
    const [member] = await members(1, 'session');
    if (!member) throw new Error('no member');
    const email = 'session0@example.org';
    const signIn = await cluster.request('POST', '/api/auth/sign-in/email', {
      body: { email, password: PASSWORD },
    });
    expect(signIn.status, signIn.body).toBe(200);
    const cookie = [signIn.headers['set-cookie']]
      .flat()
      .filter(Boolean)
      .map((each) => String(each).split(';')[0])
      .join('; ');
    for (const index of [0, 1, 2])
      expect((await direct(index, '/api/me', cookie)).status, `instance ${index}`).toBe(200);

    const out = await cluster.request('POST', '/api/auth/sign-out', { body: {}, cookie });
    expect(out.status).toBe(200);
    for (const index of [0, 1, 2])
      expect((await direct(index, '/api/me', cookie)).status, `instance ${index}`).toBe(401);
  });

  it('counts sign-in guesses once across the instances', async () => {
    await members(1, 'guessed');
    const email = 'guessed0@example.org';
    const statuses: number[] = [];
    for (let guess = 0; guess <= DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress; guess++) {
      const instance = cluster.instances[guess % 3];
      const answer = await fetch(`${instance?.base}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: `wrong ${guess}` }),
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array(DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress).fill(401), 429]);
  });

  it('gives the app the client’s own address: a forwarded address the client writes is replaced', async () => {
    await members(1, 'spoofed');
    const statuses: number[] = [];
    for (let guess = 0; guess <= DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress; guess++) {
      const answer = await cluster.request('POST', '/api/auth/sign-in/email', {
        body: { email: 'spoofed0@example.org', password: `wrong ${guess}` },
        headers: { 'x-forwarded-for': `203.0.113.${guess + 1}` },
      });
      statuses.push(answer.status);
    }
    // Were the client's header believed, each guess would come from a new address and none be stopped.
    expect(statuses).toEqual([...Array(DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress).fill(401), 429]);
  });

  it('loses no acknowledged set and stores none twice when an instance is killed under load', async () => {
    const loggers = await members(12, 'killed');
    const counts = await setsUnderLoad(cluster, handle.db, loggers, 4, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await cluster.kill(1);
    });
    console.log('an instance killed (SIGKILL) under load:', counts);
    expectNothingLostOrDoubled(counts, 100);
    await cluster.start(1);
  }, 120_000);

  it('a rolling restart of all three under load fails no request', async () => {
    const loggers = await members(12, 'rolling');
    const counts = await setsUnderLoad(cluster, handle.db, loggers, 1, async () => {
      for (const index of [0, 1, 2]) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const stopping = Date.now();
        await cluster.stop(index);
        const starting = Date.now();
        await cluster.start(index);
        console.log(
          `instance ${index}: stopped in ${starting - stopping} ms, started in ${Date.now() - starting} ms`,
        );
      }
    });
    console.log('a rolling restart (SIGTERM, start) of the three under load:', counts);
    expect(counts.acknowledged).toBeGreaterThan(100);
    expect(counts.failedAnswers).toBe(0);
    expect(counts.acknowledgedAndStored).toBe(counts.acknowledged);
    expect(counts.duplicated).toBe(0);
  }, 180_000);

  it('runs a scheduled job once a minute across the three, not once per instance', async () => {
    // The release job is scheduled every minute. Each instance's cron pass offers that minute's run, and
    // pg-boss keeps one offer per minute (its send-it queue, one job per occurrence), which becomes the
    // run. (Each instance also sends one run as it starts, to catch up; those are not the schedule's.)
    const minutes = async () => {
      const rows = await sql<{ minute: string; runs: string }>`
        select date_trunc('minute', created_on)::text as minute, count(*)::text as runs
        from pgboss.job
        where name = '__pgboss__send-it' and data->>'name' = ${RELEASE_PUBLICATION}
          and created_on >= ${startedAt}
        group by 1 order by 1`.execute(handle.db);
      return rows.rows;
    };
    const started = Date.now();
    while ((await minutes()).length < 2 && Date.now() - started < 150_000) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const seen = await minutes();
    console.log('scheduled release job runs per minute:', seen);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const minute of seen) expect(Number(minute.runs), minute.minute).toBe(1);
  }, 180_000);
});
