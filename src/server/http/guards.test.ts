import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/** A sign-up over real HTTP as a browser page on `origin` would send it. */
async function signUpFrom(baseUrl: string, origin: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ email, password: 'a long enough password', name: 'Lou' }),
  });
  return { status: response.status, body: (await response.json()) as { detail?: string } };
}

describe('with PUBLIC_URL unset, the loopback names of the server’s own port are the same site', () => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_URL: '', PORT: '0' } });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => server.close());

  it.each([
    ['127.0.0.1', 'http://127.0.0.1'],
    ['::1', 'http://[::1]'],
    ['localhost', 'http://localhost'],
  ])('accepts a sign-up from %s', async (name, host) => {
    const result = await signUpFrom(
      `http://127.0.0.1:${port}`,
      `${host}:${port}`,
      `${name.replace(/:/g, '')}-loop@example.org`,
    );
    expect(result.status).toBe(200);
  });

  it.each([
    ['another port', (port: number) => `http://127.0.0.1:${port + 1}`],
    ['https on the same port', (port: number) => `https://localhost:${port}`],
    ['another host', (port: number) => `http://192.168.1.20:${port}`],
    ['another site', () => 'https://evil.example'],
  ])('refuses one from %s, naming the address to use', async (_label, originOf) => {
    const result = await signUpFrom(`http://127.0.0.1:${port}`, originOf(port), 'elsewhere@example.org');
    expect(result.status).toBe(403);
    expect(result.body.detail).toContain(`http://localhost:${port}`);
  });
});

describe('with PUBLIC_URL set', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_URL: 'https://backstrong.example' } });
  });
  afterAll(() => server.close());

  it('refuses its loopback names, and the refusal says which address to use', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: 'http://127.0.0.1:3000' },
      payload: { email: 'set@example.org', password: 'a long enough password', name: 'Lou' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/another website/);
    expect(response.json().detail).toContain('https://backstrong.example');
  });

  it('accepts its own address', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: 'https://backstrong.example' },
      payload: { email: 'own@example.org', password: 'a long enough password', name: 'Lou' },
    });
    expect(response.statusCode).toBe(200);
  });
});
