import type { Json, Optional, Timestamp } from './column-types.ts';

/** Notifications (migration 0025): members' settings, what was sent, and the browsers that get Web Push. */

export interface NotificationSettingsTable {
  user_id: string;
  /** IANA time-zone name. */
  time_zone: string;
  /** HH:MM local. */
  reminder_time: string;
  quiet_start: string;
  quiet_end: string;
  weekly_cap: number;
  /** The kinds turned off (a JSON array of `NotificationKind`). */
  off_kinds: Json;
  by_email: boolean;
  updated_at: Timestamp;
}

/** One per member and cause, for good. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  cause: string;
  title: string;
  body: string;
  path: string;
  sent_at: Timestamp;
  read_at: Optional<Date>;
}

/** A browser's Web Push subscription; `user_id` is null for a visitor's (the publication only). */
export interface PushSubscriptionsTable {
  id: string;
  user_id: Optional<string>;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Timestamp;
  last_sent_at: Optional<Date>;
}
