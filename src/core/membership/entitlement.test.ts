import { describe, expect, it } from 'vitest';
import { type EntitlementInput, entitlementOf, type SubscriptionState } from './entitlement.ts';

const NOW = '2026-03-15T12:00:00.000Z';

const subscription = (overrides: Partial<SubscriptionState> = {}): SubscriptionState => ({
  status: 'active',
  periodStart: '2026-03-01T00:00:00.000Z',
  periodEnd: '2026-04-01T00:00:00.000Z',
  cancelAtPeriodEnd: false,
  ...overrides,
});

const of = (input: Partial<EntitlementInput>) =>
  entitlementOf({ isMembershipOn: true, subscription: null, comp: null, now: NOW, ...input });

describe('the tier a member is on', () => {
  it('is premium for everyone when membership is off, whatever else is stored', () => {
    expect(of({ isMembershipOn: false })).toEqual({
      tier: 'premium',
      source: 'membership-off',
      until: null,
      renews: false,
    });
    expect(of({ isMembershipOn: false, subscription: subscription({ status: 'canceled' }) }).tier).toBe(
      'premium',
    );
  });

  it('is free for a member who never had premium', () => {
    expect(of({})).toEqual({ tier: 'free', source: 'never', until: null, renews: false });
  });

  it('is premium until the period ends while the subscription is active, renewing unless cancelled', () => {
    expect(of({ subscription: subscription() })).toEqual({
      tier: 'premium',
      source: 'subscription',
      until: '2026-04-01T00:00:00.000Z',
      renews: true,
    });
    expect(of({ subscription: subscription({ cancelAtPeriodEnd: true }) })).toMatchObject({
      tier: 'premium',
      renews: false,
    });
    expect(of({ subscription: subscription({ status: 'trialing' }) }).tier).toBe('premium');
  });

  it('ends at the period end once cancelled, even before Stripe says the subscription is over', () => {
    const cancelled = subscription({ cancelAtPeriodEnd: true, periodEnd: '2026-03-15T11:59:59.000Z' });
    expect(of({ subscription: cancelled })).toEqual({
      tier: 'free',
      source: 'ended',
      until: null,
      renews: false,
    });
  });

  it('keeps premium a grace period when a renewal is late to be heard of, then ends', () => {
    const lapsed = subscription({ periodEnd: '2026-03-10T00:00:00.000Z' });
    expect(of({ subscription: lapsed })).toEqual({
      tier: 'premium',
      source: 'grace',
      until: '2026-03-17T00:00:00.000Z',
      renews: true,
    });
    expect(of({ subscription: lapsed, now: '2026-03-17T00:00:00.000Z' }).tier).toBe('free');
  });

  it('keeps premium for the grace days after a failed renewal, counted from the new period’s start', () => {
    const pastDue = subscription({
      status: 'past_due',
      periodStart: '2026-03-10T00:00:00.000Z',
      periodEnd: '2026-04-10T00:00:00.000Z',
    });
    expect(of({ subscription: pastDue })).toMatchObject({
      tier: 'premium',
      source: 'grace',
      until: '2026-03-17T00:00:00.000Z',
    });
    expect(of({ subscription: pastDue, now: '2026-03-17T00:00:01.000Z' }).source).toBe('ended');
    expect(of({ subscription: pastDue, graceDays: 14, now: '2026-03-20T00:00:00.000Z' }).tier).toBe(
      'premium',
    );
  });

  it.each(['canceled', 'incomplete', 'incomplete_expired', 'paused'] as const)(
    'is free once the subscription is %s',
    (status) => {
      expect(of({ subscription: subscription({ status }) })).toMatchObject({ tier: 'free', source: 'ended' });
    },
  );

  it('is premium with a comp until it ends, or with no end; a paid subscription is shown first', () => {
    expect(of({ comp: { until: null } })).toEqual({
      tier: 'premium',
      source: 'comp',
      until: null,
      renews: false,
    });
    expect(of({ comp: { until: '2026-06-01T00:00:00.000Z' } }).until).toBe('2026-06-01T00:00:00.000Z');
    expect(of({ comp: { until: '2026-03-01T00:00:00.000Z' } })).toMatchObject({
      tier: 'free',
      source: 'ended',
    });
    expect(of({ comp: { until: null }, subscription: subscription() }).source).toBe('subscription');
    const pastDue = subscription({ status: 'past_due', periodStart: '2026-03-14T00:00:00.000Z' });
    expect(of({ comp: { until: null }, subscription: pastDue }).source).toBe('comp');
  });
});
