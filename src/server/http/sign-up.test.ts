import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import { outboxDirectory } from '../mail/mailer.ts';
import { newestMailTo, outboxMails } from '../testing/outbox.ts';
import { cookieFrom, signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url, payload: payload as object, headers });

const signUpBody = (email: string, password = 'correct horse battery') => ({
  email,
  password,
  name: 'Ana Example',
  healthConsentVersion: HEALTH_DATA_CONSENT.version,
});

/** What a client can see of an answer, less the date and the request's own id. */
function visibleAnswer(response: LightMyRequestResponse) {
  const { date: _date, 'x-request-id': _requestId, ...headers } = response.headers;
  return { status: response.statusCode, headers, body: response.body };
}

/** Opens an emailed link as a browser would, without following its redirect. */
function open(link: string, cookie = '') {
  const url = new URL(link);
  return server.app.inject({
    method: 'GET',
    url: url.pathname + url.search,
    headers: cookie ? { cookie } : {},
  });
}

const outbox = () => outboxDirectory(server.dataDir);

describe('sign-up answers alike for a new and a known email', () => {
  it('gives byte for byte the same answer, with no cookie, either way', async () => {
    await signUp(server.app, { email: 'known@example.org' });
    const known = await post(
      '/api/auth/sign-up/email',
      signUpBody('KNOWN@example.org', 'another password 1'),
    );
    const fresh = await post('/api/auth/sign-up/email', signUpBody('fresh@example.org'));
    expect(fresh.statusCode).toBe(200);
    expect(visibleAnswer(known)).toEqual(visibleAnswer(fresh));
    expect(fresh.headers['set-cookie']).toBeUndefined();
    expect(fresh.json().message).toMatch(/check your email/i);
  });

  it("emails a known email's owner that someone tried, and creates or changes nothing", async () => {
    const { cookie } = await signUp(server.app, { email: 'owner@example.org', password: 'owner password 1' });
    const before = await findUserByEmail(server.database.db, 'owner@example.org');
    const credentialBefore = await server.database.db.selectFrom('auth_accounts').selectAll().execute();

    await post('/api/auth/sign-up/email', {
      ...signUpBody('Owner@example.org', 'intruder password 1'),
      name: 'Intruder',
    });

    await server.mailDelivered();
    const mail = await newestMailTo(outbox(), 'owner@example.org');
    expect(mail.subject).toBe('Someone tried to create a Backstrong account with your email');
    expect(mail.raw).toMatch(/sign in/i);
    expect(mail.raw).toContain('http://localhost:3000/forgot-password');
    expect(await findUserByEmail(server.database.db, 'owner@example.org')).toEqual(before);
    expect(await server.database.db.selectFrom('auth_accounts').selectAll().execute()).toEqual(
      credentialBefore,
    );
    const intruder = await post('/api/auth/sign-in/email', {
      email: 'owner@example.org',
      password: 'intruder password 1',
    });
    expect(intruder.statusCode).toBe(401);
    const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().name).toBe('Test Member');
  });
});

describe('confirming the email', () => {
  it('signing up again before confirming sends a new link, and the account keeps its first password', async () => {
    await post('/api/auth/sign-up/email', signUpBody('again@example.org', 'first password 11'));
    await post('/api/auth/sign-up/email', signUpBody('again@example.org', 'second password 22'));
    await server.mailDelivered();
    const second = await newestMailTo(outbox(), 'again@example.org');
    expect(second.subject).toBe('Confirm your email to finish creating your Backstrong account');
    const mailsTo = (await outboxMails(outbox())).filter((mail) => mail.to === 'again@example.org');
    expect(mailsTo.map((mail) => mail.subject)).toEqual([second.subject, second.subject]);
    expect(second.raw).toMatch(/keeps the name and password you chose/);
    expect((await open(second.link ?? '')).headers['set-cookie']).toBeDefined();
    const withSecond = await post('/api/auth/sign-in/email', {
      email: 'again@example.org',
      password: 'second password 22',
    });
    expect(withSecond.statusCode).toBe(401);
    const withFirst = await post('/api/auth/sign-in/email', {
      email: 'again@example.org',
      password: 'first password 11',
    });
    expect(withFirst.statusCode).toBe(200);
  });

  it('refuses sign-in until the email is confirmed, and a new link can be asked for', async () => {
    await post('/api/auth/sign-up/email', signUpBody('waiting@example.org'));
    const early = await post('/api/auth/sign-in/email', {
      email: 'waiting@example.org',
      password: 'correct horse battery',
    });
    expect(early.statusCode).toBe(403);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.json()).toMatchObject({
      detail: expect.stringMatching(/confirm your email/),
    });
    expect(early.body).toContain('email-not-verified');
    expect(early.headers['set-cookie']).toBeUndefined();

    await server.mailDelivered();
    const mailsBefore = (await outboxMails(outbox())).length;
    const resent = await post('/api/auth/send-verification-email', { email: 'waiting@example.org' });
    const unknown = await post('/api/auth/send-verification-email', { email: 'nobody@example.org' });
    expect(resent.statusCode).toBe(200);
    expect(unknown.body).toBe(resent.body);
    await server.mailDelivered();
    const mails = await outboxMails(outbox());
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)?.to).toBe('waiting@example.org');

    const opened = await open(mails.at(-1)?.link ?? '');
    expect(opened.statusCode).toBe(303);
    const signedIn = await post('/api/auth/sign-in/email', {
      email: 'waiting@example.org',
      password: 'correct horse battery',
    });
    expect(signedIn.statusCode).toBe(200);
  });

  it('the link confirms the address, signs in with an HttpOnly SameSite=Lax cookie and keeps the consent', async () => {
    const before = Date.now();
    await post('/api/auth/sign-up/email', signUpBody('Link@Example.org'));
    const mail = await newestMailTo(outbox(), 'link@example.org');
    expect(mail.subject).toBe('Confirm your email to finish creating your Backstrong account');
    expect(mail.link).toMatch(/^http:\/\/localhost:3000\/api\/auth\/verify-email\?token=/);

    const opened = await open(mail.link ?? '');
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/today');
    const sessionCookie = [opened.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('backstrong.session_token='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: cookieFrom(opened) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'link@example.org', role: 'member' });
    expect(me.json().healthConsent.version).toBe(HEALTH_DATA_CONSENT.version);
    expect(new Date(me.json().healthConsent.agreedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await findUserByEmail(server.database.db, 'link@example.org'))?.email_verified).toBe(true);

    // Opened again (forwarded, or found in the inbox later), it signs nobody in.
    const again = await open(mail.link ?? '');
    expect(again.statusCode).toBe(303);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('sends a link that is not ours to sign-in, saying so, and a malformed one gets a problem', async () => {
    const forged = await open(
      'http://localhost:3000/api/auth/verify-email?token=eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImFAYi5jIn0.c2lnbmF0dXJl',
    );
    expect(forged.statusCode).toBe(303);
    expect(forged.headers.location).toBe('/sign-in?email-link=invalid');
    expect(forged.headers['set-cookie']).toBeUndefined();
    const malformed = await open('http://localhost:3000/api/auth/verify-email?token=not%20a%20token');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].location).toBe('querystring.token');
  });
});
