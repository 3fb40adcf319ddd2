/**
 * A stored notification's channels: Web Push to each of its recipient's browsers, and email when they
 * asked for it. The job is queued in the transaction that stored the notification (services/notify.ts),
 * so it exists exactly when the notification does. Run twice, or after a crash, it pushes and emails
 * once: each push is claimed in `push_deliveries` before it is sent, the email in `notification_emails`
 * with its queueing. A push service that fails makes the job fail, and the queue tries again later; a
 * subscription the push service says is gone is deleted.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { notificationKindSchema, type PushPayload } from '../../contract/notifications.ts';
import { inTransaction } from '../db/executor.ts';
import { findNotification, findNotificationSettings } from '../db/repositories/notifications.ts';
import {
  claimNotificationPush,
  findNotificationEmail,
  markNotificationPushSent,
  recordNotificationEmail,
  releaseNotificationPush,
} from '../db/repositories/push-deliveries.ts';
import {
  deletePushSubscription,
  listPushSubscriptionsOf,
  markPushSent,
} from '../db/repositories/push-subscriptions.ts';
import type { Database } from '../db/schema.ts';
import { notificationMessage } from '../mail/notification-messages.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import type { PushSender } from '../push/push-sender.ts';
import type { NotificationDelivery } from '../services/notify.ts';

export const DELIVER_NOTIFICATION = 'deliver-notification';
/** Names each job after its notification, so queueing one twice makes one job. */
const JOB_NAMESPACE = '0f4f5d0e-7a43-4c55-9d0c-3f3f1a6b2e61';

export const deliverNotificationDataSchema = z.object({ notificationId: z.string().min(1) }).strict();

/** How long a claimed push may wait for the push service before another run may take it again. */
const CLAIM_SECONDS = 120;

export function createNotificationDelivery(boss: PgBoss): NotificationDelivery {
  return {
    async enqueue(trx, notificationId) {
      await boss.send(
        DELIVER_NOTIFICATION,
        { notificationId } satisfies z.infer<typeof deliverNotificationDataSchema>,
        { id: uuidv5(notificationId, JOB_NAMESPACE), db: fromKysely(trx as Kysely<Database>) },
      );
    },
  };
}

export interface DeliveryDeps {
  db: Kysely<Database>;
  /** Without one (a server with push switched off in a test) only email is sent. */
  push: PushSender | undefined;
  mail: OutgoingMail;
  /** Where the app is reached, for the email's links. */
  publicUrl: string;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  clock?: () => Date;
}

export interface DeliveryOutcome {
  pushed: number;
  gone: number;
  failed: number;
  isEmailed: boolean;
}

/**
 * One run for one notification. A coach's message has its own email (services/messages.ts: once, after
 * the member has stayed away a day), so it is not emailed here. Throws when a push failed, after the
 * others were sent, so the queue's retry pushes only what is still owed.
 */
export async function deliverNotification(
  deps: DeliveryDeps,
  notificationId: string,
): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { pushed: 0, gone: 0, failed: 0, isEmailed: false };
  const notification = await findNotification(deps.db, notificationId);
  // Its member erased their account: nothing of theirs is sent.
  if (!notification) return outcome;
  const kind = notificationKindSchema.safeParse(notification.kind);
  if (!kind.success) return outcome;
  const now = () => deps.clock?.() ?? new Date();

  if (kind.data !== 'coach-message') outcome.isEmailed = await emailOnce(deps, notification, now());

  if (deps.push) {
    const payload: PushPayload = {
      id: notification.id,
      kind: kind.data,
      title: notification.title,
      body: notification.body,
      path: notification.path,
      tag: kind.data,
    };
    for (const subscription of await listPushSubscriptionsOf(deps.db, notification.user_id)) {
      const delivery = { notificationId, subscriptionId: subscription.id };
      const claimedAt = now();
      const staleBefore = new Date(claimedAt.getTime() - CLAIM_SECONDS * 1000);
      if (!(await claimNotificationPush(deps.db, { ...delivery, now: claimedAt, staleBefore }))) continue;
      const result = await deps.push.send(subscription, payload);
      if (result.outcome === 'sent') {
        await markNotificationPushSent(deps.db, { ...delivery, now: now() });
        await markPushSent(deps.db, subscription.id, now());
        outcome.pushed += 1;
      } else if (result.outcome === 'gone') {
        await deletePushSubscription(deps.db, subscription.id);
        outcome.gone += 1;
      } else {
        await releaseNotificationPush(deps.db, delivery);
        deps.logger.warn(
          { notificationId, subscriptionId: subscription.id, reason: result.reason },
          'push could not be sent: will try again',
        );
        outcome.failed += 1;
      }
    }
  }
  if (outcome.failed > 0)
    throw new Error(`${outcome.failed} push(es) of notification ${notificationId} failed`);
  return outcome;
}

/** Queues the email with its record in one transaction, the notification's row locked so two runs take turns. */
async function emailOnce(
  deps: DeliveryDeps,
  notification: { id: string; user_id: string; title: string; body: string; path: string },
  now: Date,
): Promise<boolean> {
  const settings = await findNotificationSettings(deps.db, notification.user_id);
  if (!settings?.by_email) return false;
  return inTransaction(deps.db, async (trx) => {
    await trx
      .selectFrom('notifications')
      .select('id')
      .where('id', '=', notification.id)
      .forUpdate()
      .execute();
    if (await findNotificationEmail(trx, notification.id)) return false;
    const to = await trx
      .selectFrom('users')
      .select(['email', 'name'])
      .where('id', '=', notification.user_id)
      .executeTakeFirst();
    if (!to) return false;
    const base = deps.publicUrl.replace(/\/$/, '');
    const mailId = await deps.mail.send(
      notificationMessage(to, notification, {
        open: `${base}${notification.path}`,
        settings: `${base}/settings`,
      }),
      { db: trx },
    );
    await recordNotificationEmail(trx, { notificationId: notification.id, mailId, now });
    return true;
  });
}

/** Retries over about a quarter of an hour: a push service in trouble usually is for minutes. */
export const DELIVER_NOTIFICATION_QUEUE = {
  retryLimit: 6,
  retryDelay: 15,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: CLAIM_SECONDS,
  notify: true,
} as const;

export async function startNotificationDeliveryJobs(
  boss: PgBoss,
  deps: DeliveryDeps,
  pollingIntervalSeconds: number,
): Promise<void> {
  await boss.createQueue(DELIVER_NOTIFICATION, DELIVER_NOTIFICATION_QUEUE);
  await boss.work(
    DELIVER_NOTIFICATION,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const { notificationId } = deliverNotificationDataSchema.parse(job.data);
      await deliverNotification(deps, notificationId);
    },
  );
}
