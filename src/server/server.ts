import type { Agent } from 'node:https';
import type { FastifyInstance } from 'fastify';
import { resolveAuthSecret } from './auth/secret.ts';
import { createBilling } from './billing/billing.ts';
import { type Config, requireSharedSecrets } from './config.ts';
import { type DatabaseHandle, databaseTargetFrom, openDatabase } from './db/database.ts';
import { assertServerStopped, markServerRunning } from './db/embedded-backup.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import type { AttemptLimits } from './http/attempt-limits.ts';
import { type DemoDataRun, startDemoData } from './jobs/demo-data.ts';
import { type Jobs, type JobTiming, startJobs } from './jobs/jobs.ts';
import type { MailRetry } from './jobs/send-mail.ts';
import { createLogger } from './log.ts';
import { createMailer, outboxDirectory } from './mail/mailer.ts';
import { storeShowArtwork } from './publication/show-artwork.ts';
import { createPushSender } from './push/push-sender.ts';
import { resolveVapidKeys } from './push/vapid-keys.ts';
import { seedDemoAccounts } from './services/demo-accounts.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  jobs: Jobs;
  url: string;
  /** Settles once the demo data owed by a first boot is complete (at once when none is owed). */
  demoData: Promise<void>;
  /** Stops accepting, lets in-flight requests finish and the job in hand end, then closes the database. */
  stop(): Promise<void>;
}

/** Boot: database, migrations, one-time seed, the app, listening. Used by `npm start` and the browser tests. */
export interface StartOptions {
  webRoot?: string;
  /** Benchmarks create many accounts from one address; production keeps the defaults. */
  accountActionLimits?: AttemptLimits;
  signInLimits?: AttemptLimits;
  /** The app's clock; browser tests move it to play out several days. */
  clock?: () => Date;
  /** Tests try failed mail again sooner, and look for due work more often. */
  mailRetry?: MailRetry;
  jobTiming?: JobTiming;
  /** A test's local push service: its origin is taken as a push service, its certificate trusted. */
  localPushService?: { origin: string; agent: Agent };
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  requireSharedSecrets(config);
  const logger = createLogger(config.logLevel);
  const target = databaseTargetFrom(config);
  const isEmbedded = target.kind === 'pglite';
  if (isEmbedded) await assertServerStopped(config.dataDir);
  const database = await openDatabase(target);
  let jobs: Jobs | undefined;
  try {
    await migrateToLatest(database.db);
    await storeShowArtwork(database.db);
    const authSecret = await resolveAuthSecret(config.authSecret, config.dataDir);
    const mailer = createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      outboxDir: outboxDirectory(config.dataDir),
      logger,
    });
    const billing = createBilling(config);
    const vapidKeys = await resolveVapidKeys(config.push.vapidKeys, config.dataDir);
    const push = createPushSender({
      vapidKeys,
      subject: config.push.subject,
      agent: options.localPushService?.agent,
    });
    jobs = await startJobs({
      billing,
      database,
      mailer,
      logger,
      mailRetry: options.mailRetry,
      timing: options.jobTiming,
      clock: options.clock,
      publicUrl: config.publicUrl,
      authSecret,
      notifications: {
        push,
        clinicTimeZone: config.clinicTimeZone,
        disability: config.disabilityInstrument,
      },
    });
    const { app, context } = await buildApp({
      config,
      db: database.db,
      mail: jobs.outgoingMail,
      alerts: jobs.alerts,
      billingEvents: jobs.billingEvents,
      billing,
      authSecret,
      webRoot: options.webRoot,
      logger,
      accountActionLimits: options.accountActionLimits,
      signInLimits: options.signInLimits,
      clock: options.clock,
      push: {
        publicKey: push.publicKey,
        services: {
          hosts: config.push.serviceHosts,
          origins: options.localPushService ? [options.localPushService.origin] : [],
        },
      },
      notificationSchedule: jobs.notificationSchedule,
    });
    const history = {
      disability: config.disabilityInstrument,
      now: context.clock(),
      onGenerated: (summary: object, elapsedMs: number) =>
        app.log.info({ ...summary, elapsedMs: Math.round(elapsedMs) }, 'demo member history generated'),
      onCaseloadGenerated: (elapsedMs: number) =>
        app.log.info({ elapsedMs: Math.round(elapsedMs) }, 'demo caseload generated'),
    };
    const publication = {
      now: context.clock(),
      schedule: config.releaseSchedule,
      onSeeded: (elapsedMs: number) =>
        app.log.info({ elapsedMs: Math.round(elapsedMs) }, 'demo publication created'),
    };
    if (
      config.seedDemoAccounts &&
      (await seedDemoAccounts(database.db, context.auth, { history, publication }))
    ) {
      app.log.info('demo accounts created (see README)');
    }
    const clearMarker = isEmbedded ? await markServerRunning(config.dataDir) : async () => {};
    if (!config.smtpUrl) {
      app.log.info(
        { outbox: outboxDirectory(config.dataDir) },
        'no SMTP_URL: each email (sign-up and password links too) is written to a file in the outbox',
      );
    }
    const url = await app.listen({ port: config.port, host: config.host });
    app.log.info({ database: database.kind, publicUrl: config.publicUrl }, 'Backstrong is ready');
    // The demo histories a first boot owes are made now, behind the ready server (see demo-data.ts).
    const demoData: DemoDataRun | undefined = config.seedDemoAccounts
      ? startDemoData(
          { db: database.db, auth: context.auth, kind: database.kind },
          { history, onError: (error) => app.log.error({ err: error }, 'demo data could not be made') },
        )
      : undefined;
    const demoDataDone = (demoData?.done ?? Promise.resolve(false)).then(async (made) => {
      if (!demoData) return;
      app.log.info('demo data complete');
      // The demo members this run made get their reminders now, not at the next daily sweep.
      if (made) await jobs?.notificationSchedule?.everyoneChanged();
    });
    let stopping: Promise<void> | undefined;
    const runningJobs = jobs;
    return {
      app,
      database,
      jobs: runningJobs,
      url,
      demoData: demoDataDone,
      stop() {
        stopping ??= (async () => {
          await demoData?.stop();
          // A proxy's kept-alive connection whose request was under way when closing began goes idle
          // afterwards, and Node reaps idle connections only as close starts: the close would wait for
          // the proxy to drop it (a minute). So reap them as they go idle.
          const reaper = setInterval(() => app.server.closeIdleConnections(), 100);
          try {
            await app.close();
          } finally {
            clearInterval(reaper);
          }
          await runningJobs.stop();
          mailer.close();
          await database.close();
          await clearMarker();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await jobs?.stop();
    await database.close();
    throw error;
  }
}
