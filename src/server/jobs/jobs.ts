import type { FastifyBaseLogger } from 'fastify';
import { fromPglite, PgBoss } from 'pg-boss';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import type { Billing } from '../billing/billing.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { subscriptionKey } from '../publication/subscription-tokens.ts';
import type { PushSender } from '../push/push-sender.ts';
import type { NotificationSchedule } from '../services/notification-schedule.ts';
import type { NotificationDelivery } from '../services/notify.ts';
import { createNotificationDelivery, startNotificationDeliveryJobs } from './deliver-notification.ts';
import {
  EMAIL_WAITING_MESSAGES,
  EMAIL_WAITING_MESSAGES_CRON,
  emailMembersAwayFromMessages,
} from './email-waiting-messages.ts';
import { type NotificationJobOptions, startMemberReminderJobs } from './member-reminders.ts';
import {
  type BillingEventQueue,
  createBillingEventQueue,
  startBillingEventJobs,
} from './process-billing-events.ts';
import {
  type AlertRaising,
  createAlertRaising,
  membersWithSharingCoach,
  RAISE_ALERTS,
  raiseAlertsDataSchema,
  raiseAlertsFor,
  SWEEP_ALERTS,
  SWEEP_CRON,
} from './raise-alerts.ts';
import { startReleaseJobs } from './release-publication.ts';
import {
  createOutgoingMail,
  DEFAULT_ATTEMPT_SECONDS,
  DEFAULT_MAIL_RETRY,
  giveUpOnMail,
  type MailRetry,
  SEND_MAIL,
  SEND_MAIL_GIVEN_UP,
  sendMail,
  sendMailDataSchema,
} from './send-mail.ts';

export interface JobsOptions {
  database: DatabaseHandle;
  mailer: Mailer;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  mailRetry?: MailRetry;
  timing?: JobTiming;
  /** The app's clock (tests move it): what "today" is when alerts are raised. Defaults to the system's. */
  clock?: () => Date;
  /** Where the app is reached, for links in the emails jobs send. */
  publicUrl: string;
  /** The app's auth secret: signs the unsubscribe links in release emails (none are sent without it). */
  authSecret?: string;
  /** Membership and Stripe: stored webhooks are processed with it (none without Stripe keys). */
  billing?: Billing;
  /**
   * Member notifications: each member's reminders (their Wake), the coach's critical alerts and the
   * release's pushes, decided with the clinic's time zone and questionnaire. They go out by Web Push
   * through `push` (no push without it) and by email, unless `delivery` replaces both (`IN_APP_ONLY` in
   * member-reminders.ts keeps them to the in-app list). Without this no reminder runs, no critical alert
   * is notified and releases are not pushed.
   */
  notifications?: {
    push: PushSender | undefined;
    clinicTimeZone: string;
    disability: DisabilityInstrument;
    delivery?: NotificationDelivery;
  };
}

/** Production keeps the defaults; tests make them short. */
export interface JobTiming {
  /**
   * Seconds between looks for work that is due (a retry, a job sent for later). New jobs wake the
   * worker at once; this only bounds how late delayed work starts. Default 5.
   */
  pollingIntervalSeconds?: number;
  /** Seconds between checks for tries that took too long (their process died). Default 60. */
  superviseIntervalSeconds?: number;
}

export interface Jobs {
  outgoingMail: OutgoingMail;
  /** Raises a member's alerts for their coach soon after their data changes. */
  alerts: AlertRaising;
  /** Processes a stored Stripe webhook event in the background. */
  billingEvents: BillingEventQueue;
  /** Hands a stored notification to push and email: what `notifyMember` is given. */
  notificationDelivery: NotificationDelivery;
  /** Keeps each member's Wake in step with what changed; absent without `notifications`. */
  notificationSchedule?: NotificationSchedule;
  /** The queue itself, for tests that look at or run jobs directly. */
  boss: PgBoss;
  /** Stops taking work, waits for the job in hand (up to 10 s), then lets go of the database. */
  stop(): Promise<void>;
}

