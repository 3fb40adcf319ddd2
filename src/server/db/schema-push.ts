import type { Optional, Timestamp } from './column-types.ts';

/** Web Push and email deliveries of notifications, and the publication's release pushes (migration 0030). */

/** One notification pushed to one subscription: claimed, then sent. */
export interface PushDeliveriesTable {
  notification_id: string;
  subscription_id: string;
  claimed_at: Timestamp;
  sent_at: Optional<Date>;
}

/** A notification's email, queued once. */
export interface NotificationEmailsTable {
  notification_id: string;
  mail_id: string;
  queued_at: Timestamp;
}

/** One release pushed to one visitor's subscription: claimed, then sent. */
export interface ReleasePushDeliveriesTable {
  slot: Timestamp;
  subscription_id: string;
  claimed_at: Timestamp;
  sent_at: Optional<Date>;
}

/** A release whose pushes are all done. */
export interface ReleasePushesTable {
  slot: Timestamp;
  pushed_at: Timestamp;
}
