/**
 * The push routes as the contract (src/contract/notifications.ts) describes them, answered inside the
 * browser for the tests of the pages that call them: GET /api/push/key, the member's browsers
 * (/api/me/push-subscriptions) and a visitor's (/api/publication/push-subscriptions). The calls the page
 * made are kept, to check what it sent.
 */
import { createECDH, randomUUID } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import type { PushSubscriptionInfo } from '../src/contract/notifications.ts';

export interface PushCall {
  method: string;
  path: string;
  body: unknown;
}

/** A real VAPID public key (an uncompressed P-256 point), as the server's would be. */
export function vapidPublicKey(): string {
  const curve = createECDH('prime256v1');
  curve.generateKeys();
  return curve.getPublicKey().toString('base64url');
}

export async function answerPushRoutes(
  page: Page,
  browsers: PushSubscriptionInfo[] = [],
): Promise<{ calls: PushCall[]; browsers: PushSubscriptionInfo[] }> {
  const calls: PushCall[] = [];
  const list = [...browsers];
  const publicKey = vapidPublicKey();
  const json = (route: Route, status: number, body: unknown) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  const record = (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const text = request.postData();
    calls.push({ method: request.method(), path: url.pathname, body: text ? JSON.parse(text) : undefined });
    return url.pathname;
  };
  await page.context().route('**/api/push/key', (route) => {
    record(route);
    return json(route, 200, { publicKey });
  });
  await page.context().route('**/api/me/push-subscriptions**', (route) => {
    const path = record(route);
    const method = route.request().method();
    if (method === 'GET') return json(route, 200, { subscriptions: list });
    if (method === 'POST') {
      const added = {
        id: randomUUID(),
        service: 'push.example',
        createdAt: new Date().toISOString(),
        lastSentAt: null,
      };
      list.push(added);
      return json(route, 201, added);
    }
    const id = path.split('/').pop();
    const index = list.findIndex((item) => item.id === id);
    if (index >= 0) list.splice(index, 1);
    return json(route, 200, { ok: true });
  });
  await page.context().route('**/api/publication/push-subscriptions**', (route) => {
    record(route);
    return json(route, 200, { ok: true });
  });
  return { calls, browsers: list };
}
