import { describe, expect, it } from 'vitest';
import { monthlyRecurringRevenue, type RevenueSubscription, revenueOf } from './revenue.ts';

const NOW = '2026-03-15T12:00:00.000Z';
const LONDON = 'Europe/London';

const subscription = (overrides: Partial<RevenueSubscription> = {}): RevenueSubscription => ({
  status: 'active',
  periodStart: '2026-03-01T00:00:00.000Z',
  periodEnd: '2026-04-01T00:00:00.000Z',
  cancelAtPeriodEnd: false,
  interval: 'month',
  amount: 1200,
  currency: 'eur',
  startedAt: '2026-01-01T00:00:00.000Z',
  endedAt: null,
  ...overrides,
});

const revenue = (subscriptions: RevenueSubscription[], compsInForce = 0) =>
  revenueOf({ subscriptions, compsInForce, now: NOW, timeZone: LONDON });

describe('monthly recurring revenue', () => {
  it('adds monthly amounts and a twelfth of yearly ones, per currency, rounded once at the end', () => {
    expect(
      monthlyRecurringRevenue([
        { interval: 'month', amount: 1200, currency: 'eur' },
        { interval: 'year', amount: 12_000, currency: 'EUR' },
        { interval: 'year', amount: 9_900, currency: 'gbp' },
        { interval: 'year', amount: 9_900, currency: 'gbp' },
      ]),
    ).toEqual([
      { currency: 'EUR', amount: 2200 },
      // 2 × 825 exactly: 1650, not two roundings of 825.
      { currency: 'GBP', amount: 1650 },
    ]);
    expect(monthlyRecurringRevenue([{ interval: 'year', amount: 1000, currency: 'usd' }])).toEqual([
      { currency: 'USD', amount: 83 },
    ]);
    expect(monthlyRecurringRevenue([])).toEqual([]);
  });
});

describe('the revenue figures', () => {
  it('count a subscription paid for, one cancelled to its period end, and one in its grace days', () => {
    const figures = revenue([
      subscription(),
      subscription({ cancelAtPeriodEnd: true, periodEnd: '2026-04-10T00:00:00.000Z' }),
      subscription({ status: 'past_due', periodStart: '2026-03-12T00:00:00.000Z' }),
    ]);
    expect(figures).toMatchObject({ month: '2026-03', paying: 3, inGrace: 1, trialing: 0 });
    expect(figures.mrr).toEqual([{ currency: 'EUR', amount: 3600 }]);
  });

  it('leave out trialing, renewals failed past the grace days, and what never got its first payment', () => {
    const figures = revenue([
      subscription({ status: 'trialing' }),
      subscription({ status: 'past_due', periodStart: '2026-03-01T00:00:00.000Z' }),
      subscription({ status: 'incomplete', startedAt: '2026-03-10T00:00:00.000Z' }),
      subscription({ status: 'incomplete_expired', endedAt: '2026-03-11T00:00:00.000Z' }),
    ]);
    expect(figures).toMatchObject({ paying: 0, trialing: 1, mrr: [], newThisMonth: 0, churnedThisMonth: 0 });
  });

  it('count churn as ended this month or cancelled to end this month, and its rate against the month’s start', () => {
    const figures = revenue([
      subscription(),
      subscription({ status: 'canceled', endedAt: '2026-03-05T09:00:00.000Z' }),
      subscription({ cancelAtPeriodEnd: true, periodEnd: '2026-03-28T00:00:00.000Z' }),
      // Cancelled, but its period runs into April: not this month's churn.
      subscription({ cancelAtPeriodEnd: true, periodEnd: '2026-04-02T00:00:00.000Z' }),
      // Ended before this month: neither active at its start nor churned in it.
      subscription({ status: 'canceled', endedAt: '2026-02-20T00:00:00.000Z' }),
      // New this month and gone again: churn, but not part of the rate.
      subscription({
        status: 'canceled',
        startedAt: '2026-03-03T00:00:00.000Z',
        endedAt: '2026-03-09T00:00:00.000Z',
      }),
    ]);
    expect(figures).toMatchObject({
      newThisMonth: 1,
      churnedThisMonth: 3,
      activeAtMonthStart: 4,
      churnRate: 0.5,
    });
  });

  it('take the month in the clinic’s time zone: late on 31 March in New York is still March there', () => {
    const figures = revenueOf({
      subscriptions: [subscription({ startedAt: '2026-04-01T02:00:00.000Z' })],
      compsInForce: 0,
      now: '2026-04-01T03:00:00.000Z',
      timeZone: 'America/New_York',
    });
    expect(figures).toMatchObject({ month: '2026-03', newThisMonth: 1 });
  });

  it('have no churn rate when nothing was active at the month’s start, and pass the comps through', () => {
    const figures = revenue([subscription({ startedAt: '2026-03-02T00:00:00.000Z' })], 4);
    expect(figures).toMatchObject({
      activeAtMonthStart: 0,
      churnRate: null,
      compsInForce: 4,
      newThisMonth: 1,
    });
  });
});
