import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { DEFAULT_SIGN_IN_LIMITS } from './attempt-limits.ts';

/**
 * Behind a proxy every request comes from the proxy's address; the client's is in X-Forwarded-For. The
 * sign-in limits count guesses per address, so they show whose address the app believes.
 */
let behindProxy: TestServer;
let open: TestServer;
beforeAll(async () => {
  [behindProxy, open] = await Promise.all([
    startTestServer({ signInLimits: DEFAULT_SIGN_IN_LIMITS, env: { TRUST_PROXY: '127.0.0.1' } }),
    startTestServer({ signInLimits: DEFAULT_SIGN_IN_LIMITS }),
  ]);
});
afterAll(() => Promise.all([behindProxy.close(), open.close()]));

const PROXY = '127.0.0.1';

async function guesses(server: TestServer, email: string, from: { remote: string; forwarded: string }) {
  const statuses: number[] = [];
  for (let guess = 0; guess <= DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress; guess++) {
    const answer = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: `wrong guess ${guess}` },
      remoteAddress: from.remote,
      headers: { 'x-forwarded-for': from.forwarded },
    });
    statuses.push(answer.statusCode);
  }
  return statuses;
}

const stoppedAtTheLimit = [...Array(DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress).fill(401), 429];

describe('the client address behind a proxy', () => {
  it('is the forwarded one when the request comes from a trusted proxy', async () => {
    const email = 'behind-proxy@example.org';
    await signUp(behindProxy.app, { email });
    expect(await guesses(behindProxy, email, { remote: PROXY, forwarded: '203.0.113.1' })).toEqual(
      stoppedAtTheLimit,
    );
    // Another client through the same proxy has guesses of its own.
    const other = await guesses(behindProxy, email, { remote: PROXY, forwarded: '203.0.113.2' });
    expect(other[0]).toBe(401);
  });

  it('is the connection’s own when the forwarded header comes from anyone else', async () => {
    const email = 'spoofing@example.org';
    await signUp(behindProxy.app, { email });
    const spoofer = '198.51.100.7';
    expect(await guesses(behindProxy, email, { remote: spoofer, forwarded: '203.0.113.3' })).toEqual(
      stoppedAtTheLimit,
    );
    // A new forwarded address buys the spoofer nothing.
    expect((await guesses(behindProxy, email, { remote: spoofer, forwarded: '203.0.113.4' }))[0]).toBe(429);
  });

  it('is the connection’s own when no proxy is trusted', async () => {
    const email = 'no-proxy@example.org';
    await signUp(open.app, { email });
    expect(await guesses(open, email, { remote: PROXY, forwarded: '203.0.113.5' })).toEqual(
      stoppedAtTheLimit,
    );
    expect((await guesses(open, email, { remote: PROXY, forwarded: '203.0.113.6' }))[0]).toBe(429);
  });
});
