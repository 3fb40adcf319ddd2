import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../testing/csv.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let adminCookie: string;
let memberCookie: string;

/** Confirmed subscribers, oldest first; one address that a spreadsheet would take for a formula. */
const SUBSCRIBERS = [
  { email: 'first@example.org', consented_at: new Date('2026-11-01T09:00:00Z') },
  { email: '=hyperlink("http://evil.example")@example.org', consented_at: new Date('2026-11-02T09:00:00Z') },
  { email: '+sum@example.org', consented_at: new Date('2026-11-03T09:00:00Z') },
  { email: 'newest@example.org', consented_at: new Date('2026-11-04T09:00:00Z') },
];

beforeAll(async () => {
  server = await startTestServer();
  const admin = await signUp(server.app, { email: 'admin@example.org' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'admin' })
    .where('id', '=', admin.userId)
    .execute();
  adminCookie = admin.cookie;
  memberCookie = (await signUp(server.app, { email: 'member@example.org' })).cookie;
  await server.database.db
    .insertInto('subscribers')
    .values(SUBSCRIBERS.map((row) => ({ id: randomUUID(), ...row })))
    .execute();
});
afterAll(() => server.close());

const get = (url: string, cookie = adminCookie) =>
  server.app.inject({ method: 'GET', url, headers: { cookie } });

describe('GET /api/admin/subscribers', () => {
  it('gives the admin the count and a page of subscribers, newest first', async () => {
    const response = await get('/api/admin/subscribers?limit=2&offset=1');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.json()).toEqual({
      total: 4,
      subscribers: [
        { email: '+sum@example.org', consentedAt: '2026-11-03T09:00:00.000Z' },
        { email: '=hyperlink("http://evil.example")@example.org', consentedAt: '2026-11-02T09:00:00.000Z' },
      ],
    });
  });

  it('is refused to a member (403) and to someone signed out (401), as problems', async () => {
    for (const [cookie, status] of [
      [memberCookie, 403],
      ['', 401],
    ] as const) {
      for (const url of ['/api/admin/subscribers', '/api/admin/subscribers.csv']) {
        const response = await get(url, cookie);
        expect(response.statusCode, url).toBe(status);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).not.toContain('first@example.org');
      }
    }
  });

  it('refuses a page outside the limits with a problem naming the field', async () => {
    const response = await get('/api/admin/subscribers?limit=0');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].location).toMatch(/limit/);
  });
});

describe('GET /api/admin/subscribers.csv', () => {
  it('downloads every subscriber, oldest first, with formula-looking cells defused', async () => {
    const response = await get('/api/admin/subscribers.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="backstrong-subscribers-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(parseCsv(response.body)).toEqual([
      ['email', 'consented_at'],
      ['first@example.org', '2026-11-01T09:00:00.000Z'],
      [`'=hyperlink("http://evil.example")@example.org`, '2026-11-02T09:00:00.000Z'],
      [`'+sum@example.org`, '2026-11-03T09:00:00.000Z'],
      ['newest@example.org', '2026-11-04T09:00:00.000Z'],
    ]);
  });
});
