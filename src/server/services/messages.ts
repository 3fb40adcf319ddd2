import type { Message, MessageThread, SendMessageBody, ThreadQuery } from '../../contract/messages.ts';
import { type MemberAccess, requireAccess } from '../access/access.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import { findMemberStanding } from '../db/repositories/access.ts';
import { recordCoachAction } from '../db/repositories/coach-actions.ts';
import {
  countUnread,
  findCorrespondent,
  findMessage,
  insertMessage,
  isUnreadBatchEmailed,
  listThreadPage,
  type MessageRow,
  markEmailed,
  markReadUpTo,
  type Sender,
  type Thread,
} from '../db/repositories/messages.ts';
import { coachMessageWaitingMessage } from '../mail/messages.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { type Actor, notFound, Refusal, unauthenticated } from './errors.ts';
import { idReused, lockMember } from './member-lock.ts';

/** A member away this long is told of a coach's message by email. */
export const AWAY_BEFORE_EMAIL_MS = 24 * 60 * 60 * 1000;

const otherSide = (side: Sender): Sender => (side === 'member' ? 'coach' : 'member');

function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    sender: row.sender,
    body: row.body,
    sentAt: new Date(row.sent_at).toISOString(),
    readAt: row.read_at === null ? null : new Date(row.read_at).toISOString(),
  };
}

/**
 * The thread the actor is in: a member's with their current coach, a coach's with this member (the
 * access check has made sure the member is theirs). Undefined for a member with no coach.
 */
async function currentThread(db: Executor, actor: Actor, access: MemberAccess) {
  const coachId =
    access.actingAs === 'coach' ? actor.id : (await findMemberStanding(db, access.memberId))?.coachId;
  if (!coachId) return undefined;
  const coach = await findCorrespondent(db, coachId);
  if (!coach) return undefined;
  const thread: Thread = { memberId: access.memberId, coachId };
  return { thread, coach, side: access.actingAs satisfies Sender };
}

/** One page of the thread, newest last, and how many of the other side's messages the reader has not read. */
export async function readThread(
  db: Executor,
  actor: Actor,
  memberId: string,
  page: ThreadQuery,
): Promise<MessageThread> {
  const access = await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const [current, member] = await Promise.all([
    currentThread(db, actor, access),
    findCorrespondent(db, memberId),
  ]);
  if (!member) throw unauthenticated();
  const person = { id: member.id, name: member.name };
  if (!current) return { member: person, coach: null, messages: [], hasOlder: false, unread: 0 };
  const [rows, unread] = await Promise.all([
    listThreadPage(db, current.thread, page),
    countUnread(db, current.thread, otherSide(current.side)),
  ]);
  return {
    member: person,
    coach: { id: current.coach.id, name: current.coach.name },
    messages: rows.slice(0, page.limit).reverse().map(toMessage),
    hasOlder: rows.length > page.limit,
    unread,
  };
}

export interface MessageDeps {
  db: Executor;
  mail: OutgoingMail;
  /** Where the app is reached, for the link in an email. */
  publicUrl: string;
}

/**
 * Sends a message in the actor's thread, once per client-made id: a retry answers the first message.
 * A coach's message is a coach action (for their time log), and a member away for a day is told of it
 * by one email for all the messages they have not read yet.
 */
export async function sendMessage(
  deps: MessageDeps,
  actor: Actor,
  memberId: string,
  input: SendMessageBody,
  now: Date,
): Promise<{ message: Message; isReplay: boolean }> {
  const access = await requireAccess(deps.db, { actor, permission: 'member.data.write', memberId });
  return inTransaction(deps.db, async (trx) => {
    await lockMember(trx, memberId);
    const earlier = await findMessage(trx, input.id);
    if (earlier) {
      const isSame =
        earlier.member_id === memberId && earlier.sender === access.actingAs && earlier.body === input.body;
      if (!isSame) throw idReused();
      return { message: toMessage(earlier), isReplay: true };
    }
    if (access.actingAs === 'member') await refuseWithoutCoachToRead(trx, memberId);
    const current = await currentThread(trx, actor, access);
    if (!current) throw noCoach();
    const row = await insertMessage(trx, {
      ...current.thread,
      id: input.id,
      sender: current.side,
      body: input.body,
      sentAt: now,
    });
    if (current.side === 'coach') {
      await recordCoachAction(trx, { id: row.id, coachId: actor.id, memberId, kind: 'message', at: now });
      await emailIfAway(deps, trx, current.thread, row.id, current.coach.name, now);
    }
    return { message: toMessage(row), isReplay: false };
  });
}

/** A member's message needs a coach who may read it: one assigned, and the member sharing with them. */
async function refuseWithoutCoachToRead(db: Executor, memberId: string): Promise<void> {
  const standing = await findMemberStanding(db, memberId);
  if (!standing?.coachId) throw noCoach();
  if (!standing.sharesWithCoach) {
    throw new Refusal(
      'conflict',
      'not-sharing-with-coach',
      'Your coach cannot read messages',
      'Your coach can read your messages only while you share your health information with them. You can turn sharing on on your Account page.',
    );
  }
}

function noCoach(): Refusal {
  return new Refusal(
    'conflict',
    'no-coach',
    'No coach yet',
    'You do not have a coach yet, so there is nobody to send this to. You can ask for one on your Account page.',
  );
}

async function emailIfAway(
  deps: MessageDeps,
  trx: Executor,
  thread: Thread,
  messageId: string,
  coachName: string,
  now: Date,
): Promise<void> {
  const member = await findCorrespondent(trx, thread.memberId);
  if (!member) return;
  const lastSeen = member.last_seen_at === null ? null : new Date(member.last_seen_at).getTime();
  if (lastSeen !== null && now.getTime() - lastSeen < AWAY_BEFORE_EMAIL_MS) return;
  // One email per batch of unread messages: a second message before the member reads the first says nothing new.
  if (await isUnreadBatchEmailed(trx, thread)) return;
  await deps.mail.send(
    coachMessageWaitingMessage(member, coachName, `${deps.publicUrl.replace(/\/$/, '')}/messages`),
    { db: trx },
  );
  await markEmailed(trx, messageId, now);
}

/**
 * Marks read the other side's messages up to and including `upTo` (a message in the actor's thread);
 * answers how many remain unread.
 */
export async function markThreadRead(
  db: Executor,
  actor: Actor,
  memberId: string,
  upTo: string,
  now: Date,
): Promise<{ unread: number }> {
  const access = await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  const current = await currentThread(db, actor, access);
  const message = await findMessage(db, upTo);
  if (
    !current ||
    !message ||
    message.member_id !== current.thread.memberId ||
    message.coach_id !== current.thread.coachId
  ) {
    throw notFound('There is no such message in this thread.');
  }
  const from = otherSide(current.side);
  await markReadUpTo(db, current.thread, from, new Date(message.sent_at), now);
  return { unread: await countUnread(db, current.thread, from) };
}
