import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('operations', () => {
  it('/healthz says the process is up', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz says the database is reachable and migrated', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 503 when a migration is missing', async () => {
    const applied = await server.database.db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    await server.database.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', '0002_seed_runs' as never)
      .execute();
    try {
      const response = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', detail: 'database not migrated' });
    } finally {
      await server.database.db.deleteFrom('kysely_migration' as never).execute();
      await server.database.db
        .insertInto('kysely_migration' as never)
        .values(applied as never)
        .execute();
    }
  });

  it('every response carries a request id, and a client-sent one is kept', async () => {
    const fresh = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await server.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123');
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document describing the routes, their bodies and problem responses', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const signUp = document.paths['/api/auth/sign-up/email'].post;
    expect(Object.keys(signUp.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['email', 'password', 'name', 'healthConsentVersion']),
    );
    expect(signUp.responses['400']).toBeDefined();
    expect(document.paths['/api/exercises/{id}'].get.responses['404']).toBeDefined();
  });

  it('serves readable docs at /api/docs', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});

describe('exercise catalogue', () => {
  it('lists the five movements in the order the method introduces them', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/exercises' });
    expect(response.statusCode).toBe(200);
    expect(response.json().exercises.map((exercise: { id: string }) => exercise.id)).toEqual([
      'glute-bridge',
      'squat',
      'hip-hinge',
      'split-squat',
      'pull-through',
    ]);
  });

  it('gives one exercise with levels from a slight range to full range', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/exercises/squat' });
    expect(response.statusCode).toBe(200);
    const squat = response.json();
    expect(squat.name).toBe('Squat');
    expect(squat.levels.length).toBeGreaterThanOrEqual(4);
    expect(squat.levels[0].angle.min).toBeGreaterThan(squat.levels.at(-1).angle.min);
    expect(squat.faults.map((fault: { id: string }) => fault.id)).toContain('knees-caving');
  });

  it('answers an unknown exercise with a 404 problem', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/exercises/deadlift' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      status: 404,
      detail: 'There is no exercise "deadlift" in the catalogue.',
    });
  });
});
