import { describe, expect, it } from 'vitest';
import { entitlementOf, type SubscriptionState } from './entitlement.ts';
import { tierReasonOf } from './tier-reason.ts';

const NOW = '2026-03-15T12:00:00.000Z';
const active: SubscriptionState = {
  status: 'active',
  periodStart: '2026-03-01T00:00:00.000Z',
  periodEnd: '2026-04-01T00:00:00.000Z',
  cancelAtPeriodEnd: false,
};
const reason = (subscription: SubscriptionState | null, comp: { until: string | null } | null = null) =>
  tierReasonOf(entitlementOf({ isMembershipOn: true, subscription, comp, now: NOW }));

describe('why a member is on their tier', () => {
  it('tells a renewing subscription from one cancelled at its period end', () => {
    expect(reason(active)).toBe('subscription');
    expect(reason({ ...active, cancelAtPeriodEnd: true })).toBe('cancelled');
  });

  it('names the grace days, a comp, and no premium however it came about', () => {
    expect(reason({ ...active, status: 'past_due', periodStart: '2026-03-14T00:00:00.000Z' })).toBe('grace');
    expect(reason(null, { until: null })).toBe('comp');
    expect(reason(null)).toBe('none');
    expect(reason({ ...active, status: 'canceled' })).toBe('none');
  });
});