/** The job queue's tables live in their own schema, beside ours, in the same database. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Background jobs run in the app's own process on the app's own database (pg-boss): on the embedded
 * database through the one PGlite instance the app uses (a second would not see the same data), on
 * PostgreSQL through a small pool of its own. Jobs are rows, so work queued or scheduled before a stop or
 * a crash is picked up when the next process starts.
 */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const { connection } = options.database;
  const boss = new PgBoss({
    ...(connection.kind === 'pglite'
      ? { backend: 'pglite', db: fromPglite(connection.pglite) }
      : { connectionString: connection.url, max: 3 }),
    schema: JOBS_SCHEMA,
    useListenNotify: true,
    openTelemetry: { enabled: false },
    ...(options.timing?.superviseIntervalSeconds
      ? {
          superviseIntervalSeconds: options.timing.superviseIntervalSeconds,
          monitorIntervalSeconds: options.timing.superviseIntervalSeconds,
        }
      : {}),
  });
  // pg-boss's own errors (a failed poll, maintenance); a job's failure is recorded by the job itself.
  boss.on('error', (error: Error) => options.logger.error({ err: error }, 'background jobs: error'));
  await boss.start();
  const { attemptSeconds = DEFAULT_ATTEMPT_SECONDS, ...retry } = options.mailRetry ?? DEFAULT_MAIL_RETRY;
  await boss.createQueue(SEND_MAIL_GIVEN_UP, { notify: true });
  const queueOptions = {
    ...retry,
    expireInSeconds: attemptSeconds,
    notify: true,
    deadLetter: SEND_MAIL_GIVEN_UP,
  };
  await boss.createQueue(SEND_MAIL, queueOptions);
  await boss.updateQueue(SEND_MAIL, queueOptions);

  const pollingIntervalSeconds = options.timing?.pollingIntervalSeconds ?? 5;
  await boss.work(
    SEND_MAIL,
    {
      includeMetadata: true,
      pollingIntervalSeconds,
      notifyPollingIntervalSeconds: pollingIntervalSeconds,
    },
    async ([job]) => {
      if (!job) return;
      const { mailId } = sendMailDataSchema.parse(job.data);
      await sendMail({ db: options.database.db, mailer: options.mailer, logger: options.logger }, mailId, {
        isLast: job.retryCount >= job.retryLimit,
        attemptSeconds,
      });
    },
  );

  await boss.work(
    SEND_MAIL_GIVEN_UP,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const { mailId } = sendMailDataSchema.parse(job.data);
      await giveUpOnMail({ db: options.database.db, logger: options.logger }, mailId);
    },
  );

  const delivery = options.notifications?.delivery ?? createNotificationDelivery(boss);
  const notificationRules = options.notifications && {
    delivery,
    clinicTimeZone: options.notifications.clinicTimeZone,
    disability: options.notifications.disability,
  };
  await startNotificationDeliveryJobs(
    boss,
    {
      db: options.database.db,
      push: options.notifications?.push,
      mail: createOutgoingMail(boss, options.database.db),
      publicUrl: options.publicUrl,
      logger: options.logger,
      clock: options.clock,
    },
    pollingIntervalSeconds,
  );
  await startAlertJobs(boss, options, pollingIntervalSeconds, notificationRules);
  await startWaitingMessageEmails(boss, options, pollingIntervalSeconds);
  await startReleaseJobs(
    boss,
    {
      db: options.database.db,
      logger: options.logger,
      clock: options.clock,
      emails: options.authSecret
        ? {
            mail: createOutgoingMail(boss, options.database.db),
            publicUrl: options.publicUrl,
            linkKey: subscriptionKey(options.authSecret),
            isMembershipOn: options.billing?.isMembershipOn ?? true,
          }
        : undefined,
      pushes:
        notificationRules && options.notifications?.push
          ? { ...notificationRules, push: options.notifications.push }
          : undefined,
    },
    pollingIntervalSeconds,
  );

  await startBillingEventJobs(
    boss,
    {
      db: options.database.db,
      billing: options.billing ?? { isMembershipOn: true, stripe: null, webhookSecret: null },
      clock: options.clock,
    },
    pollingIntervalSeconds,
  );

  const notificationSchedule = notificationRules
    ? await startMemberReminderJobs(
        { ...notificationRules, db: options.database.db, boss },
        { clock: options.clock ?? (() => new Date()), logger: options.logger, pollingIntervalSeconds },
      )
    : undefined;

  let stopping: Promise<void> | undefined;
  return {
    outgoingMail: createOutgoingMail(boss, options.database.db),
    alerts: createAlertRaising(boss),
    billingEvents: createBillingEventQueue(boss),
    notificationDelivery: delivery,
    ...(notificationSchedule ? { notificationSchedule } : {}),
    boss,
    stop() {
      stopping ??= boss.stop({ graceful: true, timeout: 10_000 });
      return stopping;
    },
  };
}

/**
 * Alerts: one raise job per member queued and one running at a time ("stately" per member), so a burst
 * of writes makes one job that reads them all, and a write during a run queues the next. The daily sweep
 * is a pg-boss schedule (one instance claims each run) that queues a raise for every member with a coach.
 * Raising is idempotent, so a retried or repeated job adds nothing.
 */
async function startAlertJobs(
  boss: PgBoss,
  options: JobsOptions,
  pollingIntervalSeconds: number,
  notifications: NotificationJobOptions | undefined,
) {
  const { db } = options.database;
  const retry = { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300, notify: true };
  await boss.createQueue(RAISE_ALERTS, { ...retry, policy: 'stately' });
  await boss.createQueue(SWEEP_ALERTS, retry);
  const workOptions = { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds };
  await boss.work(RAISE_ALERTS, workOptions, async ([job]) => {
    if (!job) return;
    const { memberId } = raiseAlertsDataSchema.parse(job.data);
    await raiseAlertsFor(db, memberId, options.clock?.() ?? new Date(), notifications);
  });
  await boss.work(SWEEP_ALERTS, workOptions, async ([job]) => {
    if (!job) return;
    const raising = createAlertRaising(boss);
    for (const memberId of await membersWithSharingCoach(db)) await raising.soon(memberId);
    options.logger.info({ queue: SWEEP_ALERTS }, 'daily alert sweep queued');
  });
  await boss.schedule(SWEEP_ALERTS, SWEEP_CRON, null, { tz: 'UTC' });
}

/** Hourly: a member who stayed away a day after their coach wrote hears of it by email (once). */
async function startWaitingMessageEmails(boss: PgBoss, options: JobsOptions, pollingIntervalSeconds: number) {
  const { db } = options.database;
  await boss.createQueue(EMAIL_WAITING_MESSAGES, {
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 600,
    notify: true,
  });
  await boss.work(
    EMAIL_WAITING_MESSAGES,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const mail = createOutgoingMail(boss, db);
      const sent = await emailMembersAwayFromMessages(
        { db, mail, publicUrl: options.publicUrl },
        options.clock?.() ?? new Date(),
      );
      if (sent > 0) options.logger.info({ queue: EMAIL_WAITING_MESSAGES, sent }, 'emailed members away');
    },
  );
  await boss.schedule(EMAIL_WAITING_MESSAGES, EMAIL_WAITING_MESSAGES_CRON, null, { tz: 'UTC' });
}
