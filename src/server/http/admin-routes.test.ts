import { afterAll, beforeAll, expect, it } from 'vitest';
import { cookieFrom, signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let adminCookie: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await signUp(server.app, { email: 'boss@example.org', name: 'Boss Person' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'admin' })
    .where('id', '=', admin.userId)
    .execute();
  adminCookie = admin.cookie;
});
afterAll(() => server.close());

it('an admin invites a coach, who sets a password from the emailed link and signs in as a coach', async () => {
  const invite = await server.app.inject({
    method: 'POST',
    url: '/api/admin/coach-invitations',
    headers: { cookie: adminCookie },
    payload: { email: 'Coach.Kim@example.org', name: 'Kim Coach' },
  });
  expect(invite.statusCode).toBe(201);
  expect(invite.json()).toMatchObject({ email: 'coach.kim@example.org', role: 'coach' });

  const mail = await server.lastMail();
  expect(mail.to).toBe('coach.kim@example.org');
  expect(mail.raw).toContain('Boss Person has invited you');
  const link = new URL(mail.link ?? '');
  expect(link.pathname).toBe('/reset-password');
  expect(link.searchParams.get('invited')).toBe('1');

  const setPassword = await server.app.inject({
    method: 'POST',
    url: '/api/auth/reset-password',
    payload: { token: link.searchParams.get('token'), newPassword: 'coach password 1' },
  });
  expect(setPassword.statusCode).toBe(200);
  const signIn = await server.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email: 'coach.kim@example.org', password: 'coach password 1' },
  });
  expect(signIn.statusCode).toBe(200);
  const me = await server.app.inject({
    method: 'GET',
    url: '/api/me',
    headers: { cookie: cookieFrom(signIn) },
  });
  expect(me.json()).toMatchObject({ role: 'coach', name: 'Kim Coach' });
});

it("a sign-up with an invited coach's email leaves the invitation working and tells the coach", async () => {
  await server.app.inject({
    method: 'POST',
    url: '/api/admin/coach-invitations',
    headers: { cookie: adminCookie },
    payload: { email: 'coach.lee@example.org', name: 'Lee Coach' },
  });
  const invitation = new URL((await server.lastMail()).link ?? '');
  const signUp = await server.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: { email: 'coach.lee@example.org', password: 'squatter password 1', name: 'Squatter' },
  });
  expect(signUp.statusCode).toBe(200);
  expect((await server.lastMail()).subject).toBe(
    'Someone tried to create a Backstrong account with your email',
  );

  const setPassword = await server.app.inject({
    method: 'POST',
    url: '/api/auth/reset-password',
    payload: { token: invitation.searchParams.get('token'), newPassword: 'coach password 2' },
  });
  expect(setPassword.statusCode).toBe(200);
  const signIn = await server.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email: 'coach.lee@example.org', password: 'coach password 2' },
  });
  expect(signIn.statusCode).toBe(200);
  expect(signIn.json().user).toMatchObject({ name: 'Lee Coach', role: 'coach' });
});

it('refuses to invite an email that already has an account', async () => {
  await signUp(server.app, { email: 'taken@example.org' });
  const invite = await server.app.inject({
    method: 'POST',
    url: '/api/admin/coach-invitations',
    headers: { cookie: adminCookie },
    payload: { email: 'taken@example.org', name: 'Taken Person' },
  });
  expect(invite.statusCode).toBe(409);
  const role = await server.database.db
    .selectFrom('users')
    .select('role')
    .where('email', '=', 'taken@example.org')
    .executeTakeFirst();
  expect(role?.role).toBe('member');
});

it('lists accounts with their roles for an admin', async () => {
  const response = await server.app.inject({
    method: 'GET',
    url: '/api/admin/accounts?limit=2',
    headers: { cookie: adminCookie },
  });
  expect(response.statusCode).toBe(200);
  const accounts = response.json().accounts;
  expect(accounts).toHaveLength(2);
  expect(accounts[0]).toMatchObject({ email: 'boss@example.org', role: 'admin' });
});
