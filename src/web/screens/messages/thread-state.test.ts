import { describe, expect, it } from 'vitest';
import type { Message } from '../../../contract/messages.ts';
import { mergeMessages, newestUnreadFrom } from './thread-state.ts';

const message = (
  id: string,
  sentAt: string,
  sender: Message['sender'] = 'coach',
  readAt: string | null = null,
): Message => ({
  id,
  sender,
  body: `message ${id}`,
  sentAt,
  readAt,
});

describe('the messages shown', () => {
  it('are every page once, oldest first, the later copy of a message winning', () => {
    const earlier = [message('a', '2026-03-02T08:00:00.000Z'), message('b', '2026-03-02T09:00:00.000Z')];
    const newest = [
      message('b', '2026-03-02T09:00:00.000Z', 'coach', '2026-03-02T10:00:00.000Z'),
      message('c', '2026-03-02T11:00:00.000Z'),
    ];
    const merged = mergeMessages(earlier, newest, [message('d', '2026-03-02T12:00:00.000Z', 'member')]);
    expect(merged.map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged[1]?.readAt).toBe('2026-03-02T10:00:00.000Z');
  });
});

describe('the message to mark read', () => {
  it("is the other side's newest unread one, not the reader's own", () => {
    const messages = [
      message('a', '2026-03-02T08:00:00.000Z'),
      message('b', '2026-03-02T09:00:00.000Z'),
      message('c', '2026-03-02T10:00:00.000Z', 'member'),
    ];
    expect(newestUnreadFrom(messages, 'coach')?.id).toBe('b');
    expect(newestUnreadFrom(messages, 'member')?.id).toBe('c');
    expect(
      newestUnreadFrom(
        [message('a', '2026-03-02T08:00:00.000Z', 'coach', '2026-03-02T08:05:00.000Z')],
        'coach',
      ),
    ).toBeUndefined();
  });
});
