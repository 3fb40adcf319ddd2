/**
 * A member's other browsers, made through the real API as a browser's push service would have given
 * them: an endpoint at a known push service and real keys. Creating one sends nothing anywhere.
 */
import { createECDH, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PushSubscriptionBody, PushSubscriptionInfo } from '../src/contract/notifications.ts';

/** What `PushSubscription.toJSON()` gives for a browser of the push service at `host`. */
export function browserSubscription(host = 'fcm.googleapis.com'): PushSubscriptionBody {
  const curve = createECDH('prime256v1');
  curve.generateKeys();
  const path = host === 'fcm.googleapis.com' ? '/fcm/send/' : '/wpush/v2/';
  return {
    endpoint: `https://${host}${path}${randomBytes(24).toString('base64url')}`,
    expirationTime: null,
    keys: { p256dh: curve.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

/** Saves a browser's subscription for the member signed in on `page`, as the app does when push is turned on. */
export async function addMemberBrowser(page: Page, host?: string): Promise<PushSubscriptionInfo> {
  const response = await page.request.post('/api/me/push-subscriptions', { data: browserSubscription(host) });
  expect(response.status(), 'POST /api/me/push-subscriptions').toBe(200);
  return (await response.json()) as PushSubscriptionInfo;
}
