import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAuth } from '../auth/auth.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo-accounts.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('creates the demo accounts with their roles once, and never brings a deleted one back', async () => {
  const auth = createAuth({
    db: server.database.db,
    publicUrl: 'http://localhost:3000',
    secret: 'test-secret-that-is-long-enough-0123456789',
    mailer: { async send() {}, close() {} },
  });
  expect(await seedDemoAccounts(server.database.db, auth)).toBe(true);
  const users = await server.database.db
    .selectFrom('users')
    .select(['email', 'role', 'health_consent_version'])
    .orderBy('email')
    .execute();
  expect(users.map((user) => [user.email, user.role])).toEqual(
    DEMO_ACCOUNTS.map((account) => [account.email, account.role]).sort(),
  );

  for (const account of DEMO_ACCOUNTS) {
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: account.email, password: account.password },
    });
    expect(signIn.json().user.role).toBe(account.role);
  }

  await server.database.db.deleteFrom('users').where('email', '=', 'coach@backstrong.example').execute();
  expect(await seedDemoAccounts(server.database.db, auth)).toBe(false);
  expect(await server.database.db.selectFrom('users').select('email').execute()).toHaveLength(2);
});
