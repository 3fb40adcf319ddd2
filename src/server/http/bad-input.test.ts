import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Every route that takes input, fed malformed and hostile bodies: each must answer 4xx with problem
 * details and leave the database exactly as it was.
 */
let server: TestServer;
let memberCookie: string;
let adminCookie: string;

beforeAll(async () => {
  server = await startTestServer();
  memberCookie = (await signUp(server.app, { email: 'member@example.org', password: 'member password 1' }))
    .cookie;
  const admin = await signUp(server.app, { email: 'admin@example.org', password: 'admin password 1' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'admin' })
    .where('id', '=', admin.userId)
    .execute();
  adminCookie = admin.cookie;
});
afterAll(() => server.close());

async function snapshot(): Promise<string> {
  const db = server.database.db;
  const tables = [
    'users',
    'auth_sessions',
    'auth_accounts',
    'auth_verifications',
    'assessments',
    'red_flag_screens',
    'plans',
    'workouts',
    'set_logs',
    'check_ins',
    'decisions',
    'measures',
    'measure_snoozes',
  ] as const;
  const rows = await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(rows);
}

const huge = 'x'.repeat(50_000);
const HOSTILE_BODIES: [string, string][] = [
  ['malformed JSON', '{"email": "a@b.org", '],
  ['a JSON array', '[1, 2, 3]'],
  ['null', 'null'],
  ['a bare string', '"hello"'],
  ['an empty object', '{}'],
  [
    'wrong types',
    JSON.stringify({
      email: 42,
      password: ['x'],
      name: { first: 'A' },
      newPassword: true,
      currentPassword: 1,
      token: 7,
      version: false,
      id: 5,
      instrumentId: ['pain'],
      takenOn: 20260302,
      answers: 'all fine',
      days: '2',
    }),
  ],
  [
    'huge strings',
    JSON.stringify({
      email: `${huge}@example.org`,
      password: huge,
      name: huge,
      newPassword: huge,
      currentPassword: huge,
      token: huge,
      version: huge,
      id: huge,
      instrumentId: huge,
      answers: { now: huge },
    }),
  ],
  [
    'SQL fragments',
    JSON.stringify({
      email: "x' OR '1'='1@example.org",
      password: "' OR 1=1; --",
      name: "Robert'); DROP TABLE users;--",
      newPassword: "'; DELETE FROM users; --",
      currentPassword: "' OR ''='",
      token: "' OR 1=1 --",
      version: "'; DROP TABLE users; --",
      id: "1'; DELETE FROM measures; --",
      instrumentId: "pain' OR '1'='1",
      takenOn: "2026-03-02'; --",
      answers: { "now'; --": 3 },
    }),
  ],
  [
    'script fragments',
    JSON.stringify({
      email: '<script>alert(1)</script>@example.org',
      password: '<img src=x onerror=alert(1)>',
      name: '<script>alert(1)</script>',
      newPassword: '<svg onload=alert(1)>',
      currentPassword: 'x',
      token: '<script>',
      version: '<b>',
    }),
  ],
  [
    'a role it may not set',
    JSON.stringify({
      email: 'sneaky@example.org',
      password: 'a good long password',
      name: 'Sneaky',
      role: 'admin',
    }),
  ],
  [
    'a prototype-polluting key',
    '{"__proto__": {"role": "admin"}, "email": "proto@example.org", "password": "a good long password", "name": "Proto"}',
  ],
];

const aWorkout = '6f1c2c3e-8a8e-4b7a-9d51-0f2a7c1e5b10';

const ROUTES: { url: string; method?: 'POST' | 'PUT' | 'DELETE'; cookie?: () => string }[] = [
  { url: '/api/auth/sign-up/email' },
  { url: '/api/auth/sign-in/email' },
  { url: '/api/auth/change-password', cookie: () => memberCookie },
  { url: '/api/auth/request-password-reset' },
  { url: '/api/auth/reset-password' },
  { url: '/api/me/health-consent', cookie: () => memberCookie },
  { url: '/api/admin/coach-invitations', cookie: () => adminCookie },
  { url: '/api/red-flag-screens', cookie: () => memberCookie },
  { url: '/api/plan', cookie: () => memberCookie },
  { url: '/api/safety-hold/clearance', cookie: () => memberCookie },
  { url: '/api/workouts', cookie: () => memberCookie },
  {
    url: `/api/workouts/${aWorkout}/sets/0b7f9a1e-2c3d-4e5f-8a9b-1c2d3e4f5a6b`,
    method: 'PUT',
    cookie: () => memberCookie,
  },
  { url: `/api/workouts/${aWorkout}/finish`, cookie: () => memberCookie },
  { url: '/api/check-ins', cookie: () => memberCookie },
  { url: '/api/plan/settings', method: 'PUT', cookie: () => memberCookie },
  { url: '/api/measures', cookie: () => memberCookie },
  { url: '/api/measures/snoozes', cookie: () => memberCookie },
  { url: '/api/me', method: 'DELETE', cookie: () => memberCookie },
];

describe.each(ROUTES)('$url', ({ url, method = 'POST', cookie }) => {
  it.each(HOSTILE_BODIES)('answers %s with a 4xx problem and changes nothing', async (_label, body) => {
    const before = await snapshot();
    const response = await server.app.inject({
      method,
      url,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie: cookie() } : {}) },
      payload: body,
    });
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem.status).toBe(response.statusCode);
    expect(problem.title).toBeTruthy();
    expect(problem.detail).toBeTruthy();
    expect(await snapshot()).toBe(before);
  });

  it('answers a body over the size limit with 413', async () => {
    const response = await server.app.inject({
      method,
      url,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie: cookie() } : {}) },
      payload: JSON.stringify({ name: 'y'.repeat(200_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().title).toBe('Request body too large');
  });
});

describe('hostile paths and queries', () => {
  it.each(['..%2F..%2Fetc%2Fpasswd', "'%20OR%201%3D1", 'x'.repeat(150), '%00', 'squat%3Cscript%3E'])(
    'GET /api/exercises/%s is a 404 problem',
    async (id) => {
      const response = await server.app.inject({ method: 'GET', url: `/api/exercises/${id}` });
      expect([400, 404]).toContain(response.statusCode);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    },
  );

  it('GET /api/exercises/:id longer than the route allows is a 4xx problem', async () => {
    const response = await server.app.inject({ method: 'GET', url: `/api/exercises/${'y'.repeat(500)}` });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });

  it.each(['limit=-1', 'limit=abc', 'limit=100000', 'offset=-5', 'offset=1e99'])(
    'GET /api/admin/accounts?%s is a 400 problem naming the parameter',
    async (query) => {
      const response = await server.app.inject({
        method: 'GET',
        url: `/api/admin/accounts?${query}`,
        headers: { cookie: adminCookie },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].location).toMatch(/^querystring\./);
    },
  );

  it.each([
    '/api/measures/not-an-instrument',
    '/api/measures/pain%27%20OR%201%3D1',
    '/api/measures?today=2026-13-45',
    '/api/measures/due?today=yesterday',
    '/api/me/export.csv?table=users',
    '/api/me/export.csv?table=sets&table=measures',
    '/api/me/export.csv',
  ])('GET %s is a 400 problem', async (url) => {
    const response = await server.app.inject({ method: 'GET', url, headers: { cookie: memberCookie } });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('an unknown API route is a 404 problem, not the web app', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().detail).toMatch(/nothing at GET \/api\/nothing-here/);
  });
});
