import { describe, expect, it } from 'vitest';
import { pathToOpen, readPushPayload } from '../web/offline/push-payload.ts';
import { base64urlByteLength, pushPayloadSchema } from './notifications.ts';

/** The service worker reads push messages by hand (no Zod there): it must answer as the schema does. */

const REMINDER = {
  id: 'n-1',
  kind: 'workout-reminder',
  title: 'Your workout today',
  body: 'Twenty minutes, when it suits you.',
  path: '/today',
  tag: 'workout-reminder',
};

const EPISODE = {
  kind: 'publication',
  title: 'A new episode',
  body: 'Why hips take the strain',
  path: '/episodes/why-hips',
  tag: 'publication',
  isVisitor: true,
};

describe('reading a push message in the service worker', () => {
  it.each([
    ['a member’s reminder', REMINDER],
    ['a visitor’s episode', EPISODE],
  ])('reads %s as the contract does', (_name, payload) => {
    expect(readPushPayload(payload)).toEqual(pushPayloadSchema.parse(payload));
  });

  it.each([
    ['nothing', null],
    ['a string', 'hello'],
    ['a list', [REMINDER]],
    ['an unknown kind', { ...REMINDER, kind: 'advert' }],
    ['no title', { ...REMINDER, title: undefined }],
    ['a numeric id', { ...REMINDER, id: 7 }],
    ['isVisitor as text', { ...EPISODE, isVisitor: 'yes' }],
    ['no tag', { ...REMINDER, tag: undefined }],
  ])('refuses %s, as the contract does', (_name, payload) => {
    expect(readPushPayload(payload)).toBeNull();
    expect(pushPayloadSchema.safeParse(payload).success).toBe(false);
  });

  it('counts base64url bytes as decoding would', () => {
    for (const length of [0, 1, 2, 3, 16, 65, 100]) {
      const text = Buffer.alloc(length, 7).toString('base64url');
      expect(base64urlByteLength(text), `${length} bytes`).toBe(length);
      expect(base64urlByteLength(Buffer.alloc(length, 7).toString('base64')), `${length} bytes, padded`).toBe(
        length,
      );
    }
  });

  it('opens only paths of this site', () => {
    expect(pathToOpen('/messages')).toBe('/messages');
    expect(pathToOpen('https://elsewhere.example/')).toBe('/today');
    expect(pathToOpen('//elsewhere.example/')).toBe('/today');
  });
});
