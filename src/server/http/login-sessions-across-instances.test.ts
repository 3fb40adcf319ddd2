/**
 * Several app instances on one database, as behind a proxy: each remembers login sessions for a few
 * seconds, and a sign-out, a password change or a consent change on one ends them on all at once.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let other: FastifyInstance;
beforeAll(async () => {
  server = await startTestServer();
  other = await server.anotherInstance();
});
afterAll(async () => {
  await other.close();
  await server.close();
});

const me = (app: FastifyInstance, cookie: string) =>
  app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

describe('a login session on two instances', () => {
  it('made on one works on the other, and signing out on one ends it on both at once', async () => {
    const { cookie } = await signUp(server.app, { email: 'two-instances@example.org' });
    // Both instances now remember the login session.
    expect((await me(server.app, cookie)).statusCode).toBe(200);
    expect((await me(other, cookie)).statusCode).toBe(200);
    expect((await me(other, cookie)).statusCode).toBe(200);

    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      payload: {},
      headers: { cookie },
    });
    expect(out.statusCode).toBe(200);
    expect((await me(other, cookie)).statusCode).toBe(401);
    expect((await me(server.app, cookie)).statusCode).toBe(401);
  });

  it('a password changed on one instance ends the old login sessions on the other', async () => {
    const password = 'first password 123';
    const { cookie } = await signUp(server.app, { email: 'change-on-one@example.org', password });
    const second = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'change-on-one@example.org', password },
    });
    const secondCookie = String(second.headers['set-cookie']).split(';')[0] ?? '';
    expect((await me(other, secondCookie)).statusCode).toBe(200);

    const changed = await server.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: password, newPassword: 'second password 456' },
      headers: { cookie },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(other, secondCookie)).statusCode).toBe(401);
  });
});
