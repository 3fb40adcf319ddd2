import type { Executor } from '../db/executor.ts';
import type { MailMessage } from './mailer.ts';

/**
 * How the app sends email: the message is stored (in the caller's transaction when `db` is one, so it
 * goes out only if what caused it is kept) and a background job delivers it, trying again later while
 * the mail server is unreachable. See jobs/send-mail.ts.
 */
export interface OutgoingMail {
  /** Stores and queues the message; resolves with its id once both are written. */
  send(message: MailMessage, options?: { db?: Executor; sendAfter?: Date }): Promise<string>;
}

/**
 * For commands and tests that only make confirmed accounts, which email nobody: a message there would be
 * a mistake, so sending one fails loudly instead of going nowhere.
 */
export const NO_OUTGOING_MAIL: OutgoingMail = {
  async send(message) {
    throw new Error(`no email is sent from here (a ${message.kind} message was asked for)`);
  },
};
