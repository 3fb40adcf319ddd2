import { mkdtemp, rm } from 'node:fs/promises';
import type { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createBilling } from '../billing/billing.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { buildApp } from '../http/app.ts';
import type { AttemptLimits } from '../http/attempt-limits.ts';
import { type Jobs, startJobs } from '../jobs/jobs.ts';
import type { MailRetry } from '../jobs/send-mail.ts';
import { createLogger } from '../log.ts';
import { createMailer, type Mailer, outboxDirectory } from '../mail/mailer.ts';
import { createPushSender } from '../push/push-sender.ts';
import { resolveVapidKeys } from '../push/vapid-keys.ts';
import type { NotificationDelivery } from '../services/notify.ts';
import type { SubscriptionLimits } from '../services/subscription-limits.ts';
import { newestMailTo, type OutboxMail, outboxMails, waitForMailDelivered } from './outbox.ts';

export const TEST_PUBLIC_URL = 'http://localhost:3000';
/** The test server's auth secret: the app and the jobs are given the same one, as the server does. */
export const TEST_AUTH_SECRET = 'test-secret-that-is-long-enough-0123456789';

export interface TestServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  jobs: Jobs;
  dataDir: string;
  /** Waits until every email due has been delivered (or given up on) by the send-mail job. */
  mailDelivered(): Promise<void>;
  /** The newest message in the outbox once the mail due is out, parsed enough to follow its link. */
  lastMail(): Promise<OutboxMail>;
  /**
   * A second app instance on the same database, as another server behind a proxy would be: its own
   * process-local state, sharing only what the database holds. Closed by the caller.
   */
  anotherInstance(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/** The real app on a fresh database, with mail going to a temporary outbox. */
/** Generous limits so tests that create many accounts are not throttled; limit tests pass their own. */
const RELAXED_LIMITS: AttemptLimits = {
  perAccountAndAddress: 1000,
  perAccount: 1000,
  perAddress: 10_000,
  windowSeconds: 60,
};

const RELAXED_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  perClientAddress: 10_000,
  perEmail: 1000,
  windowSeconds: 60,
};

