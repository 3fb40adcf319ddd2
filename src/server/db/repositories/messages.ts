import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import type { MessagesTable } from '../schema.ts';

export type MessageRow = Selectable<MessagesTable>;
export type Sender = MessagesTable['sender'];

/** The thread: one member and one coach (a member's messages with an earlier coach stay theirs, unshown). */
export interface Thread {
  memberId: string;
  coachId: string;
}

export function findMessage(db: Executor, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMessage(
  db: Executor,
  message: Thread & { id: string; sender: Sender; body: string; sentAt: Date },
): Promise<MessageRow> {
  return db
    .insertInto('messages')
    .values({
      id: message.id,
      member_id: message.memberId,
      coach_id: message.coachId,
      sender: message.sender,
      body: message.body,
      sent_at: message.sentAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One page counted back from the newest (one row more than asked, to tell whether older ones exist). */
export function listThreadPage(
  db: Executor,
  thread: Thread,
  page: { limit: number; offset: number },
): Promise<MessageRow[]> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('member_id', '=', thread.memberId)
    .where('coach_id', '=', thread.coachId)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .offset(page.offset)
    .execute();
}

/** Messages `from` one side that the other side has not read. */
export async function countUnread(db: Executor, thread: Thread, from: Sender): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select(sql<string>`count(*)`.as('unread'))
    .where('member_id', '=', thread.memberId)
    .where('coach_id', '=', thread.coachId)
    .where('sender', '=', from)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.unread);
}

/** Marks read every unread message `from` one side sent no later than `upTo`. */
export async function markReadUpTo(
  db: Executor,
  thread: Thread,
  from: Sender,
  upTo: Date,
  at: Date,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ read_at: at })
    .where('member_id', '=', thread.memberId)
    .where('coach_id', '=', thread.coachId)
    .where('sender', '=', from)
    .where('read_at', 'is', null)
    .where('sent_at', '<=', upTo)
    .execute();
}

/** Whether the coach's unread messages in the thread were already the subject of an email. */
export async function isUnreadBatchEmailed(db: Executor, thread: Thread): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('member_id', '=', thread.memberId)
    .where('coach_id', '=', thread.coachId)
    .where('sender', '=', 'coach')
    .where('read_at', 'is', null)
    .where('emailed_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function markEmailed(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('messages').set({ emailed_at: at }).where('id', '=', id).execute();
}

/** Every message of the member's, with any coach they have had: theirs to export. */
export function listAllMessages(db: Executor, memberId: string): Promise<MessageRow[]> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
}

/** Someone to write to: the account's name and email, and when it last used the app. */
export function findCorrespondent(db: Executor, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'last_seen_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
