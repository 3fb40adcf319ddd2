import type { PgBoss } from 'pg-boss';
import { z } from 'zod';
import type { Billing } from '../billing/billing.ts';
import { processBillingEvent } from '../billing/billing-events.ts';
import type { Executor } from '../db/executor.ts';

export const PROCESS_BILLING_EVENT = 'process-billing-event';

const dataSchema = z.object({ eventId: z.string().min(1) });

export interface BillingEventQueue {
  /** Queues a stored webhook event for processing (once per event id while it waits). */
  soon(eventId: string): Promise<void>;
}

export function createBillingEventQueue(boss: PgBoss): BillingEventQueue {
  return {
    async soon(eventId) {
      await boss.send(PROCESS_BILLING_EVENT, { eventId }, { singletonKey: eventId });
    },
  };
}

/**
 * Webhooks are stored when they arrive and processed here, in the background: a failure (Stripe
 * unreachable while we read the subscription again) is tried again with backoff, and a job run twice
 * finds its event processed and does nothing.
 */
export async function startBillingEventJobs(
  boss: PgBoss,
  options: { db: Executor; billing: Billing; clock?: () => Date },
  pollingIntervalSeconds: number,
): Promise<void> {
  const { stripe } = options.billing;
  await boss.createQueue(PROCESS_BILLING_EVENT, {
    retryLimit: 8,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 120,
    notify: true,
  });
  // Without Stripe keys no webhook is taken, so there is nothing to process.
  if (!stripe) return;
  await boss.work(
    PROCESS_BILLING_EVENT,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const { eventId } = dataSchema.parse(job.data);
      await processBillingEvent(options.db, stripe, eventId, options.clock?.() ?? new Date());
    },
  );
}
