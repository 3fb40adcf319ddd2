import { randomUUID } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../auth/auth.ts';
import { createVerifiedAccount } from '../auth/verified-account.ts';
import { findOutgoingMail, insertOutgoingMail } from '../db/repositories/outgoing-mail.ts';
import { createLogger } from '../log.ts';
import { createMailer } from '../mail/mailer.ts';
import { passwordResetMessage } from '../mail/messages.ts';
import { NO_OUTGOING_MAIL } from '../mail/outgoing-mail.ts';
import { eventually, type SmtpListener, startSmtpListener } from '../testing/smtp-listener.ts';
import { cookieFrom, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';
import { SEND_MAIL, sendMail } from './send-mail.ts';

/**
 * The send-mail job against a real SMTP listener, on the test database (PGlite, or PostgreSQL with
 * DATABASE_URL). Failed attempts are tried again after a second here; in production after 30 s and more.
 */
const PASSWORD = 'correct horse battery';

async function smtpServerAt(port: number): Promise<SmtpListener> {
  return startSmtpListener({ port });
}

/** A free port where nothing listens: a listener started and closed again. */
async function portWithNoServer(): Promise<number> {
  const probe = await startSmtpListener();
  await probe.close();
  return probe.port;
}

async function serverMailingTo(port: number, retryLimit: number): Promise<TestServer> {
  return startTestServer({
    mailer: createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Backstrong <no-reply@backstrong.example>',
      outboxDir: '/nonexistent',
      logger: { info() {} },
    }),
    mailRetry: { retryLimit, retryDelay: 1, retryBackoff: false },
  });
}

async function accountFor(server: TestServer, email: string, role: 'member' | 'admin' = 'member') {
  const auth = createAuth({
    db: server.database.db,
    publicUrl: TEST_PUBLIC_URL,
    secret: 'test-secret-that-is-long-enough-0123456789',
    mail: NO_OUTGOING_MAIL,
    clock: () => new Date(),
  });
  const { id } = await createVerifiedAccount(auth, { email, password: PASSWORD, name: 'Ana Member' });
  if (role === 'admin') {
    await server.database.db.updateTable('users').set({ role }).where('id', '=', id).execute();
  }
  return id;
}

function askForReset(server: TestServer, email: string) {
  return server.app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email } });
}

function onlyMailTo(server: TestServer, email: string) {
  return server.database.db
    .selectFrom('outgoing_mail')
    .selectAll()
    .where('recipient', '=', email)
    .executeTakeFirstOrThrow();
}

describe('while the mail server is down', () => {
  let server: TestServer;
  let port: number;
  let smtp: SmtpListener | undefined;
  beforeAll(async () => {
    port = await portWithNoServer();
    server = await serverMailingTo(port, 30);
  });
  afterAll(async () => {
    await server.close();
    await smtp?.close();
  });

  it('a reset email waits, and is delivered once when the server is back', async () => {
    await accountFor(server, 'waiting@example.org');
    expect((await askForReset(server, 'waiting@example.org')).statusCode).toBe(200);

    await eventually('a failed attempt', async () => {
      const mail = await onlyMailTo(server, 'waiting@example.org');
      return mail.attempts > 0 && mail.status === 'pending';
    });
    const waiting = await onlyMailTo(server, 'waiting@example.org');
    expect(waiting).toMatchObject({ status: 'pending', kind: 'password-reset', sent_at: null });
    expect(waiting.last_error).toMatch(/ECONNREFUSED/);

    smtp = await smtpServerAt(port);
    await eventually(
      'delivery',
      async () => (await onlyMailTo(server, 'waiting@example.org')).status === 'sent',
    );
    const sent = await onlyMailTo(server, 'waiting@example.org');
    expect(sent.text).toBeNull();
    expect(sent.sent_at).not.toBeNull();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(['waiting@example.org']);
    const link = /(http:\/\/\S+reset-password\?token=\S+)/.exec(smtp.received[0]?.data ?? '')?.[1];
    expect(link).toBeDefined();

    // The emailed link works: the message that waited is the one that was asked for.
    const token = new URL(link ?? '').searchParams.get('token');
    const reset = await server.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'a new password 42' },
    });
    expect(reset.statusCode).toBe(200);
  });
});

describe('a message that keeps failing', () => {
  let server: TestServer;
  let smtp: SmtpListener;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    smtp.isAccepting = false;
    server = await serverMailingTo(smtp.port, 1);
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('is marked failed after its tries, without its text, and the admin sees it', async () => {
    await accountFor(server, 'admin@example.org', 'admin');
    await accountFor(server, 'unlucky@example.org');
    expect((await askForReset(server, 'unlucky@example.org')).statusCode).toBe(200);

    await eventually(
      'giving up',
      async () => (await onlyMailTo(server, 'unlucky@example.org')).status === 'failed',
    );
    const failed = await onlyMailTo(server, 'unlucky@example.org');
    expect(failed.attempts).toBe(2);
    expect(failed.text).toBeNull();
    expect(smtp.offered).toBe(2);
    expect(smtp.received).toHaveLength(0);

    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'admin@example.org', password: PASSWORD },
    });
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/admin/failed-mail',
      headers: { cookie: cookieFrom(signIn) },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      total: 1,
      mails: [
        {
          id: failed.id,
          kind: 'password-reset',
          to: 'unlucky@example.org',
          subject: 'Reset your Backstrong password',
          attempts: 2,
          lastError: expect.stringMatching(/451 Try again later/),
          createdAt: failed.created_at.toISOString(),
          lastAttemptAt: failed.last_attempt_at?.toISOString(),
        },
      ],
    });
    expect(response.body).not.toMatch(/token|reset-password\?/);
  });
});

