import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let port: number;
beforeAll(async () => {
  server = await startTestServer();
  port = Number(new URL(await server.app.listen({ port: 0, host: '127.0.0.1' })).port);
});
afterAll(() => server.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes no HTTP client library would, and reads back whatever the server says before it hangs up. */
function sendRaw(request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.end(request);
  });
}

const request = (target: string, extraHeaders = '') =>
  `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${extraHeaders}Connection: close\r\n\r\n`;

describe('requests too broken to reach a route still get a problem', () => {
  it.each([
    ['malformed HTTP', 'NOT HTTP AT ALL\r\n\r\n', 400],
    ['an unknown HTTP version', 'GET /api/exercises HTTP/9.9\r\nHost: localhost\r\n\r\n', 400],
    ['a header name with a space', request('/api/exercises', 'Bad Header: x\r\n'), 400],
    ['a length that is not a number', request('/api/exercises', 'Content-Length: many\r\n'), 400],
    ['a NUL in the address', request('/api/exercises/\u0000'), 400],
    ['an address far too long', request(`/api/${'a'.repeat(20_000)}`), 431],
    ['headers far too large', request('/api/exercises', `X-Padding: ${'b'.repeat(20_000)}\r\n`), 431],
    ['a broken percent-encoding', request('/api/exercises/%zz'), 400],
    ['a cut-off UTF-8 percent-encoding', request('/api/workouts/%E0%A4%A'), 400],
    ['a path parameter too long', request(`/api/exercises/${'p'.repeat(300)}`), 414],
    ['no Host header', 'GET /api/exercises HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
  ])('%s is answered with a problem', async (_what, raw, status) => {
    const answer = await sendRaw(raw);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const problem = JSON.parse(answer.body);
    expect(problem).toMatchObject({ status, type: expect.stringMatching(/^urn:backstrong:problem:/) });
    expect(problem.title.length).toBeGreaterThan(0);
    expect(problem.detail.length).toBeGreaterThan(0);
  });

  it('the server goes on answering', async () => {
    const answer = await sendRaw(request('/api/exercises'));
    expect(answer.status).toBe(200);
  });
});
