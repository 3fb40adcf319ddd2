import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveComp, saveSubscription } from '../db/repositories/membership.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * The admin's view of membership on a real database: every member with the tier their own membership
 * says, why, and a page at a time; and the revenue figures made from the subscriptions stored. The
 * subscriptions are stored as the Stripe webhooks would have left them (the billing tests play those out).
 */
let server: TestServer;
let admin: { cookie: string; userId: string };
const now = new Date('2026-03-15T12:00:00Z');
const people: Record<string, { cookie: string; userId: string }> = {};

const as = (who: { cookie: string }, method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

async function subscription(
  name: string,
  state: {
    status: string;
    periodStart: string;
    periodEnd: string;
    cancelAtPeriodEnd?: boolean;
    interval?: 'month' | 'year';
    amount?: number;
    startedAt?: string;
    endedAt?: string;
  },
) {
  const userId = people[name]?.userId ?? '';
  await saveSubscription(
    server.database.db,
    {
      id: `sub_${randomUUID()}`,
      userId,
      status: state.status,
      periodStart: new Date(state.periodStart),
      periodEnd: new Date(state.periodEnd),
      cancelAtPeriodEnd: state.cancelAtPeriodEnd ?? false,
      interval: state.interval ?? 'month',
      amount: state.amount ?? 1200,
      currency: 'eur',
      startedAt: new Date(state.startedAt ?? '2026-01-10T09:00:00Z'),
      endedAt: state.endedAt ? new Date(state.endedAt) : null,
    },
    now,
  );
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'on' } });
  admin = await signUp(server.app, { email: 'runs-membership@example.org', name: 'Ann Admin' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'admin' })
    .where('id', '=', admin.userId)
    .execute();
  for (const name of ['Ada Annual', 'Bea Cancelled', 'Cal Grace', 'Dee Comp', 'Eve Free', 'Fay Former']) {
    const email = `${name.split(' ')[0]?.toLowerCase()}@example.org`;
    people[name] = await signUp(server.app, { email, name });
  }
  await subscription('Ada Annual', {
    status: 'active',
    periodStart: '2026-01-10T09:00:00Z',
    periodEnd: '2027-01-10T09:00:00Z',
    interval: 'year',
    amount: 12_000,
  });
  await subscription('Bea Cancelled', {
    status: 'active',
    periodStart: '2026-02-28T09:00:00Z',
    periodEnd: '2026-03-28T09:00:00Z',
    cancelAtPeriodEnd: true,
  });
  await subscription('Cal Grace', {
    status: 'past_due',
    periodStart: '2026-03-12T09:00:00Z',
    periodEnd: '2026-04-12T09:00:00Z',
  });
  await subscription('Fay Former', {
    status: 'canceled',
    periodStart: '2026-02-01T09:00:00Z',
    periodEnd: '2026-03-01T09:00:00Z',
    startedAt: '2026-02-01T09:00:00Z',
    endedAt: '2026-03-05T09:00:00Z',
  });
  await saveComp(
    server.database.db,
    {
      userId: people['Dee Comp']?.userId ?? '',
      grantedBy: admin.userId,
      until: null,
      reason: 'Clinic staff',
    },
    now,
  );
});
afterAll(() => server.close());

