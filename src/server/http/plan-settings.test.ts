import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2026-03-02T08:00:00Z') });
});
afterAll(() => server.close());

const changeSettings = (cookie: string, payload: object) =>
  server.app.inject({ method: 'PUT', url: '/api/plan/settings', headers: { cookie }, payload });

describe('changing the equipment at hand', () => {
  it.each([
    ['a kind of equipment we do not know', { barbellsKg: [20, 40] }, 'body.equipment'],
    ['nothing at all', {}, 'body.equipment.bands'],
    ['a list left out', { bands: ['light'], dumbbellsKg: [], kettlebellsKg: [] }, 'body.equipment.cableKg'],
    [
      'a list that is not one',
      { bands: 'heavy', dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
      'body.equipment.bands',
    ],
  ])(
    '%s is refused with 400 naming the field, and the equipment stays as it was',
    async (_, equipment, field) => {
      const { cookie } = await signUp(server.app, {
        email: `equipment-${field}-${Object.keys(equipment).length}@example.org`,
      });
      const started = await startPlanFor(server.app, cookie, '2026-03-02');
      const before = started.plan.equipment;
      expect(before.bands).toEqual(['light', 'medium', 'heavy']);

      const response = await changeSettings(cookie, { equipment });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((error: { location: string }) => error.location)).toContain(field);

      const planView = await server.app.inject({ method: 'GET', url: '/api/plan', headers: { cookie } });
      expect(planView.json().plan.equipment).toEqual(before);
    },
  );

  it('a complete list of equipment is stored as sent', async () => {
    const { cookie } = await signUp(server.app, { email: 'equipment-complete@example.org' });
    await startPlanFor(server.app, cookie, '2026-03-02');
    const equipment = { bands: ['light'], dumbbellsKg: [8], kettlebellsKg: [], cableKg: [] };
    const response = await changeSettings(cookie, { equipment });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().plan.equipment).toEqual(equipment);
  });
});
