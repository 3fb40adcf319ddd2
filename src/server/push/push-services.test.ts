import { describe, expect, it } from 'vitest';
import { DEFAULT_PUSH_SERVICE_HOSTS, isHostPattern, isPushServiceEndpoint } from './push-services.ts';

const services = { hosts: DEFAULT_PUSH_SERVICE_HOSTS };

describe('which push services a subscription may name', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/abc:APA91b',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA',
    'https://web.push.apple.com/QGuQyavXutnMH',
    'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
  ])('takes %s', (endpoint) => {
    expect(isPushServiceEndpoint(endpoint, services)).toBe(true);
  });

  it.each([
    ['plain http', 'http://fcm.googleapis.com/fcm/send/abc'],
    ['another host', 'https://attacker.example/fcm/send/abc'],
    ['a host that only ends like one', 'https://evilfcm.googleapis.com.attacker.example/x'],
    ['the bare domain of a wildcard', 'https://notify.windows.com/w/'],
    ['another port', 'https://fcm.googleapis.com:8443/fcm/send/abc'],
    ['credentials in the address', 'https://user:pw@fcm.googleapis.com/fcm/send/abc'],
    ['an internal address', 'https://127.0.0.1/push'],
    ['no URL at all', 'fcm.googleapis.com'],
  ])('refuses %s', (_what, endpoint) => {
    expect(isPushServiceEndpoint(endpoint, services)).toBe(false);
  });

  it('takes a local push service by its whole origin only', () => {
    const local = { ...services, origins: ['https://127.0.0.1:4443'] };
    expect(isPushServiceEndpoint('https://127.0.0.1:4443/push/1', local)).toBe(true);
    expect(isPushServiceEndpoint('https://127.0.0.1:4444/push/1', local)).toBe(false);
  });

  it('reads host patterns as PUSH_SERVICE_HOSTS gives them', () => {
    expect(isHostPattern('push.example.org')).toBe(true);
    expect(isHostPattern('*.notify.windows.com')).toBe(true);
    expect(isHostPattern('https://push.example.org')).toBe(false);
    expect(isHostPattern('*')).toBe(false);
  });
});
