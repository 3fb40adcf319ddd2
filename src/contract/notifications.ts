/**
 * Notifications: a member's settings (time zone, reminder time, quiet hours, the weekly cap, the kinds
 * turned off, email), the in-app list of recent notifications, and Web Push subscriptions (a member's
 * browsers, and visitors' for the free podcast notification).
 */
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../core/notifications/kinds.ts';

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/** A local clock time, HH:MM 24-hour. */
const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time of day such as 18:00' });

/** An IANA time-zone name the server knows (Europe/London, America/New_York). */
export const timeZoneSchema = z.string().refine(
  (name) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'expected a time zone such as Europe/London' },
);

/** The most reminders a member may ask for in a week: one a day. */
export const MAX_WEEKLY_CAP = 7;

export const notificationSettingsSchema = z.object({
  timeZone: timeZoneSchema,
  /** When a training day's workout reminder comes, local time. */
  reminderTime: clockTimeSchema,
  quietHours: z.object({ start: clockTimeSchema, end: clockTimeSchema }),
  /** Reminders at most in any seven days; a coach's messages and safety messages do not count. */
  weeklyCap: z.int().min(1).max(MAX_WEEKLY_CAP),
  /** The kinds turned off; safety and critical alerts cannot be (they are refused here). */
  off: z
    .array(notificationKindSchema)
    .max(NOTIFICATION_KINDS.length)
    .refine((kinds) => !kinds.includes('safety') && !kinds.includes('critical-alert'), {
      error: 'safety messages and critical alerts cannot be turned off',
    }),
  /** Also by email, besides the app's list and push. */
  byEmail: z.boolean(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const notificationSettingsBodySchema = notificationSettingsSchema.strict();

export const notificationSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** The app's screen it opens. */
  path: z.string(),
  sentAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type AppNotification = z.infer<typeof notificationSchema>;

/** The newest notifications, at most `NOTIFICATION_LIST_SIZE`, and how many of all are unread. */
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;
export const NOTIFICATION_LIST_SIZE = 30;

export const notificationIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** The server's VAPID public key (base64url), for `pushManager.subscribe({ applicationServerKey })`. */
export const pushKeySchema = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof pushKeySchema>;

/**
 * How many bytes base64url text stands for, counted without decoding it: four characters are three bytes,
 * and a last group of two or three characters one or two. (Worked out here rather than with Buffer, so the
 * contract stays usable where there is no Node, as in the service worker.)
 */
export function base64urlByteLength(text: string): number {
  const characters = text.replace(/=+$/, '').length;
  const remainder = characters % 4;
  return Math.floor(characters / 4) * 3 + (remainder === 0 ? 0 : remainder - 1);
}

/** Base64url without padding, as `PushSubscription.toJSON()` gives the keys. */
const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: `expected ${what} in base64url` })
    .refine((text) => text.replace(/=+$/, '').length % 4 !== 1 && base64urlByteLength(text) === bytes, {
      error: `expected ${what} of ${bytes} bytes`,
    });

/** What `PushSubscription.toJSON()` gives; the endpoint's host must be a known push service. */
export const pushSubscriptionBodySchema = z
  .object({
    endpoint: z.url({ error: 'expected the push service URL the browser gave' }).max(2000),
    expirationTime: z.number().nullable().optional(),
    keys: z
      .object({
        p256dh: base64url(65, 'an uncompressed P-256 public key'),
        auth: base64url(16, 'an authentication secret'),
      })
      .strict(),
  })
  .strict();
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBodySchema>;

export const pushSubscriptionSchema = z.object({
  id: z.string(),
  /** The push service's host (fcm.googleapis.com), to tell a member's browsers apart. */
  service: z.string(),
  createdAt: z.iso.datetime(),
  lastSentAt: z.iso.datetime().nullable(),
});
export type PushSubscriptionInfo = z.infer<typeof pushSubscriptionSchema>;

export const pushSubscriptionListSchema = z.object({ subscriptions: z.array(pushSubscriptionSchema) });
export type PushSubscriptionList = z.infer<typeof pushSubscriptionListSchema>;

/** A visitor turns the free podcast notification off with the endpoint their browser holds. */
export const visitorPushEndBodySchema = z.object({ endpoint: z.url().max(2000) }).strict();

/**
 * What a push message carries (JSON, encrypted by Web Push), read by the service worker: what to show,
 * which screen to open, and for a member's notification its id (to mark it read when opened). A visitor's
 * publication push has no id and offers to stop (`isVisitor`).
 */
export const pushPayloadSchema = z.object({
  id: z.string().optional(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** A path of this site: the app's screen (/today) or a public page (/episodes/…). */
  path: z.string(),
  /** Notifications of one tag replace each other on the device (one per kind). */
  tag: z.string(),
  isVisitor: z.boolean().optional(),
});
export type PushPayload = z.infer<typeof pushPayloadSchema>;