describe('a last try cut off', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  // A mail server that takes the connection and never says a word: the try outlasts its time.
  const silent = createServer((socket) => sockets.push(socket));
  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    server = await startTestServer({
      mailer: createMailer({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'Backstrong <no-reply@backstrong.example>',
        outboxDir: '/nonexistent',
        logger: { info() {} },
      }),
      mailRetry: { retryLimit: 0, retryDelay: 1, retryBackoff: false, attemptSeconds: 1 },
      superviseIntervalSeconds: 1,
    });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await server.close();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('is given up on by the queue, and the message is marked failed for the admin', async () => {
    await accountFor(server, 'cut-off@example.org');
    expect((await askForReset(server, 'cut-off@example.org')).statusCode).toBe(200);
    // Well before the mail client's own greeting timeout (10 s) would end the try.
    await eventually(
      'the queue giving up',
      async () => (await onlyMailTo(server, 'cut-off@example.org')).status === 'failed',
      8_000,
    );
    const failed = await onlyMailTo(server, 'cut-off@example.org');
    expect(failed.last_error).toBe('the last try was cut off');
    expect(failed.text).toBeNull();
  });
});

describe('the send-mail job, run by hand', () => {
  let server: TestServer;
  let smtp: SmtpListener;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    server = await serverMailingTo(smtp.port, 2);
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.received.length = 0;
  });

  const deps = () => ({
    db: server.database.db,
    mailer: createMailer({
      smtpUrl: smtp.url,
      from: 'Backstrong <no-reply@backstrong.example>',
      outboxDir: '/nonexistent',
      logger: { info() {} },
    }),
    logger: createLogger('silent'),
  });

  async function storedMessage(sendAfter?: Date): Promise<string> {
    const id = randomUUID();
    const message = passwordResetMessage(
      { email: 'twice@example.org', name: 'Twice' },
      'http://x/reset?token=t',
    );
    await insertOutgoingMail(server.database.db, {
      id,
      kind: message.kind,
      recipient: message.to,
      subject: message.subject,
      text: message.text,
      sendAfter,
    });
    return id;
  }

  it('run twice at once, and again after, delivers once', async () => {
    const id = await storedMessage();
    const outcomes = await Promise.all([
      sendMail(deps(), id, { isLast: false }),
      sendMail(deps(), id, { isLast: false }),
    ]);
    expect(outcomes.sort()).toEqual(['nothing-to-do', 'sent']);
    expect(await sendMail(deps(), id, { isLast: false })).toBe('nothing-to-do');
    expect(smtp.received).toHaveLength(1);
    expect((await findOutgoingMail(server.database.db, id))?.attempts).toBe(1);
  });

  it('fired before the message is due, does nothing', async () => {
    const id = await storedMessage(new Date(Date.now() + 60 * 60 * 1000));
    expect(await sendMail(deps(), id, { isLast: false })).toBe('nothing-to-do');
    expect(await findOutgoingMail(server.database.db, id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('queued twice under the message id, is one job', async () => {
    const id = await server.jobs.outgoingMail.send(
      passwordResetMessage({ email: 'once@example.org', name: 'Once' }, 'http://x/reset?token=u'),
    );
    expect(await server.jobs.boss.send(SEND_MAIL, { mailId: id }, { id })).toBeNull();
    await server.mailDelivered();
    expect(smtp.received.filter((mail) => mail.to.includes('once@example.org'))).toHaveLength(1);
  });

  it('delivers the headers a message carries, and keeps them no longer than its text', async () => {
    const unsubscribe = 'http://localhost:3000/unsubscribe?token=abc';
    const id = await server.jobs.outgoingMail.send({
      kind: 'publication-release',
      to: 'headers@example.org',
      subject: 'This week',
      text: `Unsubscribe: ${unsubscribe}`,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    expect((await findOutgoingMail(server.database.db, id))?.headers).toEqual({
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    await server.mailDelivered();
    const [mail] = smtp.received.filter((received) => received.to.includes('headers@example.org'));
    expect(mail?.data).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/unsubscribe\?token=abc>\r?$/m);
    expect(mail?.data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(await findOutgoingMail(server.database.db, id)).toMatchObject({ status: 'sent', headers: null });
  });

  it('sends a message without headers of its own as before', async () => {
    const id = await storedMessage();
    expect(await sendMail(deps(), id, { isLast: false })).toBe('sent');
    expect(smtp.received[0]?.data).not.toContain('List-Unsubscribe');
  });
});
