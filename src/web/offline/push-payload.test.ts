import { describe, expect, it } from 'vitest';
import { type PushPayload as ContractPayload, pushPayloadSchema } from '../../contract/notifications.ts';
import { type PushPayload, pathToOpen, readPushPayload } from './push-payload.ts';

// The worker's copy of the type and the contract's are the same both ways round.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const isSameType: Same<PushPayload, ContractPayload> = true;

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

  it('has the contract’s type', () => {
    expect(isSameType).toBe(true);
  });

  it('opens only paths of this site', () => {
    expect(pathToOpen('/messages')).toBe('/messages');
    expect(pathToOpen('https://elsewhere.example/')).toBe('/today');
    expect(pathToOpen('//elsewhere.example/')).toBe('/today');
  });
});
