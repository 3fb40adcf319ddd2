import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import { z } from 'zod';
import { inTransaction } from '../db/executor.ts';
import {
  claimDueMail,
  insertOutgoingMail,
  markMailAttemptFailed,
  markMailGivenUp,
  markMailSent,
} from '../db/repositories/outgoing-mail.ts';
import type { Database } from '../db/schema.ts';
import { redactSecretsInText } from '../log.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';

export const SEND_MAIL = 'send-mail';
/** Where the queue puts a send-mail job it failed for good, including one whose last try was lost. */
export const SEND_MAIL_GIVEN_UP = 'send-mail-given-up';

/** The job carries the message's id and nothing else: its text (and link) stay in our table. */
export const sendMailDataSchema = z.object({ mailId: z.uuid() }).strict();
export type SendMailData = z.infer<typeof sendMailDataSchema>;

/** Tries and the waits between them: from about half a minute, doubling, at most an hour; about 4.5 hours in all. */
export interface MailRetry {
  /** Tries after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each later one when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  /** The longest wait between tries, with `retryBackoff` only. */
  retryDelayMax?: number;
  /**
   * How long one try may take before it counts as lost (its process died) and the message may be taken
   * again; the SMTP timeouts (mailer.ts) end a try well before.
   */
  attemptSeconds?: number;
}

export const DEFAULT_ATTEMPT_SECONDS = 120;

export const DEFAULT_MAIL_RETRY: MailRetry = {
  retryLimit: 10,
  retryDelay: 30,
  retryBackoff: true,
  retryDelayMax: 60 * 60,
};

/** Storing a message and queueing its job in one transaction: the job exists exactly when the row does. */
export function createOutgoingMail(boss: PgBoss, db: Kysely<Database>): OutgoingMail {
  return {
    async send(message, options = {}) {
      const id = randomUUID();
      await inTransaction(options.db ?? db, async (trx) => {
        await insertOutgoingMail(trx, {
          id,
          kind: message.kind,
          recipient: message.to,
          subject: message.subject,
          text: message.text,
          headers: message.headers,
          sendAfter: options.sendAfter,
        });
        // The job's id is the message's: sending it again is ignored, so one message has one job.
        await boss.send(SEND_MAIL, { mailId: id } satisfies SendMailData, {
          id,
          db: fromKysely(trx),
          ...(options.sendAfter ? { startAfter: options.sendAfter } : {}),
        });
      });
      return id;
    },
  };
}

export type SendMailOutcome = 'sent' | 'nothing-to-do';

/**
 * One attempt at one message. Safe to run twice and at any time: a message already sent, given up on,
 * being sent by another run, or not yet due is left alone. A failed attempt is recorded and thrown (so the
 * job queue tries again later); on the last attempt the message is marked failed for the admin to see.
 * The error recorded and thrown is the transport's words only, never the message.
 */
export async function sendMail(
  deps: { db: Kysely<Database>; mailer: Mailer; logger: Pick<FastifyBaseLogger, 'info' | 'warn'> },
  mailId: string,
  attempt: { isLast: boolean; attemptSeconds?: number },
): Promise<SendMailOutcome> {
  const mail = await claimDueMail(deps.db, mailId, attempt.attemptSeconds ?? DEFAULT_ATTEMPT_SECONDS);
  if (!mail) return 'nothing-to-do';
  try {
    await deps.mailer.send({
      kind: mail.kind,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.text ?? '',
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
  } catch (error) {
    const reason = deliveryError(error);
    await markMailAttemptFailed(deps.db, mail.id, reason, attempt.isLast);
    deps.logger.warn(
      { mailId: mail.id, kind: mail.kind, attempts: mail.attempts, isFinal: attempt.isLast, reason },
      attempt.isLast ? 'mail could not be sent: given up' : 'mail could not be sent: will try again',
    );
    throw new Error(reason);
  }
  await markMailSent(deps.db, mail.id);
  return 'sent';
}

function deliveryError(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const words = [typeof code === 'string' ? code : '', typeof message === 'string' ? message : String(error)]
    .filter(Boolean)
    .join(': ');
  return redactSecretsInText(words).slice(0, 500);
}

/**
 * A send-mail job the queue failed for good. Usually its last try already marked the message failed, and
 * this does nothing; but a last try cut off by a crash (or a timeout) recorded nothing, and without this
 * its message would wait forever, unseen by the admin.
 */
export async function giveUpOnMail(
  deps: { db: Kysely<Database>; logger: Pick<FastifyBaseLogger, 'warn'> },
  mailId: string,
): Promise<void> {
  if (await markMailGivenUp(deps.db, mailId)) {
    deps.logger.warn({ mailId }, 'mail could not be sent: given up after its last try was cut off');
  }
}
