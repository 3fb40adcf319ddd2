import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

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

/** The newest message to `email`, or an error naming the address. */
export async function newestMailTo(outboxDir: string, email: string): Promise<OutboxMail> {
  const wanted = email.toLowerCase();
  const mail = (await outboxMails(outboxDir)).findLast((each) => each.to.toLowerCase() === wanted);
  if (!mail) throw new Error(`no mail to ${email} in the outbox`);
  return mail;
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
