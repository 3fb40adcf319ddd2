import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { CROSS_ORIGIN_ISOLATION_HEADERS } from './cross-origin-isolation.ts';

let server: TestServer;
let httpsServer: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  httpsServer = await startTestServer({ publicUrl: 'https://backstrong.example.org' });
});
afterAll(async () => {
  await server?.close();
  await httpsServer?.close();
});

const ANSWERS = [
  ['an API read', '/api/exercises', 200],
  ['an API read refused', '/api/plan', 401],
  ['nothing there', '/api/nothing-here', 404],
  ['the API docs', '/api/docs/', 200],
  ['the OpenAPI document', '/api/openapi.json', 200],
  ['a probe', '/healthz', 200],
] as const;

describe('security headers', () => {
  it.each(ANSWERS)('%s (%s) is not sniffed, framed or referred elsewhere', async (_what, url, status) => {
    const response = await server.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      ...CROSS_ORIGIN_ISOLATION_HEADERS,
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('keep the app’s own content security policy, and frame the API docs nowhere either', async () => {
    const read = await server.app.inject({ method: 'GET', url: '/api/exercises' });
    expect(read.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const docs = await server.app.inject({ method: 'GET', url: '/api/docs/' });
    const policy = String(docs.headers['content-security-policy']);
    expect(policy).toMatch(/script-src-attr 'none'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).not.toMatch(/frame-ancestors 'self'/);
  });

  it('tell browsers to use HTTPS only when the app is served over HTTPS', async () => {
    for (const [, url] of ANSWERS) {
      const response = await httpsServer.app.inject({ method: 'GET', url });
      expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000');
    }
  });
});
