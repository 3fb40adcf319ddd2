import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import type { PushPayload } from '../../contract/notifications.ts';
import { type FakePushService, startFakePushService } from '../testing/fake-push-service.ts';
import { createPushSender, type PushSender } from './push-sender.ts';

let service: FakePushService;
let sender: PushSender;
const keys = webpush.generateVAPIDKeys();

const payload: PushPayload = {
  id: 'n-1',
  kind: 'workout-reminder',
  title: 'Time for today’s workout',
  body: 'Twenty minutes: bridges, bird dogs and squats.',
  path: '/today',
  tag: 'workout-reminder',
};

function targetOf(subscription: ReturnType<FakePushService['subscribe']>) {
  return { endpoint: subscription.endpoint, ...subscription.keys };
}

beforeAll(async () => {
  service = await startFakePushService();
  sender = createPushSender({
    vapidKeys: keys,
    subject: 'mailto:hello@backstrong.example',
    agent: service.agent,
  });
});
afterAll(() => service.close());

describe('sending a push', () => {
  it('arrives encrypted for the subscriber alone, signed by the server’s key for the push service', async () => {
    const subscription = service.subscribe();
    expect(await sender.send(targetOf(subscription), payload)).toEqual({ outcome: 'sent' });
    const received = service.received.find((push) => push.endpoint === subscription.endpoint);
    expect(received?.payload).toEqual(payload);
    expect(received?.vapidKey).toBe(keys.publicKey);
    expect(received?.claims).toMatchObject({ aud: service.origin, sub: 'mailto:hello@backstrong.example' });
    expect(received?.urgency).toBe('normal');
    expect(received?.ttl).toBe(6 * 60 * 60);
  });

  it('wakes the phone at once for a safety message or a critical alert', async () => {
    const subscription = service.subscribe();
    await sender.send(targetOf(subscription), { ...payload, kind: 'critical-alert', tag: 'critical-alert' });
    const received = service.received.find((push) => push.endpoint === subscription.endpoint);
    expect(received?.urgency).toBe('high');
    expect(received?.ttl).toBe(24 * 60 * 60);
  });

  it.each([404, 410])(
    'tells the caller the subscription is gone when the push service answers %i',
    async (status) => {
      const subscription = service.subscribe();
      service.answer(subscription.endpoint, status);
      expect(await sender.send(targetOf(subscription), payload)).toEqual({ outcome: 'gone' });
    },
  );

  it('counts a push service in trouble (500) as failed, to be tried again', async () => {
    const subscription = service.subscribe();
    service.answer(subscription.endpoint, 500);
    const result = await sender.send(targetOf(subscription), payload);
    expect(result).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('500') });
    service.answer(subscription.endpoint, 201);
    expect(await sender.send(targetOf(subscription), payload)).toEqual({ outcome: 'sent' });
  });

  it('is refused by the push service when signed with another key than the one it names', async () => {
    const subscription = service.subscribe();
    const other = webpush.generateVAPIDKeys();
    const impostor = createPushSender({
      vapidKeys: { publicKey: keys.publicKey, privateKey: other.privateKey },
      subject: 'mailto:hello@backstrong.example',
      agent: service.agent,
    });
    const result = await impostor.send(targetOf(subscription), payload);
    expect(result).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('403') });
  });

  it('counts a push service that cannot be reached as failed', async () => {
    const subscription = service.subscribe();
    const unreachable = { ...targetOf(subscription), endpoint: 'https://127.0.0.1:1/push/nobody' };
    expect(await sender.send(unreachable, payload)).toMatchObject({ outcome: 'failed' });
  });
});
