import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { createAuth } from '../auth/auth.ts';
import { createVerifiedAccount } from '../auth/verified-account.ts';
import { emailMembersAwayFromMessages } from '../jobs/email-waiting-messages.ts';
import { createMailer } from '../mail/mailer.ts';
import { NO_OUTGOING_MAIL } from '../mail/outgoing-mail.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { type SmtpListener, startSmtpListener } from '../testing/smtp-listener.ts';
import { cookieFrom, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';

/**
 * A member who has not opened the app for a day hears of a message from their coach by one email,
 * delivered by the send-mail job to a real SMTP listener; one seen an hour ago does not.
 */
const PASSWORD = 'correct horse battery';
let smtp: SmtpListener;
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let coachCookie: string;
let coachId: string;

async function account(email: string, name: string): Promise<{ id: string; cookie: string }> {
  const auth = createAuth({
    db: server.database.db,
    publicUrl: TEST_PUBLIC_URL,
    secret: 'test-secret-that-is-long-enough-0123456789',
    mail: NO_OUTGOING_MAIL,
    clock: () => new Date(),
  });
  const { id } = await createVerifiedAccount(auth, { email, password: PASSWORD, name });
  await server.database.db
    .updateTable('users')
    .set({ health_consent_version: HEALTH_DATA_CONSENT.version, health_consent_at: now })
    .where('id', '=', id)
    .execute();
  const signIn = await server.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email, password: PASSWORD },
  });
  return { id, cookie: cookieFrom(signIn) };
}

beforeAll(async () => {
  smtp = await startSmtpListener();
  server = await startTestServer({
    clock: () => now,
    mailer: createMailer({
      smtpUrl: smtp.url,
      from: 'Backstrong <no-reply@backstrong.example>',
      outboxDir: '/nonexistent',
      logger: { info() {} },
    }),
  });
  const coach = await account('sam@example.org', 'Sam');
  await server.database.db.updateTable('users').set({ role: 'coach' }).where('id', '=', coach.id).execute();
  coachCookie = coach.cookie;
  coachId = coach.id;
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

function coachWrites(memberId: string, body: string, id = randomUUID()) {
  return server.app.inject({
    method: 'POST',
    url: `/api/coach/members/${memberId}/messages`,
    headers: { cookie: coachCookie },
    payload: { id, body },
  });
}
const openTheApp = (cookie: string) =>
  server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
const mailTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));
const hours = (count: number) => count * 60 * 60 * 1000;

describe('email about a message from the coach', () => {
  it('goes once to a member away a day, for all the messages they have not read, without their text', async () => {
    const away = await account('away@example.org', 'Ana');
    await giveCoach(server.database.db, { memberId: away.id, coachId, at: now });
    expect((await openTheApp(away.cookie)).statusCode).toBe(200);
    now = new Date(now.getTime() + hours(25));

    const id = randomUUID();
    expect((await coachWrites(away.id, 'Your knees caved in on the last squats', id)).statusCode).toBe(201);
    // A retry, and a second message before the first is read: neither makes another email.
    expect((await coachWrites(away.id, 'Your knees caved in on the last squats', id)).statusCode).toBe(200);
    expect((await coachWrites(away.id, 'Shall we try half squats?')).statusCode).toBe(201);
    await server.mailDelivered();

    const mails = mailTo('away@example.org');
    expect(mails).toHaveLength(1);
    const text = mails[0]?.data ?? '';
    expect(text).toContain('Subject: You have a message from Sam, your coach');
    expect(text).toContain(`${TEST_PUBLIC_URL}/messages`);
    expect(text).not.toContain('knees');
    expect(text).not.toContain('half squats');
    const emailed = await server.database.db
      .selectFrom('messages')
      .select('emailed_at')
      .where('member_id', '=', away.id)
      .orderBy('sent_at')
      .execute();
    expect(emailed.map((row) => row.emailed_at !== null)).toEqual([true, false]);
  });

  it('goes again for a new message once the member has read the others and stayed away a day', async () => {
    const back = await account('back@example.org', 'Bo');
    await giveCoach(server.database.db, { memberId: back.id, coachId, at: now });
    const first = randomUUID();
    await coachWrites(back.id, 'Hello Bo', first);
    await server.mailDelivered();
    expect(mailTo('back@example.org')).toHaveLength(1);

    await openTheApp(back.cookie);
    await server.app.inject({
      method: 'POST',
      url: '/api/me/messages/read',
      headers: { cookie: back.cookie },
      payload: { upTo: first },
    });
    now = new Date(now.getTime() + hours(30));
    await coachWrites(back.id, 'How was the week?');
    await server.mailDelivered();
    expect(mailTo('back@example.org')).toHaveLength(2);
  });

  it('does not go to a member seen an hour ago', async () => {
    const recent = await account('recent@example.org', 'Cy');
    await giveCoach(server.database.db, { memberId: recent.id, coachId, at: now });
    await openTheApp(recent.cookie);
    now = new Date(now.getTime() + hours(1));
    expect((await coachWrites(recent.id, 'Nice work today')).statusCode).toBe(201);
    await server.mailDelivered();
    expect(mailTo('recent@example.org')).toEqual([]);
    const queued = await server.database.db
      .selectFrom('outgoing_mail')
      .select('id')
      .where('recipient', '=', 'recent@example.org')
      .execute();
    expect(queued).toEqual([]);
  });
});

