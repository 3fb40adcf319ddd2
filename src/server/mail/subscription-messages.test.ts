import { describe, expect, it } from 'vitest';
import { alreadySubscribedMessage, subscriptionConfirmationMessage } from './subscription-messages.ts';

const LINK = 'https://backstrong.example/subscribe/confirm?token=abc.def';

describe('the sign-up emails', () => {
  it('keep each paragraph on one line, so a phone wraps it to its own width', () => {
    for (const message of [
      subscriptionConfirmationMessage('reader@example.org', LINK),
      alreadySubscribedMessage('reader@example.org', LINK),
    ]) {
      for (const line of message.text.split('\n').filter((text) => text !== '')) {
        // A sentence broken across lines leaves a line ending mid-sentence.
        expect(line, message.kind).toMatch(/[.:!?]$|^https:\/\/\S+$|: https:\/\/\S+$/);
      }
      expect(message.text).toContain(LINK);
    }
  });
});
