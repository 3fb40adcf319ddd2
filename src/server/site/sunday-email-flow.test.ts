import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE_SCHEDULE, nextReleaseSlot } from '../../core/publication/release-schedule.ts';
import { queueReleaseEmailBatch } from '../jobs/release-email.ts';
import { publishDueItems } from '../jobs/release-publication.ts';
import { createMailer } from '../mail/mailer.ts';
import { subscriptionKey } from '../publication/subscription-tokens.ts';
import {
  eventually,
  type ReceivedMail,
  type SmtpListener,
  startSmtpListener,
} from '../testing/smtp-listener.ts';
import { startTestServer, TEST_AUTH_SECRET, type TestServer } from '../testing/test-server.ts';

/**
 * The Sunday email from the reader's side, over a real SMTP server: sign up, confirm from the emailed
 * link, get exactly one email for a Sunday release with the one-click unsubscribe, use it, and get
 * nothing for the next release (which another subscriber does get).
 */
const PUBLIC_URL = 'https://backstrong.example';
const READER = 'reader@example.org';
const OTHER = 'other-reader@example.org';
const form = { 'content-type': 'application/x-www-form-urlencoded' };

let smtp: SmtpListener;
let server: TestServer;
let now = new Date('2026-12-01T10:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpListener();
  server = await startTestServer({
    publicUrl: PUBLIC_URL,
    clock: () => now,
    mailer: createMailer({
      smtpUrl: smtp.url,
      from: 'hello@backstrong.example',
      outboxDir: '/nonexistent',
      logger: { info() {} },
    }),
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const mailsTo = (email: string, subject: string) =>
  smtp.received.filter((mail) => mail.to.includes(email) && subjectOf(mail) === subject);

/** Header lines unfolded (RFC 5322: a line break followed by a space continues the header). */
function headersOf(mail: ReceivedMail): string {
  return (mail.data.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n(?=[ \t])/g, '');
}

function subjectOf(mail: ReceivedMail): string | undefined {
  return /^Subject: (.*)$/m.exec(headersOf(mail))?.[1]?.trim();
}

/** A link of ours as the app is given it: path and query only (the test server answers every host). */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(PUBLIC_URL);
  return parsed.pathname + parsed.search;
};

async function signUpAndConfirm(email: string): Promise<void> {
  const asked = await server.app.inject({
    method: 'POST',
    url: '/subscribe',
    headers: form,
    payload: `email=${encodeURIComponent(email)}`,
  });
  expect(asked.statusCode).toBe(200);
  await eventually(
    `the confirmation email to ${email}`,
    () => mailsTo(email, 'Confirm your Backstrong Sunday email').length === 1,
  );
  const mail = mailsTo(email, 'Confirm your Backstrong Sunday email')[0] as ReceivedMail;
  const link = /(https:\/\/backstrong\.example\/subscribe\/confirm\?token=\S+)/.exec(mail.data)?.[1];
  expect(link).toBeDefined();
  const page = await server.app.inject({ method: 'GET', url: pathOf(link ?? '') });
  expect(page.statusCode).toBe(200);
  expect(
    await server.database.db.selectFrom('subscribers').select('email').where('email', '=', email).execute(),
  ).toEqual([]);
  const token = new URL(link ?? '').searchParams.get('token') ?? '';
  const confirmed = await server.app.inject({
    method: 'POST',
    url: '/subscribe/confirm',
    headers: form,
    payload: `token=${encodeURIComponent(token)}`,
  });
  expect(confirmed.statusCode).toBe(200);
}

/** Schedules an article for the Sunday slot after `from` and releases it as the release job does. */
async function releaseOnSunday(from: Date, slug: string): Promise<Date> {
  const slot = nextReleaseSlot(from, DEFAULT_RELEASE_SCHEDULE);
  expect(slot.getUTCDay()).toBe(0);
  await server.database.db
    .insertInto('articles')
    .values({ id: randomUUID(), slug, title: `Article ${slug}`, status: 'scheduled', publish_at: slot })
    .execute();
  now = new Date(slot.getTime() + 30_000);
  await publishDueItems(server.database.db, now);
  const deps = {
    db: server.database.db,
    mail: server.jobs.outgoingMail,
    publicUrl: PUBLIC_URL,
    linkKey: subscriptionKey(TEST_AUTH_SECRET),
    clock: () => now,
  };
  while ((await queueReleaseEmailBatch(deps, slot)).more) {}
  await server.mailDelivered();
  return slot;
}

describe('the Sunday email, from sign-up to unsubscribe', () => {
  it('reaches a confirmed reader once per release, and stops after the one-click unsubscribe', {
    timeout: 60_000,
  }, async () => {
    await signUpAndConfirm(READER);
    await signUpAndConfirm(OTHER);

    const first = await releaseOnSunday(now, 'first-sunday');
    await eventually(
      'the release email to the reader',
      () => mailsTo(READER, 'This week on Backstrong').length > 0,
    );
    await eventually(
      'the release email to the other reader',
      () => mailsTo(OTHER, 'This week on Backstrong').length > 0,
    );
    const releaseMails = mailsTo(READER, 'This week on Backstrong');
    expect(releaseMails).toHaveLength(1);
    const mail = releaseMails[0] as ReceivedMail;
    const headers = headersOf(mail);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const headerLink =
      /^List-Unsubscribe: <(https:\/\/backstrong\.example\/unsubscribe\?token=[^>\s]+)>$/m.exec(headers)?.[1];
    expect(headerLink).toBeDefined();
    expect(mail.data).toContain(`unsubscribe here: ${headerLink}`);
    expect(mail.data).toContain(`${PUBLIC_URL}/articles/first-sunday`);
    expect(
      await server.database.db
        .selectFrom('release_emails')
        .select('slot')
        .where('slot', '=', first)
        .execute(),
    ).toHaveLength(2);

    // The mail provider's one-click: a POST from its own server, no cookie, the body RFC 8058 prescribes.
    const unsubscribed = await server.app.inject({
      method: 'POST',
      url: pathOf(headerLink ?? ''),
      headers: { ...form, origin: 'https://mail.provider.example' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.statusCode).toBe(200);
    const left = await server.database.db.selectFrom('subscribers').select('email').execute();
    expect(left).toEqual([{ email: OTHER }]);

    await releaseOnSunday(now, 'second-sunday');
    await eventually(
      'the second release email to the other reader',
      () => mailsTo(OTHER, 'This week on Backstrong').length === 2,
    );
    await server.mailDelivered();
    expect(mailsTo(READER, 'This week on Backstrong')).toHaveLength(1);
  });
});