describe('a member who was about when the coach wrote, then stayed away', () => {
  it('hears of it by one email from the hourly job once a day has passed, never twice', async () => {
    const stays = await account('stays@example.org', 'Eve');
    await giveCoach(server.database.db, { memberId: stays.id, coachId, at: now });
    await openTheApp(stays.cookie);
    now = new Date(now.getTime() + hours(1));
    await coachWrites(stays.id, 'How did the bridges feel?');
    const deps = {
      db: server.database.db,
      mail: server.jobs.outgoingMail,
      publicUrl: TEST_PUBLIC_URL,
    };
    // Not a day away yet: the job sends nothing.
    now = new Date(now.getTime() + hours(20));
    await emailMembersAwayFromMessages(deps, now);
    await server.mailDelivered();
    expect(mailTo('stays@example.org')).toEqual([]);

    now = new Date(now.getTime() + hours(5));
    // Members of the tests above who have stayed away since are told too, each once.
    expect(await emailMembersAwayFromMessages(deps, now)).toBeGreaterThanOrEqual(1);
    expect(await emailMembersAwayFromMessages(deps, now)).toBe(0);
    await server.mailDelivered();
    const mails = mailTo('stays@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.data).toContain(`${TEST_PUBLIC_URL}/messages`);
    expect(mails[0]?.data).not.toContain('bridges');
  });

  it('hears nothing once they have read it, or when they came back', async () => {
    const reads = await account('reads@example.org', 'Flo');
    await giveCoach(server.database.db, { memberId: reads.id, coachId, at: now });
    await openTheApp(reads.cookie);
    const id = randomUUID();
    await coachWrites(reads.id, 'Well done', id);
    await server.app.inject({
      method: 'POST',
      url: '/api/me/messages/read',
      headers: { cookie: reads.cookie },
      payload: { upTo: id },
    });
    const back = await account('came-back@example.org', 'Gus');
    await giveCoach(server.database.db, { memberId: back.id, coachId, at: now });
    await openTheApp(back.cookie);
    await coachWrites(back.id, 'See you Thursday');
    now = new Date(now.getTime() + hours(23));
    await openTheApp(back.cookie);
    now = new Date(now.getTime() + hours(2));
    const deps = { db: server.database.db, mail: server.jobs.outgoingMail, publicUrl: TEST_PUBLIC_URL };
    expect(await emailMembersAwayFromMessages(deps, now)).toBe(0);
  });
});

describe('when a member was last seen', () => {
  it('is kept by opening the app, written at most every five minutes', async () => {
    const member = await account('seen@example.org', 'Di');
    const lastSeen = async () =>
      (
        await server.database.db
          .selectFrom('users')
          .select('last_seen_at')
          .where('id', '=', member.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at?.toISOString();
    const opened = now.toISOString();
    await openTheApp(member.cookie);
    expect(await lastSeen()).toBe(opened);
    now = new Date(now.getTime() + 4 * 60_000);
    await openTheApp(member.cookie);
    expect(await lastSeen()).toBe(opened);
    now = new Date(now.getTime() + 2 * 60_000);
    await openTheApp(member.cookie);
    expect(await lastSeen()).toBe(now.toISOString());
  });
});
