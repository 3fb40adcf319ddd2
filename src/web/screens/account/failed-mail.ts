import type { FailedMail } from '../../../contract/account.ts';
import { get } from '../../api/client.ts';

/** GET /api/admin/failed-mail: the emails the server gave up sending (never their text). */
export const loadFailedMail = () => get<FailedMail>('/api/admin/failed-mail');

function formatTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "2 emails could not be sent — last error …": the headline, from the newest failure; none when all went. */
export function failedMailHeadline(failed: FailedMail, locale?: string): string | undefined {
  const [newest] = failed.mails;
  if (failed.total === 0 || !newest) return undefined;
  const count = failed.total === 1 ? '1 email' : `${failed.total} emails`;
  const when = newest.lastAttemptAt ?? newest.createdAt;
  return `${count} could not be sent — last error ${formatTime(when, locale)} to ${newest.to}: ${newest.lastError ?? 'no reason given'}`;
}

/** One line per failed email: who, what and when, with how many tries. */
export function failedMailLine(mail: FailedMail['mails'][number], locale?: string): string {
  const tries = mail.attempts === 1 ? '1 try' : `${mail.attempts} tries`;
  return `${mail.to} · ${mail.subject} · ${formatTime(mail.lastAttemptAt ?? mail.createdAt, locale)} · ${tries}`;
}
