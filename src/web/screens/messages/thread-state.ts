import type { Message } from '../../../contract/messages.ts';

/**
 * A message typed here that the server has not confirmed yet: on its way, or failed and kept on the
 * device (a reload or a closed tab keeps it) to try again under the same id.
 */
export interface PendingMessage {
  id: string;
  body: string;
  /** Why the last try failed, in the server's words. */
  problem?: string;
}

/**
 * The messages to show, oldest first: every page loaded (earlier pages, the newest page, messages
 * confirmed since), each once. A message can arrive in two of them when new ones shift the pages.
 */
export function mergeMessages(...lists: readonly (readonly Message[])[]): Message[] {
  const byId = new Map<string, Message>();
  for (const list of lists) for (const message of list) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
}

/** The newest message from the other side that the reader has not read: marking it read marks all before it. */
export function newestUnreadFrom(
  messages: readonly Message[],
  other: Message['sender'],
): Message | undefined {
  return messages.findLast((message) => message.sender === other && message.readAt === null);
}
