import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileRequest, hostileRequests, type OpenApiDocument } from '../testing/hostile-requests.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { cookieFrom, signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Every route in the OpenAPI document, sent hostile input over real HTTP by a member with a plan and
 * history: no answer is a 5xx, every error is problem+json, the server keeps answering, and the member's
 * data is exactly what it was.
 */

let server: TestServer;
let agent: http.Agent;
let port: number;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  port = Number(new URL(await server.app.listen({ port: 0, host: '127.0.0.1' })).port);
  agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
});
afterAll(async () => {
  agent?.destroy();
  await server?.close();
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function send(request: Omit<HostileRequest, 'label'>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: request.method,
        path: request.target,
        headers: { ...request.headers, ...(request.body && { 'content-length': request.body.length }) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    // The server may answer (413, 400) and close before a large body is all sent.
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: 0, contentType: '', body: '' })
        : reject(error),
    );
    // A server that never answers is as broken as one that answers 500.
    outgoing.setTimeout(10_000, () => {
      resolve({ status: -1, contentType: '', body: 'no answer within 10 s' });
      outgoing.destroy();
    });
    outgoing.end(request.body);
  });
}

/** What is wrong with an answer to a hostile request, or undefined when it is right. */
function faultOf(answer: Answer): string | undefined {
  if (answer.status === 0) return undefined; // hung up on an oversized body, after answering
  if (answer.status === -1) return answer.body;
  if (answer.status >= 500) return `${answer.status} ${answer.body.slice(0, 200)}`;
  if (answer.status < 400) return undefined;
  if (!answer.contentType.startsWith('application/problem+json')) {
    return `${answer.status} as ${answer.contentType || 'no content type'}: ${answer.body.slice(0, 200)}`;
  }
  const problem = JSON.parse(answer.body) as { status?: number; title?: string; type?: string };
  if (problem.status !== answer.status || !problem.title || !problem.type) {
    return `${answer.status} with a problem that does not say so: ${answer.body.slice(0, 200)}`;
  }
  return undefined;
}

describe('hostile input on every route of the OpenAPI document', () => {
  it('is refused with a 4xx problem, never a 5xx, and changes nothing', { timeout: 120_000 }, async () => {
    const member = { email: 'hostile-input@example.org', password: 'correct horse battery' };
    const signedUp = await signUp(server.app, member);
    await recordEverything(server.app, signedUp.cookie, (moment) => (now = new Date(moment)));
    // A login session of today: the sign-up's is a week old by now, at the end of its life.
    const cookie = cookieFrom(
      await server.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: member }),
    );
    const exportNow = () => send({ method: 'GET', target: '/api/me/export', headers: { cookie } });
    const before = await exportNow();
    expect(before.status).toBe(200);
    const data = JSON.parse(before.body) as { workouts: { id: string }[] };
    const document = JSON.parse(
      (await send({ method: 'GET', target: '/api/openapi.json', headers: {} })).body,
    );

    const requests = hostileRequests(
      document as OpenApiDocument,
      { workoutId: data.workouts[0]?.id ?? '' },
      cookie,
    );
    const started = performance.now();
    const faults: string[] = [];
    const routes = new Set<string>();
    // Four at a time, as a browser would over its connections; each request is refused on its own.
    for (let index = 0; index < requests.length; index += 4) {
      const group = requests.slice(index, index + 4);
      const answers = await Promise.all(group.map(send));
      group.forEach((request, position) => {
        routes.add(request.label.split(' ').slice(0, 2).join(' '));
        const fault = faultOf(answers[position] as Answer);
        if (fault) faults.push(`${request.label}: ${fault}`);
      });
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `hostile input: ${requests.length} requests over ${routes.size} routes in ${seconds.toFixed(1)} s (${server.database.kind})`,
    );

    // Soft, so one run reports every fault and still checks that the server and the data survived.
    expect.soft(faults).toEqual([]);
    const operations = Object.values(document.paths as Record<string, object>).flatMap((item) =>
      Object.keys(item),
    );
    expect(routes.size).toBe(operations.length);
    expect((await send({ method: 'GET', target: '/healthz', headers: {} })).status).toBe(200);
    expect((await send({ method: 'GET', target: '/api/me', headers: { cookie } })).status).toBe(200);
    const after = await exportNow();
    expect(JSON.parse(after.body)).toEqual(JSON.parse(before.body));
  });
});
