import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { cookieFrom, signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    signInLimits: { perAccountAndAddress: 4, perAccount: 100, perAddress: 1000, windowSeconds: 60 },
  });
});
afterAll(() => server.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('sign-up', () => {
  it('without consent the account exists but records none, and consent can be given later', async () => {
    const { cookie } = await signUp(server.app, { email: 'noconsent@example.org', consent: false });
    const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().healthConsent).toBeNull();
    const stale = await post('/api/me/health-consent', { version: '1999-01-01' }, { cookie });
    expect(stale.statusCode).toBe(409);
    const given = await post('/api/me/health-consent', { version: HEALTH_DATA_CONSENT.version }, { cookie });
    expect(given.statusCode).toBe(200);
    const after = await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.json().healthConsent.version).toBe(HEALTH_DATA_CONSENT.version);
  });

  it('refuses a short password with the field named', async () => {
    const response = await post('/api/auth/sign-up/email', {
      email: 'short@example.org',
      password: 'short',
      name: 'Sam',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { location: 'body.password', message: expect.stringMatching(/10/) },
    ]);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password only, and sign-out ends the login session', async () => {
    await signUp(server.app, { email: 'bea@example.org', password: 'bea password 123' });
    const wrong = await post('/api/auth/sign-in/email', {
      email: 'bea@example.org',
      password: 'not it at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).toMatch(/do not match/);

    const right = await post('/api/auth/sign-in/email', {
      email: 'BEA@example.org',
      password: 'bea password 123',
    });
    expect(right.statusCode).toBe(200);
    const cookie = cookieFrom(right);
    expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(
      200,
    );

    const out = await post('/api/auth/sign-out', {}, { cookie });
    expect(out.statusCode).toBe(200);
    expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('limits attempts per account with a clear 429, and a success clears the count', async () => {
    await signUp(server.app, { email: 'limit@example.org', password: 'limit password 1' });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        (await post('/api/auth/sign-in/email', { email: 'limit@example.org', password: 'wrong password' }))
          .statusCode,
      ).toBe(401);
    }
    const ok = await post('/api/auth/sign-in/email', {
      email: 'limit@example.org',
      password: 'limit password 1',
    });
    expect(ok.statusCode).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) {
      await post('/api/auth/sign-in/email', { email: 'limit@example.org', password: 'wrong password' });
    }
    const blocked = await post('/api/auth/sign-in/email', {
      email: 'limit@example.org',
      password: 'limit password 1',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(blocked.json().detail).toMatch(/wait/);
  });

  it('limits attempts per address across accounts', async () => {
    const limited = await startTestServer({
      signInLimits: { perAccountAndAddress: 100, perAccount: 100, perAddress: 3, windowSeconds: 60 },
    });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in/email',
          payload: { email: `nobody${attempt}@example.org`, password: 'whatever it is' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('passwords', () => {
  it('changes the password with the current one, and the old one stops working', async () => {
    const { cookie } = await signUp(server.app, { email: 'cara@example.org', password: 'old password 123' });
    const wrongCurrent = await post(
      '/api/auth/change-password',
      { currentPassword: 'nope nope nope', newPassword: 'new password 456' },
      { cookie },
    );
    expect(wrongCurrent.statusCode).toBe(400);
    const changed = await post(
      '/api/auth/change-password',
      { currentPassword: 'old password 123', newPassword: 'new password 456' },
      { cookie },
    );
    expect(changed.statusCode).toBe(200);
    expect(
      (await post('/api/auth/sign-in/email', { email: 'cara@example.org', password: 'old password 123' }))
        .statusCode,
    ).toBe(401);
    expect(
      (await post('/api/auth/sign-in/email', { email: 'cara@example.org', password: 'new password 456' }))
        .statusCode,
    ).toBe(200);
  });

  it('resets the password through a single-use emailed link', async () => {
    await signUp(server.app, { email: 'dan@example.org', password: 'forgotten pass 1' });
    const request = await post('/api/auth/request-password-reset', { email: 'dan@example.org' });
    expect(request.statusCode).toBe(200);
    const mail = await server.lastMail();
    expect(mail.to).toBe('dan@example.org');
    expect(mail.subject).toMatch(/Reset/);
    const token = new URL(mail.link ?? '').searchParams.get('token');
    expect(token).toBeTruthy();

    const reset = await post('/api/auth/reset-password', { token, newPassword: 'remembered pass 2' });
    expect(reset.statusCode).toBe(200);
    const reused = await post('/api/auth/reset-password', { token, newPassword: 'third password 3' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().detail).toMatch(/no longer valid/);
    expect(
      (await post('/api/auth/sign-in/email', { email: 'dan@example.org', password: 'remembered pass 2' }))
        .statusCode,
    ).toBe(200);
  });

  it('using one link ends every other link the account was sent', async () => {
    await signUp(server.app, { email: 'gil@example.org', password: 'gil password 111' });
    const tokens: (string | null)[] = [];
    for (let request = 0; request < 2; request++) {
      await post('/api/auth/request-password-reset', { email: 'gil@example.org' });
      tokens.push(new URL((await server.lastMail()).link ?? '').searchParams.get('token'));
    }
    const [older, newer] = tokens;
    expect(older).not.toBe(newer);
    expect(
      (await post('/api/auth/reset-password', { token: newer, newPassword: 'gil password 222' })).statusCode,
    ).toBe(200);
    const stale = await post('/api/auth/reset-password', { token: older, newPassword: 'gil password 333' });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().detail).toMatch(/no longer valid/);
    expect(
      (await post('/api/auth/sign-in/email', { email: 'gil@example.org', password: 'gil password 222' }))
        .statusCode,
    ).toBe(200);
  });

  it('changing the password ends every outstanding reset link', async () => {
    const { cookie } = await signUp(server.app, { email: 'hal@example.org', password: 'hal password 111' });
    await post('/api/auth/request-password-reset', { email: 'hal@example.org' });
    const token = new URL((await server.lastMail()).link ?? '').searchParams.get('token');
    const changed = await post(
      '/api/auth/change-password',
      { currentPassword: 'hal password 111', newPassword: 'hal password 222' },
      { cookie },
    );
    expect(changed.statusCode).toBe(200);
    const stale = await post('/api/auth/reset-password', { token, newPassword: 'hal password 333' });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().detail).toMatch(/no longer valid/);
  });

  it('refuses an expired reset link', async () => {
    await signUp(server.app, { email: 'eve@example.org' });
    await post('/api/auth/request-password-reset', { email: 'eve@example.org' });
    const token = new URL((await server.lastMail()).link ?? '').searchParams.get('token');
    await server.database.db
      .updateTable('auth_verifications')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const reset = await post('/api/auth/reset-password', { token, newPassword: 'too late for this' });
    expect(reset.statusCode).toBe(400);
  });

  it('refuses a reset token no link could hold (a NUL in it) with a problem naming the field', async () => {
    const reset = await post('/api/auth/reset-password', {
      token: 'abc\u0000def',
      newPassword: 'a fine new password',
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(reset.json().errors).toEqual([{ location: 'body.token', message: expect.any(String) }]);
  });

  it('answers a reset request for an unknown email exactly like a known one, and sends nothing', async () => {
    const known = await post('/api/auth/request-password-reset', { email: 'dan@example.org' });
    const before = (await server.lastMail()).raw;
    const unknown = await post('/api/auth/request-password-reset', { email: 'ghost@example.org' });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.json()).toEqual(known.json());
    expect((await server.lastMail()).raw).toBe(before);
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another origin or site', async () => {
    const { cookie } = await signUp(server.app, { email: 'fay@example.org' });
    const fromElsewhere = await post('/api/auth/sign-out', {}, { cookie, origin: 'https://evil.example' });
    expect(fromElsewhere.statusCode).toBe(403);
    const crossSite = await post(
      '/api/me/health-consent',
      { version: HEALTH_DATA_CONSENT.version },
      { cookie, 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await post(
      '/api/auth/sign-out',
      {},
      { cookie, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    );
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('refuses a form post (not JSON), which a cross-site form could send', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.c&password=x',
    });
    expect(response.statusCode).toBe(415);
  });
});
