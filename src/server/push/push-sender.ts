import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { PushPayload } from '../../contract/notifications.ts';
import type { NotificationKind } from '../../core/notifications/index.ts';
import type { VapidKeys } from '../config.ts';

/** Where a push goes: what the browser's push subscription gave. */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * What became of one push: the push service took it (`sent`); the subscription has ended, because the
 * member turned notifications off or the browser dropped it (`gone`: the caller deletes it, pushing to it
 * again is pointless); or not now (`failed`: try again later).
 */
export type PushResult = { outcome: 'sent' } | { outcome: 'gone' } | { outcome: 'failed'; reason: string };

export interface PushSender {
  /** The server's VAPID public key, for the browser's `pushManager.subscribe`. */
  publicKey: string;
  send(target: PushTarget, payload: PushPayload): Promise<PushResult>;
}

export interface PushSenderOptions {
  vapidKeys: VapidKeys;
  /** How a push service reaches whoever runs this server: mailto: or https:. */
  subject: string;
  /** The connection to use (a test's local push service, trusted by its own certificate). */
  agent?: Agent;
  /** How long a push service may keep the connection silent before the push counts as failed. */
  timeoutMs?: number;
}

const HOUR = 60 * 60;

/**
 * How long a push service keeps a push for a phone that is off. A reminder of today's workout means
 * nothing tomorrow; a safety message or a coach's critical alert still matters a day later.
 */
function timeToLiveSeconds(kind: NotificationKind): number {
  switch (kind) {
    case 'workout-reminder':
    case 'morning-check-in':
      return 6 * HOUR;
    case 'publication':
      return 3 * 24 * HOUR;
    default:
      return 24 * HOUR;
  }
}

/** Safety messages and critical alerts wake a phone at once; the rest may wait for it to be awake. */
function urgencyOf(kind: NotificationKind): 'high' | 'normal' {
  return kind === 'safety' || kind === 'critical-alert' ? 'high' : 'normal';
}

/** Sends Web Push messages (RFC 8030, encrypted per RFC 8291, signed per RFC 8292) with the `web-push` library. */
export function createPushSender(options: PushSenderOptions): PushSender {
  return {
    publicKey: options.vapidKeys.publicKey,
    async send(target, payload) {
      try {
        await webpush.sendNotification(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          JSON.stringify(payload),
          {
            vapidDetails: { subject: options.subject, ...options.vapidKeys },
            TTL: timeToLiveSeconds(payload.kind),
            urgency: urgencyOf(payload.kind),
            // No Topic header: a waiting push replaced by a newer one could be a coach's alert lost.
            contentEncoding: 'aes128gcm',
            timeout: options.timeoutMs ?? 10_000,
            ...(options.agent ? { agent: options.agent } : {}),
          },
        );
        return { outcome: 'sent' };
      } catch (error) {
        if (error instanceof webpush.WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
          return { outcome: 'gone' };
        }
        return { outcome: 'failed', reason: failureReason(error) };
      }
    },
  };
}

/** The push service's status and words, or the connection's error; never the payload. */
function failureReason(error: unknown): string {
  if (error instanceof webpush.WebPushError) {
    return `push service answered ${error.statusCode}${error.body ? `: ${String(error.body).slice(0, 200)}` : ''}`;
  }
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return [typeof code === 'string' ? code : '', typeof message === 'string' ? message : String(error)]
    .filter(Boolean)
    .join(': ')
    .slice(0, 300);
}
