import { expect, it } from 'vitest';
import type { FailedMail } from '../../../contract/account.ts';
import { failedMailHeadline, failedMailLine } from './failed-mail.ts';

const mail = (to: string, lastAttemptAt: string, lastError: string | null) => ({
  id: to,
  kind: 'password-reset',
  to,
  subject: 'Reset your Backstrong password',
  attempts: 11,
  lastError,
  createdAt: '2026-12-01T08:00:00Z',
  lastAttemptAt,
});

it('says how many emails could not be sent, with the newest one’s time, recipient and error', () => {
  const failed: FailedMail = {
    total: 2,
    mails: [
      mail('ana@example.org', '2026-12-02T09:30:00Z', 'ECONNREFUSED: connect ECONNREFUSED 10.0.0.5:587'),
      mail('ben@example.org', '2026-12-01T12:00:00Z', null),
    ],
  };
  expect(failedMailHeadline(failed, 'en-GB')).toMatch(
    /^2 emails could not be sent — last error 2 Dec 2026, \d\d:\d\d to ana@example\.org: ECONNREFUSED: connect ECONNREFUSED 10\.0\.0\.5:587$/,
  );
  expect(failedMailLine(failed.mails[1] ?? mail('', '', null), 'en-GB')).toMatch(
    /^ben@example\.org · Reset your Backstrong password · 1 Dec 2026, \d\d:\d\d · 11 tries$/,
  );
});

it('says nothing when every email went out', () => {
  expect(failedMailHeadline({ total: 0, mails: [] })).toBeUndefined();
});
