/**
 * The thread between a member and their coach, from either side: the member's own (`/api/me/messages`)
 * or a coach's with one member (`/api/coach/members/{memberId}/messages`). The shapes are the contract's.
 */
import { useEffect, useState } from 'react';
import type { MessageThread, SendMessageBody, SentMessage, UnreadCount } from '../../contract/messages.ts';
import { get, post } from './client.ts';

/** Who is reading: the member, or a coach about one of their members. */
export type ThreadReader = { side: 'member' } | { side: 'coach'; memberId: string };

function threadPath(reader: ThreadReader): string {
  return reader.side === 'member'
    ? '/api/me/messages'
    : `/api/coach/members/${encodeURIComponent(reader.memberId)}/messages`;
}

export const messagesApi = {
  thread: (reader: ThreadReader, page: { limit: number; offset?: number }) =>
    get<MessageThread>(`${threadPath(reader)}?limit=${page.limit}&offset=${page.offset ?? 0}`),
  send: (reader: ThreadReader, body: SendMessageBody) => post<SentMessage>(threadPath(reader), body),
  markRead: (reader: ThreadReader, upTo: string) => post<UnreadCount>(`${threadPath(reader)}/read`, { upTo }),
};

/** Whoever shows the member's unread count hears when the thread screen has marked messages read. */
const unreadListeners = new Set<() => void>();

export function announceUnreadChanged(): void {
  for (const listener of unreadListeners) listener();
}

export interface UnreadMessages {
  unread: number;
  hasCoach: boolean;
}

/**
 * The member's unread count for a badge, asked again on each new screen (`location`) and after the thread
 * marks messages read. Undefined until known, and while it cannot be (no consent yet, offline): no badge.
 */
export function useUnreadMessages(location: string, isWanted: boolean): UnreadMessages | undefined {
  const [state, setState] = useState<UnreadMessages | undefined>();
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const listener = () => setChanges((count) => count + 1);
    unreadListeners.add(listener);
    return () => {
      unreadListeners.delete(listener);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `location` and `changes` are what ask again.
  useEffect(() => {
    if (!isWanted) return;
    let isCurrent = true;
    messagesApi.thread({ side: 'member' }, { limit: 1 }).then(
      (thread) => {
        if (isCurrent) setState({ unread: thread.unread, hasCoach: thread.coach !== null });
      },
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [location, changes, isWanted]);
  return isWanted ? state : undefined;
}
