import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { createLogger } from '../log.ts';
import { createPushSender } from '../push/push-sender.ts';
import { type FakePushService, startFakePushService } from '../testing/fake-push-service.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { RELEASE_PUBLICATION } from './release-publication.ts';
import { pushRelease } from './release-push.ts';

let service: FakePushService;
let server: TestServer;
/** A Sunday midday in London, outside quiet hours. */
const now = new Date('2026-03-08T12:00:00Z');

beforeAll(async () => {
  service = await startFakePushService();
  server = await startTestServer({ pushService: service, clock: () => now });
});
afterAll(async () => {
  await server.close();
  await service.close();
});

async function until(condition: () => Promise<boolean> | boolean, what: string) {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function memberWithBrowser(email: string, publicationOn: boolean) {
  const member = await signUp(server.app, { email });
  const browser = service.subscribe();
  const headers = { cookie: member.cookie };
  await server.app.inject({ method: 'POST', url: '/api/me/push-subscriptions', headers, payload: browser });
  const settings = await server.app.inject({
    method: 'PUT',
    url: '/api/me/notification-settings',
    headers,
    payload: {
      timeZone: 'Europe/London',
      reminderTime: '18:00',
      quietHours: { start: '21:00', end: '08:00' },
      weeklyCap: 5,
      off: publicationOn ? [] : ['publication'],
      byEmail: false,
    },
  });
  expect(settings.statusCode, settings.body).toBe(200);
  return browser;
}

const pushesTo = (endpoint: string) => service.received.filter((push) => push.endpoint === endpoint);

describe('the release by Web Push', () => {
  it('goes once to every visitor who asked and to each member who turned the publication on', async () => {
    const visitor = service.subscribe();
    const asked = await server.app.inject({
      method: 'POST',
      url: '/api/publication/push-subscriptions',
      payload: visitor,
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const wanting = await memberWithBrowser('release-push-on@example.org', true);
    const notWanting = await memberWithBrowser('release-push-off@example.org', false);

    const slot = new Date(now.getTime() - 60_000);
    const episodeId = randomUUID();
    await server.database.db
      .insertInto('episodes')
      .values({
        id: episodeId,
        guid: randomUUID(),
        slug: 'lifting-the-shopping',
        title: 'Lifting the shopping',
        summary: 'How to carry bags without fear.',
        status: 'scheduled',
        publish_at: slot,
      })
      .execute();
    await server.jobs.boss.send(RELEASE_PUBLICATION, null);
    await until(async () => {
      const done = await server.database.db
        .selectFrom('release_pushes')
        .select('slot')
        .where('slot', '=', slot)
        .executeTakeFirst();
      return done !== undefined && pushesTo(wanting.endpoint).length > 0;
    }, 'the release’s pushes');

    expect(pushesTo(visitor.endpoint).map((push) => push.payload)).toEqual([
      {
        kind: 'publication',
        title: 'New episode: Lifting the shopping',
        body: 'How to carry bags without fear.',
        path: '/episodes/lifting-the-shopping',
        tag: 'publication',
        isVisitor: true,
      },
    ]);
    expect(pushesTo(wanting.endpoint).map((push) => push.payload)).toEqual([
      expect.objectContaining({
        id: expect.any(String),
        kind: 'publication',
        path: '/episodes/lifting-the-shopping',
      }),
    ]);
    expect(pushesTo(notWanting.endpoint)).toEqual([]);

    // Run again, even as if it had never finished: nobody is pushed twice.
    await server.database.db.deleteFrom('release_pushes').where('slot', '=', slot).execute();
    const again = await pushRelease(
      {
        db: server.database.db,
        push: createPushSender({
          vapidKeys: webpush.generateVAPIDKeys(),
          subject: 'mailto:hello@backstrong.example',
          agent: service.agent,
        }),
        delivery: server.jobs.notificationDelivery,
        clinicTimeZone: 'Europe/London',
        disability: 'oswestry',
        logger: createLogger('silent'),
        clock: () => now,
      },
      slot,
    );
    expect(again).toEqual({ visitorsPushed: 0, membersNotified: 0, failed: 0 });
    await sleep(500);
    expect(pushesTo(visitor.endpoint)).toHaveLength(1);
    expect(pushesTo(wanting.endpoint)).toHaveLength(1);
  });
});
