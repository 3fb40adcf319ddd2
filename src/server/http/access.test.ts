import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import type { Role } from '../db/schema.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { assessmentOf } from '../testing/training-fixtures.ts';

/**
 * The access rule of every endpoint, in one table. A route added without a row here fails the last test,
 * so no endpoint ships without its rule being tested.
 */
type Caller = 'anonymous' | Role;
/** public: anyone. allowed: these roles get through (the answer may still be 404 for data they lack). */
type Rule = { public: true } | { allowed: Role[] };
const ANY_ACCOUNT: Role[] = ['member', 'coach', 'admin'];
const someWorkout = randomUUID();
const someSet = {
  exerciseId: 'squat',
  reps: 10,
  level: 1,
  load: { kind: 'bodyweight' },
  pain: 1,
  faults: [],
};

interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** The path as the OpenAPI document names it. */
  route?: string;
  body?: () => unknown;
  rule: Rule;
  /** Called by a new account of the caller's role, for a route that would spoil the shared ones (erase). */
  asNewAccount?: boolean;
}

let server: TestServer;
const cookies = {} as Record<Role, string>;
let inviteCount = 0;

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/healthz', rule: { public: true } },
  { method: 'GET', url: '/readyz', rule: { public: true } },
  { method: 'GET', url: '/api/exercises', rule: { public: true } },
  { method: 'GET', url: '/api/exercises/squat', route: '/api/exercises/{id}', rule: { public: true } },
  { method: 'GET', url: '/api/me', rule: { allowed: ['member', 'coach', 'admin'] } },
  {
    method: 'POST',
    url: '/api/me/health-consent',
    body: () => ({ version: HEALTH_DATA_CONSENT.version }),
    rule: { allowed: ['member', 'coach', 'admin'] },
  },
  { method: 'GET', url: '/api/admin/accounts', rule: { allowed: ['admin'] } },
  { method: 'GET', url: '/api/admin/failed-mail', rule: { allowed: ['admin'] } },
  {
    method: 'POST',
    url: '/api/admin/coach-invitations',
    body: () => ({ email: `coach${++inviteCount}@example.org`, name: 'New Coach' }),
    rule: { allowed: ['admin'] },
  },
  { method: 'GET', url: '/api/red-flag-questions', rule: { public: true } },
  {
    method: 'POST',
    url: '/api/red-flag-screens',
    body: () => ({ id: randomUUID(), answers: noRedFlags(), context: 'onboarding' }),
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'POST',
    url: '/api/program',
    body: () => ({
      id: randomUUID(),
      today: new Date().toISOString().slice(0, 10),
      assessment: assessmentOf(),
    }),
    rule: { allowed: ANY_ACCOUNT },
  },
  { method: 'GET', url: '/api/program', rule: { allowed: ANY_ACCOUNT } },
  { method: 'GET', url: '/api/safety-hold', rule: { allowed: ANY_ACCOUNT } },
  {
    method: 'POST',
    url: '/api/safety-hold/clearance',
    body: () => ({ id: randomUUID(), assessedOn: '2026-03-02' }),
    rule: { allowed: ANY_ACCOUNT },
  },
  { method: 'GET', url: '/api/decisions', rule: { allowed: ANY_ACCOUNT } },
  {
    method: 'PUT',
    url: '/api/program/settings',
    body: () => ({ weightUnit: 'lb' }),
    rule: { allowed: ANY_ACCOUNT },
  },
  { method: 'GET', url: '/api/workouts/next', rule: { allowed: ANY_ACCOUNT } },
  { method: 'GET', url: '/api/workouts', rule: { allowed: ANY_ACCOUNT } },
  {
    method: 'POST',
    url: '/api/workouts',
    body: () => ({ id: randomUUID(), date: new Date().toISOString().slice(0, 10), painBefore: 1 }),
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'GET',
    url: `/api/workouts/${someWorkout}`,
    route: '/api/workouts/{workoutId}',
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'PUT',
    url: `/api/workouts/${someWorkout}/sets/${randomUUID()}`,
    route: '/api/workouts/{workoutId}/sets/{setId}',
    body: () => someSet,
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'POST',
    url: `/api/workouts/${someWorkout}/finish`,
    route: '/api/workouts/{workoutId}/finish',
    body: () => ({ effort: 'easy' }),
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'POST',
    url: '/api/check-ins',
    body: () => ({ id: randomUUID(), workoutOn: new Date().toISOString().slice(0, 10), pain: 2 }),
    rule: { allowed: ANY_ACCOUNT },
  },
  { method: 'GET', url: '/api/measures/instruments', rule: { public: true } },
  { method: 'GET', url: '/api/measures', rule: { allowed: ANY_ACCOUNT } },
  { method: 'GET', url: '/api/measures/due', rule: { allowed: ANY_ACCOUNT } },
  {
    method: 'GET',
    url: '/api/measures/pain',
    route: '/api/measures/{instrumentId}',
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'POST',
    url: '/api/measures',
    body: () => ({
      id: randomUUID(),
      instrumentId: 'pain',
      takenOn: new Date().toISOString().slice(0, 10),
      answers: { now: 3 },
    }),
    rule: { allowed: ANY_ACCOUNT },
  },
  {
    method: 'POST',
    url: '/api/measures/snoozes',
    body: () => ({ id: randomUUID(), instrumentId: 'hoos-12', days: 1 }),
    rule: { allowed: ANY_ACCOUNT },
  },
  { method: 'GET', url: '/api/progress', rule: { allowed: ANY_ACCOUNT } },
  { method: 'GET', url: '/api/me/export', rule: { allowed: ANY_ACCOUNT } },
  {
    method: 'GET',
    url: '/api/me/export.csv?table=sets',
    route: '/api/me/export.csv',
    rule: { allowed: ANY_ACCOUNT },
  },
  { method: 'GET', url: '/api/me/export/fhir', rule: { allowed: ANY_ACCOUNT } },
  {
    method: 'DELETE',
    url: '/api/me',
    body: () => ({ password: 'correct horse battery' }),
    rule: { allowed: ANY_ACCOUNT },
    asNewAccount: true,
  },
  {
    method: 'POST',
    url: '/api/auth/change-password',
    body: () => ({ currentPassword: 'same password 123', newPassword: 'same password 123' }),
    rule: { allowed: ['member', 'coach', 'admin'] },
  },
];

