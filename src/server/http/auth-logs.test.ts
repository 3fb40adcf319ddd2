import { inspect } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JOBS_SCHEMA } from '../jobs/jobs.ts';
import { createLogger } from '../log.ts';
import { createMailer, outboxDirectory } from '../mail/mailer.ts';
import { newestMailTo } from '../testing/outbox.ts';
import { eventually, startSmtpListener } from '../testing/smtp-listener.ts';
import { cookieFrom, signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

const logged: string[] = [];
let server: TestServer;
beforeAll(async () => {
  // Whatever a library prints to the console is part of the process's log too.
  for (const method of ['error', 'warn', 'log', 'info'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '));
    });
  }
  const logger = createLogger('debug', { write: (line: string) => logged.push(line) });
  server = await startTestServer({ logger });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url, payload: payload as object, headers });

/** The value of each cookie in a cookie header, and its signed token part, as a log might carry them. */
function cookieValues(cookie: string): string[] {
  return cookie.split('; ').flatMap((pair) => {
    const value = pair.slice(pair.indexOf('=') + 1);
    return [value, decodeURIComponent(value), decodeURIComponent(value).split('.')[0] ?? value];
  });
}

describe('the log of a whole sign-up, sign-in and password reset', () => {
  it('never holds a password, a reset token or a login-session cookie', async () => {
    const email = 'quiet@example.org';
    const passwords = ['first password 111', 'wrong guess 999', 'second password 222', 'third password 333'];
    const [first, wrong, second, third] = passwords as [string, string, string, string];
    const secrets: string[] = [...passwords];

    const { cookie: signUpCookie } = await signUp(server.app, { email, password: first });
    secrets.push(...cookieValues(signUpCookie));
    // The confirmation link signUp opened: its request line is logged, its token must not be.
    const confirmation = await newestMailTo(outboxDirectory(server.dataDir), email);
    const confirmToken = new URL(confirmation.link ?? '').searchParams.get('token') ?? '';
    expect(confirmToken).not.toBe('');
    secrets.push(confirmToken, ...confirmToken.split('.').filter((part) => part.length > 20));
    expect((await post('/api/auth/sign-in/email', { email, password: wrong })).statusCode).toBe(401);
    const signedIn = await post('/api/auth/sign-in/email', { email, password: first });
    expect(signedIn.statusCode).toBe(200);
    secrets.push(...cookieValues(cookieFrom(signedIn)));

    expect((await post('/api/auth/request-password-reset', { email })).statusCode).toBe(200);
    const token = new URL((await server.lastMail()).link ?? '').searchParams.get('token') ?? '';
    expect(token).not.toBe('');
    secrets.push(token);
    const page = await server.app.inject({
      method: 'GET',
      url: `/reset-password?token=${encodeURIComponent(token)}`,
      headers: { cookie: cookieFrom(signedIn), authorization: `Bearer ${token}` },
    });
    expect(page.statusCode).toBe(404);
    // A token the database cannot store (NUL) once reached PostgreSQL and its error log.
    const broken = `${token.slice(0, 12)}\u0000broken-token-tail`;
    secrets.push('broken-token-tail');
    const refused = await post('/api/auth/reset-password', { token: broken, newPassword: second });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect((await post('/api/auth/reset-password', { token, newPassword: second })).statusCode).toBe(200);

    const again = await post('/api/auth/sign-in/email', { email, password: second });
    expect(again.statusCode).toBe(200);
    const cookie = cookieFrom(again);
    secrets.push(...cookieValues(cookie));
    const changed = await post(
      '/api/auth/change-password',
      { currentPassword: second, newPassword: third },
      { cookie },
    );
    expect(changed.statusCode).toBe(200);
    const newCookie = cookieFrom(changed) || cookie;
    secrets.push(...cookieValues(newCookie));
    expect((await post('/api/auth/sign-out', {}, { cookie: newCookie })).statusCode).toBe(200);

    // A database error while a reset link is looked up: the failed query's values hold the token.
    expect((await post('/api/auth/request-password-reset', { email })).statusCode).toBe(200);
    const lastToken = new URL((await server.lastMail()).link ?? '').searchParams.get('token') ?? '';
    secrets.push(lastToken);
    await sql`alter table auth_verifications rename to auth_verifications_away`.execute(server.database.db);
    try {
      const failed = await post('/api/auth/reset-password', { token: lastToken, newPassword: second });
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`alter table auth_verifications_away rename to auth_verifications`.execute(server.database.db);
    }

    const log = logged.join('');
    expect(log).toContain('incoming request');
    expect(log).toContain('mail written to outbox');
    expect(log).toContain('/api/auth/verify-email?token=[redacted]');
    expect(log).toContain('request failed');
    const found = secrets.filter((secret) => secret.length >= 8 && log.includes(secret));
    expect(found).toEqual([]);
  });
});

describe('the log and the job queue while an email cannot be delivered', () => {
  it("hold the message id and the mail server's words, never the link", async () => {
    const smtp = await startSmtpListener();
    await smtp.close();
    const lines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => lines.push(line) });
    const failing = await startTestServer({
      logger,
      mailer: createMailer({ smtpUrl: smtp.url, from: 'a@b.example', outboxDir: '/nonexistent', logger }),
      mailRetry: { retryLimit: 0, retryDelay: 1, retryBackoff: false },
    });
    try {
      const response = await failing.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        payload: { email: 'undelivered@example.org', password: 'a long password 1', name: 'Un Delivered' },
      });
      expect(response.statusCode).toBe(200);
      const stored = await failing.database.db
        .selectFrom('outgoing_mail')
        .selectAll()
        .executeTakeFirstOrThrow();
      const token = /token=([^\s&]+)/.exec(stored.text ?? '')?.[1] ?? '';
      expect(token.length).toBeGreaterThan(20);
      await eventually('giving up', async () => {
        const mail = await failing.database.db
          .selectFrom('outgoing_mail')
          .select('status')
          .executeTakeFirst();
        return mail?.status === 'failed';
      });

      const log = lines.join('');
      expect(log).toContain('mail could not be sent: given up');
      expect(log).toContain(stored.id);
      expect(log).not.toContain(token);
      const jobs = await sql<{ data: unknown; output: unknown }>`
        select data, output from ${sql.table(`${JOBS_SCHEMA}.job`)} where name = 'send-mail'`.execute(
        failing.database.db,
      );
      expect(jobs.rows.map((job) => job.data)).toEqual([{ mailId: stored.id }]);
      expect(JSON.stringify(jobs.rows)).not.toContain(token);
      expect(JSON.stringify(jobs.rows)).toMatch(/ECONNREFUSED/);
    } finally {
      await failing.close();
    }
  });
});