export async function startTestServer(
  options: {
    signInLimits?: AttemptLimits;
    accountActionLimits?: AttemptLimits;
    /** The Sunday-email sign-up's limits; generous unless a test of them passes its own. */
    subscriptionLimits?: SubscriptionLimits;
    clock?: () => Date;
    /** More configuration, as the environment would give it (e.g. DISABILITY_INSTRUMENT; PUBLIC_URL '' unsets it). */
    env?: Record<string, string>;
    /** A folder to serve as the built web app (index.html and assets); the API alone without it. */
    webRoot?: string;
    /** The app's and the mailer's logger; silent without it. */
    logger?: FastifyBaseLogger;
    /** Where the app says it is served; plain-HTTP localhost unless a test needs another. */
    publicUrl?: string;
    /** Delivers mail instead of the outbox (a test's SMTP listener). */
    mailer?: Mailer;
    /** How failed mail is tried again; by default quickly, twice. */
    mailRetry?: MailRetry;
    /** How often tries that took too long are looked for; pg-boss's default (a minute) without it. */
    superviseIntervalSeconds?: number;
    /** A local push service (fake-push-service.ts) taken as a push service and trusted by its certificate. */
    pushService?: { origin: string; agent: Agent };
    /** Hands stored notifications to their channels instead of push and email (IN_APP_ONLY: the list alone). */
    notificationDelivery?: NotificationDelivery;
  } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-test-'));
  const config = loadConfig({
    PUBLIC_URL: options.publicUrl ?? TEST_PUBLIC_URL,
    // Most tests train members for months: tiers apply where a test of them asks (MEMBERSHIP: 'on').
    MEMBERSHIP: 'off',
    ...options.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const database = await createTestDatabase();
  const mailer =
    options.mailer ??
    createMailer({
      smtpUrl: undefined,
      from: config.mailFrom,
      outboxDir: outboxDirectory(dataDir),
      logger: options.logger ?? { info() {} },
    });
  const billing = createBilling(config);
  const push = createPushSender({
    vapidKeys: await resolveVapidKeys(config.push.vapidKeys, dataDir),
    subject: config.push.subject,
    agent: options.pushService?.agent,
  });
  const pushRoutes = {
    publicKey: push.publicKey,
    services: {
      hosts: config.push.serviceHosts,
      origins: options.pushService ? [options.pushService.origin] : [],
    },
  };
  const jobs = await startJobs({
    billing,
    database,
    mailer,
    logger: options.logger ?? createLogger('silent'),
    mailRetry: options.mailRetry ?? QUICK_MAIL_RETRY,
    timing: { pollingIntervalSeconds: 0.5, superviseIntervalSeconds: options.superviseIntervalSeconds },
    clock: options.clock,
    publicUrl: config.publicUrl,
    authSecret: TEST_AUTH_SECRET,
    notifications: {
      push,
      delivery: options.notificationDelivery,
      clinicTimeZone: config.clinicTimeZone,
      disability: config.disabilityInstrument,
    },
  });
  const { app } = await buildApp({
    config,
    db: database.db,
    mail: jobs.outgoingMail,
    alerts: jobs.alerts,
    billingEvents: jobs.billingEvents,
    billing,
    authSecret: TEST_AUTH_SECRET,
    logger: options.logger ?? false,
    signInLimits: options.signInLimits ?? RELAXED_LIMITS,
    accountActionLimits: options.accountActionLimits ?? RELAXED_LIMITS,
    subscriptionLimits: options.subscriptionLimits ?? RELAXED_SUBSCRIPTION_LIMITS,
    clock: options.clock,
    webRoot: options.webRoot,
    push: pushRoutes,
    notificationSchedule: jobs.notificationSchedule,
  });
  serverOfApp.set(app, { outbox: outboxDirectory(dataDir), database });
  const anotherInstance = async () => {
    const other = await buildApp({
      config,
      db: database.db,
      mail: jobs.outgoingMail,
      alerts: jobs.alerts,
      billingEvents: jobs.billingEvents,
      billing,
      authSecret: TEST_AUTH_SECRET,
      logger: false,
      signInLimits: options.signInLimits ?? RELAXED_LIMITS,
      accountActionLimits: options.accountActionLimits ?? RELAXED_LIMITS,
      subscriptionLimits: options.subscriptionLimits ?? RELAXED_SUBSCRIPTION_LIMITS,
      clock: options.clock,
      push: pushRoutes,
      notificationSchedule: jobs.notificationSchedule,
    });
    serverOfApp.set(other.app, { outbox: outboxDirectory(dataDir), database });
    return other.app;
  };
  return {
    anotherInstance,
    app,
    database,
    jobs,
    dataDir,
    mailDelivered: () => waitForMailDelivered(database.db),
    async lastMail() {
      await waitForMailDelivered(database.db);
      const newest = (await outboxMails(outboxDirectory(dataDir))).at(-1);
      if (!newest) throw new Error('the outbox is empty');
      return newest;
    },
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
      mailer.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Failed mail is tried again after a second, twice, so tests of failure finish quickly. */
const QUICK_MAIL_RETRY: MailRetry = { retryLimit: 2, retryDelay: 1, retryBackoff: false };

/** Each test server's outbox and database, so `signUp` can follow the link mailed by the app it is given. */
const serverOfApp = new WeakMap<FastifyInstance, { outbox: string; database: DatabaseHandle }>();

/** A cookie jar of one: what a browser would send back after a response. */
export function cookieFrom(response: LightMyRequestResponse): string {
  const setCookie = response.headers['set-cookie'];
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

/**
 * Signs up as a member would: asks for the account, then opens the link mailed to the address, which
 * confirms it and signs in.
 */
export async function signUp(
  app: FastifyInstance,
  person: { email: string; password?: string; name?: string; consent?: boolean },
): Promise<{ cookie: string; userId: string }> {
  const { HEALTH_DATA_CONSENT } = await import('../../core/consent.ts');
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: {
      email: person.email,
      password: person.password ?? 'correct horse battery',
      name: person.name ?? 'Test Member',
      ...(person.consent === false ? {} : { healthConsentVersion: HEALTH_DATA_CONSENT.version }),
    },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const server = serverOfApp.get(app);
  if (!server) throw new Error('signUp needs an app made by startTestServer');
  await waitForMailDelivered(server.database.db);
  const { link } = await newestMailTo(server.outbox, person.email);
  if (!link) throw new Error(`the mail to ${person.email} has no link`);
  const opened = await app.inject({ method: 'GET', url: new URL(link).pathname + new URL(link).search });
  const cookie = cookieFrom(opened);
  if (opened.statusCode !== 303 || !cookie) {
    throw new Error(`confirming ${person.email} failed: ${opened.statusCode} ${opened.headers.location}`);
  }
  const user = await findUserByEmail(server.database.db, person.email);
  if (!user) throw new Error(`no account for ${person.email} after confirming it`);
  return { cookie, userId: user.id };
}