/**
 * Account endpoints anyone may call (they are how one gets a login session); tested in auth-routes.test.ts
 * and sign-up.test.ts.
 */
const OPEN_ACCOUNT_ENDPOINTS = [
  'POST /api/auth/sign-up/email',
  'GET /api/auth/verify-email',
  'POST /api/auth/send-verification-email',
  'POST /api/auth/sign-in/email',
  'POST /api/auth/sign-out',
  'POST /api/auth/request-password-reset',
  'POST /api/auth/reset-password',
];

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ['member', 'coach', 'admin'] as const) {
    const { cookie, userId } = await signUp(server.app, {
      email: `${role}@example.org`,
      password: 'same password 123',
    });
    await server.database.db.updateTable('users').set({ role }).where('id', '=', userId).execute();
    cookies[role] = cookie;
  }
});
afterAll(() => server.close());

let newAccountCount = 0;

async function cookieOf(endpoint: Endpoint, caller: Role): Promise<string> {
  if (!endpoint.asNewAccount) return cookies[caller];
  const { cookie, userId } = await signUp(server.app, { email: `new-${++newAccountCount}@example.org` });
  await server.database.db.updateTable('users').set({ role: caller }).where('id', '=', userId).execute();
  return cookie;
}

async function call(endpoint: Endpoint, caller: Caller) {
  return server.app.inject({
    method: endpoint.method,
    url: endpoint.url,
    headers: caller === 'anonymous' ? {} : { cookie: await cookieOf(endpoint, caller) },
    ...(endpoint.method !== 'GET' ? { payload: (endpoint.body?.() ?? {}) as object } : {}),
  });
}

function expectedStatus(rule: Rule, caller: Caller): 'ok' | 401 | 403 {
  if ('public' in rule) return 'ok';
  if (caller === 'anonymous') return 401;
  return rule.allowed.includes(caller) ? 'ok' : 403;
}

const CALLERS: Caller[] = ['anonymous', 'member', 'coach', 'admin'];

describe.each(ENDPOINTS)('$method $url', (endpoint) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const response = await call(endpoint, caller);
    const expected = expectedStatus(endpoint.rule, caller);
    if (expected === 'ok' && 'public' in endpoint.rule) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
      expect(response.statusCode, response.body).toBeLessThan(300);
    } else if (expected === 'ok') {
      // Through the access check: success, or a 404/409 about the caller's own (missing) data.
      expect([200, 201, 404, 409], response.body).toContain(response.statusCode);
    } else {
      expect(response.statusCode, response.body).toBe(expected);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

it('every documented route has an access rule in this file', async () => {
  const document = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const covered = new Set([
    ...ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.route ?? endpoint.url}`),
    ...OPEN_ACCOUNT_ENDPOINTS,
  ]);
  expect(documented.filter((route) => !covered.has(route))).toEqual([]);
});
