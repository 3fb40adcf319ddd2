import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { buildApp } from '../http/app.ts';
import { type Jobs, startJobs } from '../jobs/jobs.ts';
import { createLogger } from '../log.ts';
import { createMailer } from '../mail/mailer.ts';
import type { SubscriptionLimits } from '../services/subscription-limits.ts';

const SECRET = 'sign-up-limits-test-secret-0123456789abcdef';
const limits: SubscriptionLimits = { perClientAddress: 5, perEmail: 2, windowSeconds: 3600 };
const now = new Date('2026-12-01T10:15:00Z');

/** Two app instances on one database, as two servers behind a load balancer would be. */
let database: DatabaseHandle;
let jobs: Jobs;
let dataDir: string;
let instances: FastifyInstance[];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-sign-up-limits-'));
  database = await createTestDatabase();
  const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  jobs = await startJobs({
    database,
    mailer: createMailer({
      smtpUrl: undefined,
      from: config.mailFrom,
      outboxDir: path.join(dataDir, 'outbox'),
      logger: { info() {} },
    }),
    logger: createLogger('silent'),
    clock: () => now,
    publicUrl: config.publicUrl,
    authSecret: SECRET,
    timing: { pollingIntervalSeconds: 0.5 },
  });
  instances = await Promise.all(
    [1, 2].map(async () => {
      const { app } = await buildApp({
        config,
        db: database.db,
        mail: jobs.outgoingMail,
        alerts: jobs.alerts,
        billingEvents: jobs.billingEvents,
        authSecret: SECRET,
        logger: false,
        subscriptionLimits: limits,
        clock: () => now,
      });
      return app;
    }),
  );
});
afterAll(async () => {
  for (const app of instances ?? []) await app.close();
  await jobs?.stop();
  await database?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const subscribe = (instance: number, email: string, ip: string) =>
  (instances[instance] as FastifyInstance).inject({
    method: 'POST',
    url: '/subscribe',
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `email=${encodeURIComponent(email)}`,
  });

describe('the sign-up limits across two app instances', () => {
  it('count one email on both: the third sign-up in the hour is refused with 429 and Retry-After', async () => {
    expect((await subscribe(0, 'twice@example.org', '192.0.2.10')).statusCode).toBe(200);
    expect((await subscribe(1, 'twice@example.org', '192.0.2.11')).statusCode).toBe(200);
    const refused = await subscribe(0, 'Twice@Example.org', '192.0.2.12');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(45 * 60));
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.body.replace(/\s+/g, ' ')).toContain('Please wait 45 minutes and try again.');
    const mails = await database.db
      .selectFrom('outgoing_mail')
      .select('recipient')
      .where('recipient', '=', 'twice@example.org')
      .execute();
    expect(mails).toHaveLength(2);
  });

  it('count one client address on both, an IPv6 client by its /64', async () => {
    const ips = [
      '2001:db8:1:2::1',
      '2001:db8:1:2::2',
      '2001:db8:1:2:aaaa::3',
      '2001:db8:1:2::4',
      '2001:db8:1:2::5',
    ];
    for (const [index, ip] of ips.entries()) {
      expect((await subscribe(index % 2, `reader${index}@example.org`, ip)).statusCode).toBe(200);
    }
    const refused = await subscribe(1, 'reader-six@example.org', '2001:db8:1:2::6');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(45 * 60));
    expect((await subscribe(0, 'reader-six@example.org', '2001:db8:9:9::1')).statusCode).toBe(200);
  });
});
