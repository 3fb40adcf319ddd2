import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxDirectory } from '../mail/mailer.ts';
import { cookieFrom, signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { addressKey, DEFAULT_EMAIL_LIMITS, DEFAULT_SIGN_IN_LIMITS } from './attempt-limits.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    signInLimits: DEFAULT_SIGN_IN_LIMITS,
    accountActionLimits: DEFAULT_EMAIL_LIMITS,
  });
});
afterAll(() => server.close());

/** The owner's own address is the test client's; an attacker's are elsewhere. */
const OWNER_ADDRESS = '127.0.0.1';
const attackerAddress = (index: number) => `203.0.113.${index + 1}`;

const post = (url: string, payload: unknown, remoteAddress = OWNER_ADDRESS, headers = {}) =>
  server.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress, headers });

const signIn = (email: string, password: string, remoteAddress?: string) =>
  post('/api/auth/sign-in/email', { email, password }, remoteAddress);

describe('sign-in limits', () => {
  it('someone guessing from many addresses cannot lock the owner out where they signed in before', async () => {
    const email = 'owner@example.org';
    const password = 'the owner password 1';
    await signUp(server.app, { email, password });
    const openLoginSession = cookieFrom(await signIn(email, password));

    const statuses: number[] = [];
    for (let address = 0; address < 8; address++) {
      for (let guess = 0; guess < 6; guess++) {
        statuses.push(
          (await signIn(email, `guess ${address} ${guess} wrong`, attackerAddress(address))).statusCode,
        );
      }
    }
    // Each address gets its own few guesses, and all of them together no more than the account allows.
    expect(statuses.filter((status) => status === 401)).toHaveLength(DEFAULT_SIGN_IN_LIMITS.perAccount);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 429]);
    // A guesser with the right password from a new address is stopped too.
    const fromNewPlace = await signIn(email, password, attackerAddress(20));
    expect(fromNewPlace.statusCode).toBe(429);
    expect(fromNewPlace.json().detail).toMatch(/reset your password/);

    // The owner, at home, still gets in; and their open login session was never touched.
    expect((await signIn(email, password)).statusCode).toBe(200);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: openLoginSession },
    });
    expect(me.statusCode).toBe(200);
  });

  it("the owner's own typos are limited at their address, and the right password clears them", async () => {
    const email = 'typos@example.org';
    await signUp(server.app, { email, password: 'typos password 1' });
    for (let typo = 0; typo < 4; typo++)
      expect((await signIn(email, 'typos passwrod 1')).statusCode).toBe(401);
    expect((await signIn(email, 'typos password 1')).statusCode).toBe(200);
    for (let typo = 0; typo < 5; typo++)
      expect((await signIn(email, 'typos passwrod 1')).statusCode).toBe(401);
    const blocked = await signIn(email, 'typos password 1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('several app instances on one database', () => {
  it('count the same guesses, so two servers allow no more than one', async () => {
    const other = await server.anotherInstance();
    try {
      const email = 'two-servers@example.org';
      await signUp(server.app, { email, password: 'two servers password 1' });
      const address = attackerAddress(60);
      const statuses: number[] = [];
      for (let guess = 0; guess < 8; guess++) {
        const app = guess % 2 === 0 ? server.app : other;
        const response = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in/email',
          payload: { email, password: `wrong guess ${guess}` },
          remoteAddress: address,
        });
        statuses.push(response.statusCode);
      }
      const allowed = DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress;
      expect(statuses.slice(0, allowed)).toEqual(Array(allowed).fill(401));
      expect(statuses.slice(allowed)).toEqual(Array(8 - allowed).fill(429));
    } finally {
      await other.close();
    }
  });

  it('keep no email and no address in the counters, only keyed hashes', async () => {
    const keys = await server.database.db.selectFrom('attempt_limits').select('key').execute();
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) {
      expect(key).not.toMatch(/@|203\.0\.113|127\.0\.0\.1/);
    }
  });
});

describe('reset email limits', () => {
  async function outboxCount(): Promise<number> {
    await server.mailDelivered();
    const files = await readdir(outboxDirectory(server.dataDir)).catch(() => [] as string[]);
    return files.filter((file) => path.extname(file) === '.eml').length;
  }

  it('someone asking again and again cannot flood the inbox nor take the owner’s reset away', async () => {
    const email = 'reset-owner@example.org';
    await signUp(server.app, { email, password: 'forgotten password 1' });
    const before = await outboxCount();
    for (let address = 0; address < 4; address++) {
      for (let request = 0; request < 3; request++) {
        const response = await post('/api/auth/request-password-reset', { email }, attackerAddress(address));
        expect(response.statusCode).toBe(200);
      }
    }
    expect((await outboxCount()) - before).toBe(DEFAULT_EMAIL_LIMITS.perAccount);

    // The owner asks: told to use the newest link already sent, which works.
    const owner = await post('/api/auth/request-password-reset', { email });
    expect(owner.statusCode).toBe(200);
    expect(owner.json().message).toMatch(/newest one works/);
    expect((await outboxCount()) - before).toBe(DEFAULT_EMAIL_LIMITS.perAccount);
    const token = new URL((await server.lastMail()).link ?? '').searchParams.get('token');
    const reset = await post('/api/auth/reset-password', { token, newPassword: 'remembered password 2' });
    expect(reset.statusCode).toBe(200);
    expect((await signIn(email, 'remembered password 2')).statusCode).toBe(200);

    // None of this tells whether the email has an account: an unknown one is answered the same way.
    const answersFor = async (someone: string) => {
      const answers: unknown[] = [];
      for (let request = 0; request <= DEFAULT_EMAIL_LIMITS.perAccount; request++) {
        const response = await post(
          '/api/auth/request-password-reset',
          { email: someone },
          attackerAddress(40 + request),
        );
        answers.push([response.statusCode, response.json()]);
      }
      return answers;
    };
    await signUp(server.app, { email: 'known-here@example.org' });
    expect(await answersFor('nobody-here@example.org')).toEqual(await answersFor('known-here@example.org'));
  });
});

describe('address keys', () => {
  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