const members = async (query = '') => {
  const response = await as(admin, 'GET', `/api/admin/membership/members${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('the members with their tiers', () => {
  it('lists every member by name with their tier now and why, and no admin', async () => {
    const page = await members();
    expect(page.next).toBeNull();
    expect(
      page.members.map((member: { name: string; tier: string; reason: string }) => member),
    ).toMatchObject([
      { name: 'Ada Annual', tier: 'premium', reason: 'subscription' },
      { name: 'Bea Cancelled', tier: 'premium', reason: 'cancelled' },
      { name: 'Cal Grace', tier: 'premium', reason: 'grace', until: '2026-03-19T09:00:00.000Z' },
      {
        name: 'Dee Comp',
        tier: 'premium',
        reason: 'comp',
        comp: { until: null, reason: 'Clinic staff', isInForce: true },
      },
      { name: 'Eve Free', tier: 'free', reason: 'none', subscription: null, comp: null },
      { name: 'Fay Former', tier: 'free', reason: 'none' },
    ]);
    expect(page.members[0]).toMatchObject({
      email: 'ada@example.org',
      subscription: {
        status: 'active',
        interval: 'year',
        amount: 12_000,
        currency: 'EUR',
        periodEnd: '2027-01-10T09:00:00.000Z',
        cancelAtPeriodEnd: false,
      },
    });
  });

  it('gives each member the tier their own membership gives them', async () => {
    const page = await members();
    for (const listed of page.members) {
      const own = (await as(people[listed.name] ?? admin, 'GET', '/api/me/membership')).json();
      expect({ tier: listed.tier, until: listed.until }).toEqual({ tier: own.tier, until: own.until });
    }
  });

  it('finds members by part of their name or email, in any case, with % and _ taken as written', async () => {
    const named = (page: { members: { name: string }[] }) => page.members.map((member) => member.name);
    expect(named(await members('?search=GRACE'))).toEqual(['Cal Grace']);
    expect(named(await members('?search=fay%40example'))).toEqual(['Fay Former']);
    expect(named(await members('?search=%25'))).toEqual([]);
    expect(named(await members('?search=a_a'))).toEqual([]);
  });

  it('shows a comp an admin grants, and that it ended once ended', async () => {
    const eve = people['Eve Free']?.userId ?? '';
    const comp = `/api/admin/members/${eve}/comp`;
    expect((await as(admin, 'PUT', comp, { until: '2026-06-30', reason: 'Pilot' })).statusCode).toBe(200);
    expect((await members('?search=eve')).members[0]).toMatchObject({
      tier: 'premium',
      reason: 'comp',
      until: '2026-06-30T23:59:59.999Z',
      comp: { until: '2026-06-30T23:59:59.999Z', reason: 'Pilot', isInForce: true },
    });
    expect((await as(admin, 'DELETE', comp)).statusCode).toBe(200);
    expect((await members('?search=eve')).members[0]).toMatchObject({
      tier: 'free',
      reason: 'none',
      comp: { reason: 'Pilot', isInForce: false },
    });
  });

  it('comes 50 a page whatever the client asks, each page starting after the one before', async () => {
    const at = new Date('2026-03-01T00:00:00Z');
    await server.database.db
      .insertInto('users')
      .values(
        Array.from({ length: 60 }, (_, index) => ({
          id: randomUUID(),
          name: `Many ${String(index).padStart(2, '0')}`,
          email: `many-${index}@example.org`,
          email_verified: true,
          image: null,
          role: 'member' as const,
          health_consent_version: null,
          health_consent_at: null,
          invited_by: null,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const first = await members('?limit=1000');
    expect(first.members).toHaveLength(50);
    expect(first.next).toEqual(expect.any(String));
    const second = await members(`?after=${encodeURIComponent(first.next)}`);
    expect(second.next).toBeNull();
    const names = [...first.members, ...second.members].map((member: { name: string }) => member.name);
    expect(names).toHaveLength(66);
    expect(new Set(names).size).toBe(66);
    expect(
      (await members('?search=many%2005')).members.map((member: { name: string }) => member.name),
    ).toEqual(['Many 05']);
  });

  it.each([
    [`?search=${'x'.repeat(101)}`, 'querystring.search'],
    ['?after=not-a-cursor', 'querystring.after'],
    [`?after=${Buffer.from('{"name":1}').toString('base64url')}`, 'querystring.after'],
  ])('refuses bad input with a problem naming the field (%s)', async (query, location) => {
    const response = await as(admin, 'GET', `/api/admin/membership/members${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { location: string }) => error.location)).toEqual([location]);
  });
});

describe('the revenue figures', () => {
  it('count the paying, monthly recurring revenue, this month’s churn and the comps in force', async () => {
    const response = await as(admin, 'GET', '/api/admin/membership/revenue');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      month: '2026-03',
      timeZone: 'Europe/London',
      // Ada (a twelfth of 120.00), Bea to the end of her period, Cal in his grace days.
      paying: 3,
      inGrace: 1,
      trialing: 0,
      mrr: [{ currency: 'EUR', amount: 1000 + 1200 + 1200 }],
      newThisMonth: 0,
      // Bea's ends on the 28th, Fay's ended on the 5th; all four were active on the 1st.
      churnedThisMonth: 2,
      activeAtMonthStart: 4,
      churnRate: 0.5,
      compsInForce: 1,
    });
  });
});
