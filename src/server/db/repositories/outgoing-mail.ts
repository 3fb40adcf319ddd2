import { type Selectable, sql } from 'kysely';
import type { Executor } from '../executor.ts';
import type { OutgoingMailTable } from '../schema.ts';

export type OutgoingMailRow = Selectable<OutgoingMailTable>;

export interface NewOutgoingMail {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  sendAfter?: Date;
}

export async function insertOutgoingMail(db: Executor, mail: NewOutgoingMail): Promise<void> {
  await db
    .insertInto('outgoing_mail')
    .values({
      id: mail.id,
      kind: mail.kind,
      recipient: mail.recipient,
      subject: mail.subject,
      text: mail.text,
      ...(mail.headers ? { headers: JSON.stringify(mail.headers) } : {}),
      ...(mail.sendAfter ? { send_after: mail.sendAfter } : {}),
    })
    .execute();
}

/**
 * Takes a message for one delivery attempt: only one still pending and due (by the database's clock, the
 * one the job queue keeps time by), so a job that runs again after delivery, or fires before the time,
 * gets nothing. The message stays `sending` while it is out; one left `sending` longer than `leaseSeconds`
 * was being sent by a process that died, and may be taken again.
 */
export async function claimDueMail(
  db: Executor,
  id: string,
  leaseSeconds: number,
): Promise<OutgoingMailRow | undefined> {
  return db
    .updateTable('outgoing_mail')
    .set({ status: 'sending', attempts: sql`attempts + 1`, last_attempt_at: sql`now()` })
    .where('id', '=', id)
    .where('send_after', '<=', sql<Date>`now()`)
    .where((where) =>
      where.or([
        where('status', '=', 'pending'),
        where.and([
          where('status', '=', 'sending'),
          where('last_attempt_at', '<', sql<Date>`now() - make_interval(secs => ${leaseSeconds})`),
        ]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Delivered: the text (with its single-use link) and the headers (an unsubscribe link) are not kept. */
export async function markMailSent(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('outgoing_mail')
    .set({ status: 'sent', sent_at: sql`now()`, text: null, headers: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: pending again for the next one, or failed for good (and its text dropped). */
export async function markMailAttemptFailed(
  db: Executor,
  id: string,
  error: string,
  isFinal: boolean,
): Promise<void> {
  await db
    .updateTable('outgoing_mail')
    .set(
      isFinal
        ? { status: 'failed', last_error: error, text: null, headers: null }
        : { status: 'pending', last_error: error },
    )
    .where('id', '=', id)
    .execute();
}

/**
 * Given up on by the job queue itself: its last try was cut off (the process died, or it took longer than
 * a try may), so the job never recorded the outcome. A message already settled is left as it is.
 */
export async function markMailGivenUp(db: Executor, id: string): Promise<boolean> {
  const result = await db
    .updateTable('outgoing_mail')
    .set({
      status: 'failed',
      text: null,
      headers: null,
      last_error: sql`coalesce(last_error || '; ', '') || 'the last try was cut off'`,
    })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'sending'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findOutgoingMail(db: Executor, id: string): Promise<OutgoingMailRow | undefined> {
  return db.selectFrom('outgoing_mail').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface FailedMailSummary {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
}

/** Messages that could not be delivered, newest failure first; never their text. */
export async function listFailedMail(
  db: Executor,
  limit: number,
): Promise<{ total: number; mails: FailedMailSummary[] }> {
  const mails = await db
    .selectFrom('outgoing_mail')
    .select(['id', 'kind', 'recipient', 'subject', 'attempts', 'last_error', 'created_at', 'last_attempt_at'])
    .where('status', '=', 'failed')
    .orderBy('last_attempt_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  const { total } = await db
    .selectFrom('outgoing_mail')
    .select((select) => select.fn.countAll<string>().as('total'))
    .where('status', '=', 'failed')
    .executeTakeFirstOrThrow();
  return { total: Number(total), mails };
}

/** How many messages are due and not yet delivered or given up on. */
export async function countUndeliveredDueMail(db: Executor): Promise<number> {
  const { count } = await db
    .selectFrom('outgoing_mail')
    .select((select) => select.fn.countAll<string>().as('count'))
    .where('status', 'in', ['pending', 'sending'])
    .where('send_after', '<=', sql<Date>`now()`)
    .executeTakeFirstOrThrow();
  return Number(count);
}
