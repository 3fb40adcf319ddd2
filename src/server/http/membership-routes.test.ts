import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Membership without Stripe keys: payments are off, an admin sets the tiers and grants premium by hand
 * (a comp); with MEMBERSHIP=off every member has everything. Safety is free always, whatever is set.
 */
let server: TestServer;
let member: { cookie: string; userId: string };
let admin: { cookie: string; userId: string };
const now = new Date('2026-03-02T10:00:00Z');

const as = (
  who: { cookie: string },
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
) => server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'on' } });
  member = await signUp(server.app, { email: 'tiered@example.org' });
  admin = await signUp(server.app, { email: 'runs-it@example.org' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'admin' })
    .where('id', '=', admin.userId)
    .execute();
});
afterAll(() => server.close());

const SETTINGS = {
  currency: 'gbp',
  free: { name: 'Starter', description: 'The first fortnight.' },
  premium: {
    name: 'Complete',
    description: 'Everything, with a coach.',
    monthlyPrice: 999,
    yearlyPrice: 9900,
  },
  includes: { free: ['assessment', 'starting-plan'], premium: ['full-program', 'form-check', 'coach'] },
};

describe('the tiers', () => {
  it('have sensible defaults, with safety free for everyone', async () => {
    const tiers = (await server.app.inject({ method: 'GET', url: '/api/membership' })).json();
    expect(tiers).toMatchObject({ isMembershipOn: true, canPay: false, currency: 'EUR' });
    expect(tiers.tiers.map((tier: { id: string }) => tier.id)).toEqual(['free', 'premium']);
    expect(tiers.tiers[1]).toMatchObject({ monthlyPrice: 1200, yearlyPrice: 12000 });
    expect(tiers.alwaysFree.map((feature: { id: string }) => feature.id)).toEqual([
      'red-flags',
      'safety-holds',
      'pain-guidance',
      'data-export',
      'account-erasure',
    ]);
  });

  it('are set by an admin, and read back as set', async () => {
    expect((await as(admin, 'PUT', '/api/admin/membership', SETTINGS)).statusCode).toBe(200);
    const tiers = (await server.app.inject({ method: 'GET', url: '/api/membership' })).json();
    expect(tiers.currency).toBe('GBP');
    expect(tiers.tiers[1]).toMatchObject({ name: 'Complete', monthlyPrice: 999 });
    expect(tiers.tiers[0].includes.map((feature: { id: string }) => feature.id)).toEqual([
      'assessment',
      'starting-plan',
    ]);
  });

  it.each([
    [{ ...SETTINGS, currency: 'euro' }, 'body.currency'],
    [{ ...SETTINGS, premium: { ...SETTINGS.premium, monthlyPrice: 0 } }, 'body.premium.monthlyPrice'],
    [{ ...SETTINGS, includes: { free: ['red-flags'], premium: [] } }, 'body.includes.free.0'],
  ])('refuse a bad setting with a problem naming the field (%#)', async (settings, location) => {
    const response = await as(admin, 'PUT', '/api/admin/membership', settings);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { location: string }) => error.location)).toContain(location);
  });
});

describe('without card payments', () => {
  it('a member is free, and checkout says payments are not set up', async () => {
    expect((await as(member, 'GET', '/api/me/membership')).json()).toMatchObject({
      tier: 'free',
      canPay: false,
    });
    const checkout = await as(member, 'POST', '/api/me/membership/checkout', { interval: 'month' });
    expect(checkout.statusCode).toBe(409);
    expect(checkout.json().type).toMatch(/payments-off$/);
  });

  it('an admin grants premium by hand, through a day or with no end, and ends it', async () => {
    const comp = `/api/admin/members/${member.userId}/comp`;
    expect((await as(admin, 'PUT', comp, { until: '2026-06-30', reason: 'Clinic pilot' })).statusCode).toBe(
      200,
    );
    expect((await as(member, 'GET', '/api/me/membership')).json()).toMatchObject({
      tier: 'premium',
      source: 'comp',
      until: '2026-06-30T23:59:59.999Z',
      renews: false,
    });
    expect((await as(admin, 'PUT', comp, { until: null, reason: 'Staff' })).statusCode).toBe(200);
    expect((await as(member, 'GET', '/api/me/membership')).json()).toMatchObject({
      source: 'comp',
      until: null,
    });
    expect((await as(admin, 'DELETE', comp)).statusCode).toBe(200);
    expect((await as(member, 'GET', '/api/me/membership')).json()).toMatchObject({
      tier: 'free',
      source: 'ended',
    });
  });

  it('a comp that would already be over, or for no member, is refused', async () => {
    const past = await as(admin, 'PUT', `/api/admin/members/${member.userId}/comp`, {
      until: '2026-03-01',
      reason: 'Late',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors).toEqual([
      { location: 'body.until', message: 'expected a day from today on, or null for no end' },
    ]);
    const nobody = await as(admin, 'PUT', `/api/admin/members/${admin.userId}/comp`, {
      until: null,
      reason: 'Me',
    });
    expect(nobody.statusCode).toBe(404);
  });
});

describe('with MEMBERSHIP=off', () => {
  it('every member has everything, and there is nothing to pay for', async () => {
    const clinic = await startTestServer({ env: { MEMBERSHIP: 'off' } });
    try {
      const someone = await signUp(clinic.app, { email: 'clinic-member@example.org' });
      const response = await clinic.app.inject({
        method: 'GET',
        url: '/api/me/membership',
        headers: { cookie: someone.cookie },
      });
      expect(response.json()).toMatchObject({
        isMembershipOn: false,
        tier: 'premium',
        source: 'membership-off',
      });
      const checkout = await clinic.app.inject({
        method: 'POST',
        url: '/api/me/membership/checkout',
        headers: { cookie: someone.cookie },
        payload: { interval: 'year' },
      });
      expect(checkout.json().type).toMatch(/membership-off$/);
    } finally {
      await clinic.close();
    }
  });
});
