import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { countUndeliveredDueMail } from '../db/repositories/outgoing-mail.ts';
import type { Database } from '../db/schema.ts';

/** Mail is written by a background job moments after the request that sends it: tests poll for it. */
const MAIL_WAIT_MS = 10_000;
const POLL_MS = 20;

/** Waits until no email that is due is still waiting for the send-mail job. */
export async function waitForMailDelivered(db: Kysely<Database>): Promise<void> {
  const deadline = Date.now() + MAIL_WAIT_MS;
  for (;;) {
    const waiting = await countUndeliveredDueMail(db);
    if (waiting === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${waiting} email(s) still not delivered after ${MAIL_WAIT_MS} ms`);
    await sleep(POLL_MS);
  }
}

export interface OutboxMail {
  to: string;
  subject: string;
  /** The first link in the body, quoted-printable undone. */
  link: string | undefined;
  raw: string;
}

function parseMail(raw: string): OutboxMail {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return {
    to: /^To: (.*)$/m.exec(raw)?.[1]?.trim() ?? '',
    subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '',
    link: /(https?:\/\/\S+)/.exec(
      unfolded
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join('\n'),
    )?.[1],
    raw,
  };
}

/** The outbox's messages, oldest first (their file names begin with the time they were written). */
export async function outboxMails(outboxDir: string): Promise<OutboxMail[]> {
  const files = (await readdir(outboxDir).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (file) => parseMail(await readFile(path.join(outboxDir, file), 'utf8'))),
  );
}

/**
 * The newest message to `email`, waiting (a while) for the first one to be written; or an error naming
 * the address. A test expecting a second message to the same address waits for delivery first.
 */
export async function newestMailTo(outboxDir: string, email: string): Promise<OutboxMail> {
  const wanted = email.toLowerCase();
  const deadline = Date.now() + MAIL_WAIT_MS;
  for (;;) {
    const mail = (await outboxMails(outboxDir)).findLast((each) => each.to.toLowerCase() === wanted);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${email} in the outbox`);
    await sleep(POLL_MS);
  }
}

/**
 * For a server reached over HTTP at `base`: opens the sign-up link mailed to `email` as a browser would
 * and gives back the login session's cookie it sets. Only the link's path is used, as a server started on
 * port 0 names a port in its links that it does not listen on.
 */
export async function confirmSignUpOverHttp(base: string, outboxDir: string, email: string): Promise<string> {
  const { link } = await newestMailTo(outboxDir, email);
  if (!link) throw new Error(`the mail to ${email} has no link`);
  const { pathname, search } = new URL(link);
  const response = await fetch(new URL(pathname + search, base), { redirect: 'manual' });
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  if (response.status !== 303 || !cookie) throw new Error(`confirming ${email} failed: ${response.status}`);
  return cookie;
}
