import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../contract/membership.ts';
import { formatPrice, membershipSentence } from './membership-words.ts';

const base: Membership = {
  isMembershipOn: true,
  tier: 'premium',
  source: 'subscription',
  until: '2026-04-02T10:00:00.000Z',
  renews: true,
  subscription: {
    status: 'active',
    interval: 'month',
    amount: 1200,
    currency: 'eur',
    periodEnd: '2026-04-02T10:00:00.000Z',
    cancelAtPeriodEnd: false,
  },
  comp: null,
  features: ['full-program', 'form-check', 'coach'],
  canPay: true,
};

describe('the membership in words', () => {
  it('says when it renews and for how much', () => {
    expect(membershipSentence(base, 'Premium', 'en-GB')).toBe(
      'You are a Premium member. It renews on 2 April 2026 for €12 a month.',
    );
  });

  it('says a cancelled one ends at the period’s end and charges nothing more', () => {
    expect(membershipSentence({ ...base, renews: false }, 'Premium', 'en-GB')).toMatch(
      /until 2 April 2026\. You cancelled, so it ends then/,
    );
  });

  it('says a failed payment keeps premium a while, and where to change the card', () => {
    expect(membershipSentence({ ...base, source: 'grace' }, 'Premium', 'en-GB')).toMatch(
      /did not go through.*until 2 April 2026.*Manage payments/,
    );
  });

  it('tells a member whose premium ended that everything they did is kept', () => {
    expect(
      membershipSentence({ ...base, tier: 'free', source: 'ended', until: null }, 'Premium', 'en-GB'),
    ).toMatch(/has ended\. Everything you did is kept/);
  });

  it('writes prices as the locale does, whole amounts without cents', () => {
    expect(formatPrice(1200, 'eur', 'en-GB')).toBe('€12');
    expect(formatPrice(999, 'gbp', 'en-GB')).toBe('£9.99');
    expect(formatPrice(12000, 'usd', 'en-US')).toBe('$120');
  });
});
