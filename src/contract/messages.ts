/**
 * Messages: the one thread between a member and their current coach, read and written by both.
 */
import { z } from 'zod';
import { clientIdSchema } from './common.ts';

/** Longer than any note a coach or member needs; a message is a few sentences, not a document. */
export const MESSAGE_MAX_CHARACTERS = 2000;

/** Plain text, shown as text (never as markup); surrounding spaces are dropped before it is counted. */
export const messageTextSchema = z
  .string()
  .trim()
  .min(1, { error: 'write something first: a message cannot be empty' })
  .max(MESSAGE_MAX_CHARACTERS, { error: `a message is at most ${MESSAGE_MAX_CHARACTERS} characters` });

export const sendMessageBodySchema = z.object({
  id: clientIdSchema,
  body: messageTextSchema,
});
export type SendMessageBody = z.output<typeof sendMessageBodySchema>;

export const markReadBodySchema = z.object({
  upTo: clientIdSchema.describe(
    'The newest message read: it and every earlier one from the other side are marked read',
  ),
});
export type MarkReadBody = z.output<typeof markReadBodySchema>;

/** Paging from the newest message back: offset 0 is the newest page. */
export const threadQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ThreadQuery = z.output<typeof threadQuerySchema>;

export const messageSchema = z.object({
  id: z.string(),
  sender: z.enum(['member', 'coach']),
  body: z.string(),
  sentAt: z.iso.datetime(),
  /** When the other side read it; null while unread. */
  readAt: z.iso.datetime().nullable(),
});
export type Message = z.infer<typeof messageSchema>;

const personSchema = z.object({ id: z.string(), name: z.string() });

export const messageThreadSchema = z.object({
  /** Whose thread it is. */
  member: personSchema,
  /** The member's current coach; null when they have none yet (nothing can be sent). */
  coach: personSchema.nullable(),
  /** Oldest first, ending with the newest; one page. */
  messages: z.array(messageSchema),
  /** Whether older messages exist before this page. */
  hasOlder: z.boolean(),
  /** Messages from the other side the reader has not read yet (in the whole thread). */
  unread: z.number().int().min(0),
});
export type MessageThread = z.infer<typeof messageThreadSchema>;

export const sentMessageSchema = z.object({ message: messageSchema });
export type SentMessage = z.infer<typeof sentMessageSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof unreadCountSchema>;
