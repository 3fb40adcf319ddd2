import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pushKeySchema,
  pushSubscriptionListSchema,
  pushSubscriptionSchema,
} from '../../contract/notifications.ts';
import { type FakePushService, startFakePushService } from '../testing/fake-push-service.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let service: FakePushService;
let server: TestServer;
beforeAll(async () => {
  service = await startFakePushService();
  server = await startTestServer({ pushService: service });
});
afterAll(async () => {
  await server.close();
  await service.close();
});

function subscribe(cookie: string, payload: object) {
  return server.app.inject({
    method: 'POST',
    url: '/api/me/push-subscriptions',
    headers: { cookie },
    payload,
  });
}

async function browsersOf(cookie: string) {
  const response = await server.app.inject({
    method: 'GET',
    url: '/api/me/push-subscriptions',
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return pushSubscriptionListSchema.parse(response.json()).subscriptions;
}

function visitorRow(endpoint: string) {
  return server.database.db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
}

describe('a member’s browsers', () => {
  it('get the server’s public key to subscribe with, without signing in', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/push/key' });
    expect(response.statusCode).toBe(200);
    const { publicKey } = pushKeySchema.parse(response.json());
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
  });

  it('subscribe once per endpoint: the same subscription again is the same one', async () => {
    const member = await signUp(server.app, { email: 'push-same@example.org' });
    const browser = service.subscribe();
    const first = await subscribe(member.cookie, browser);
    expect(first.statusCode, first.body).toBe(200);
    const saved = pushSubscriptionSchema.parse(first.json());
    expect(saved).toMatchObject({ service: '127.0.0.1', lastSentAt: null });
    const again = await subscribe(member.cookie, { ...browser, expirationTime: null });
    expect(again.json()).toEqual(saved);
    expect(await browsersOf(member.cookie)).toEqual([saved]);
  });

  it('move to the account now signed in on that browser', async () => {
    const first = await signUp(server.app, { email: 'push-first@example.org' });
    const second = await signUp(server.app, { email: 'push-second@example.org' });
    const browser = service.subscribe();
    const held = pushSubscriptionSchema.parse((await subscribe(first.cookie, browser)).json());
    const moved = pushSubscriptionSchema.parse((await subscribe(second.cookie, browser)).json());
    expect(moved.id).toBe(held.id);
    expect(await browsersOf(first.cookie)).toEqual([]);
    expect((await browsersOf(second.cookie)).map((each) => each.id)).toEqual([held.id]);
  });

  it('are ended by their member only: another account’s id is not there for them', async () => {
    const owner = await signUp(server.app, { email: 'push-owner@example.org' });
    const other = await signUp(server.app, { email: 'push-other@example.org' });
    const { id } = pushSubscriptionSchema.parse((await subscribe(owner.cookie, service.subscribe())).json());
    const url = `/api/me/push-subscriptions/${id}`;
    const refused = await server.app.inject({ method: 'DELETE', url, headers: { cookie: other.cookie } });
    expect(refused.statusCode).toBe(404);
    expect(await browsersOf(owner.cookie)).toHaveLength(1);
    const ended = await server.app.inject({ method: 'DELETE', url, headers: { cookie: owner.cookie } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await browsersOf(owner.cookie)).toEqual([]);
  });
});

describe('what is not a push subscription', () => {
  const good = () => service.subscribe();
  it.each([
    [
      'plain http',
      () => ({ ...good(), endpoint: good().endpoint.replace('https:', 'http:') }),
      'body.endpoint',
    ],
    [
      'a host that is no push service',
      () => ({ ...good(), endpoint: 'https://attacker.example/push/1' }),
      'body.endpoint',
    ],
    ['not a URL', () => ({ ...good(), endpoint: 'somewhere' }), 'body.endpoint'],
    [
      'a key of the wrong length',
      () => ({ ...good(), keys: { ...good().keys, p256dh: 'AAAA' } }),
      'body.keys.p256dh',
    ],
    [
      'a key that is no point on the curve',
      () => ({ ...good(), keys: { ...good().keys, p256dh: Buffer.alloc(65, 4).toString('base64url') } }),
      'body.keys.p256dh',
    ],
    [
      'an auth secret of the wrong length',
      () => ({ ...good(), keys: { ...good().keys, auth: 'AAAA' } }),
      'body.keys.auth',
    ],
    ['an unknown field', () => ({ ...good(), userId: 'someone' }), 'body'],
  ])('is refused with a 400 naming the field: %s', async (_what, body, location) => {
    const member = await signUp(server.app, { email: `push-bad-${location}-${Math.random()}@example.org` });
    for (const [url, cookie] of [
      ['/api/me/push-subscriptions', member.cookie],
      ['/api/publication/push-subscriptions', ''],
    ] as const) {
      const response = await server.app.inject({
        method: 'POST',
        url,
        headers: cookie ? { cookie } : {},
        payload: body(),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors.map((error: { location: string }) => error.location)).toContain(location);
    }
  });
});

describe('a visitor’s free podcast notification', () => {
  it('stores the endpoint and keys alone, and ends with one tap by endpoint (again is the same)', async () => {
    const browser = service.subscribe();
    const url = '/api/publication/push-subscriptions';
    const response = await server.app.inject({ method: 'POST', url, payload: browser });
    expect(response.statusCode, response.body).toBe(200);
    expect(await visitorRow(browser.endpoint)).toMatchObject({
      user_id: null,
      p256dh: browser.keys.p256dh,
      auth: browser.keys.auth,
    });
    for (let tap = 0; tap < 2; tap++) {
      const ended = await server.app.inject({
        method: 'POST',
        url: `${url}/end`,
        payload: { endpoint: browser.endpoint },
      });
      expect(ended.statusCode, ended.body).toBe(200);
    }
    expect(await visitorRow(browser.endpoint)).toBeUndefined();
  });

  it('leaves a member’s browser theirs, and cannot end it', async () => {
    const member = await signUp(server.app, { email: 'push-member-visits@example.org' });
    const browser = service.subscribe();
    await subscribe(member.cookie, browser);
    const url = '/api/publication/push-subscriptions';
    await server.app.inject({ method: 'POST', url, payload: browser });
    await server.app.inject({ method: 'POST', url: `${url}/end`, payload: { endpoint: browser.endpoint } });
    expect(await browsersOf(member.cookie)).toHaveLength(1);
  });
});

describe('visitors’ subscriptions from one address', () => {
  it('are limited, counted in the database, with a Retry-After', async () => {
    const limited = await startTestServer({
      pushService: service,
      subscriptionLimits: { perClientAddress: 2, perEmail: 2, windowSeconds: 3600 },
    });
    try {
      const answers: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const app = attempt === 2 ? await limited.anotherInstance() : limited.app;
        const response = await app.inject({
          method: 'POST',
          url: '/api/publication/push-subscriptions',
          payload: service.subscribe(),
        });
        answers.push(response.statusCode);
        if (response.statusCode === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        if (attempt === 2) await app.close();
      }
      expect(answers).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('a member’s browsers in their own data', () => {
  it('are in the export, without their keys, and are erased with the account', async () => {
    const password = 'correct horse battery';
    const member = await signUp(server.app, { email: 'push-leaving@example.org', password });
    const browser = service.subscribe();
    const saved = pushSubscriptionSchema.parse((await subscribe(member.cookie, browser)).json());
    const exported = await server.app.inject({
      method: 'GET',
      url: '/api/me/export',
      headers: { cookie: member.cookie },
    });
    expect(exported.json().pushSubscriptions).toEqual([
      { id: saved.id, endpoint: browser.endpoint, createdAt: saved.createdAt, lastSentAt: null },
    ]);
    expect(exported.body).not.toContain(browser.keys.auth);

    const notificationId = randomUUID();
    const { db } = server.database;
    await db
      .insertInto('notifications')
      .values({
        id: notificationId,
        user_id: member.userId,
        kind: 'safety',
        cause: 'safety:erase',
        title: 'Please stop',
        body: 'See a doctor.',
        path: '/safety',
        sent_at: new Date(),
      })
      .execute();
    await db
      .insertInto('push_deliveries')
      .values({
        notification_id: notificationId,
        subscription_id: saved.id,
        claimed_at: new Date(),
        sent_at: new Date(),
      })
      .execute();
    const erased = await server.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: member.cookie },
      payload: { password },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await visitorRow(browser.endpoint)).toBeUndefined();
    const deliveries = await db
      .selectFrom('push_deliveries')
      .selectAll()
      .where('subscription_id', '=', saved.id)
      .execute();
    expect(deliveries).toEqual([]);
  });
});
