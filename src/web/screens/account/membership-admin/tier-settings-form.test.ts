import { describe, expect, it } from 'vitest';
import type { Tiers } from '../../../../contract/membership.ts';
import { checkDraft, draftOf } from './tier-settings-form.ts';

const TIERS: Tiers = {
  isMembershipOn: true,
  canPay: true,
  currency: 'EUR',
  tiers: [
    {
      id: 'free',
      name: 'Free',
      description: 'The start.',
      monthlyPrice: null,
      yearlyPrice: null,
      includes: [{ id: 'assessment', words: 'The assessment' }],
    },
    {
      id: 'premium',
      name: 'Premium',
      description: 'All of it.',
      monthlyPrice: 1200,
      yearlyPrice: 12000,
      includes: [
        { id: 'coach', words: 'A coach' },
        { id: 'red-flags', words: 'Safety' },
      ],
    },
  ],
  alwaysFree: [{ id: 'red-flags', words: 'Safety' }],
};

describe('the tier settings form', () => {
  it('starts from the tiers as they are, prices in major units, safety not among the choices', () => {
    expect(draftOf(TIERS)).toMatchObject({
      'premium.monthlyPrice': '12.00',
      'premium.yearlyPrice': '120.00',
      includes: { free: ['assessment'], premium: ['coach'] },
    });
  });

  it('sends prices in cents and the currency in capitals', () => {
    const draft = { ...draftOf(TIERS), currency: 'gbp', 'premium.monthlyPrice': '9.99' };
    expect(checkDraft(draft).body).toMatchObject({
      currency: 'GBP',
      premium: { monthlyPrice: 999, yearlyPrice: 12000 },
    });
  });

  it('names every box to fix', () => {
    const draft = {
      ...draftOf(TIERS),
      currency: 'euro',
      'free.name': ' ',
      'premium.monthlyPrice': '12.345',
      'premium.yearlyPrice': '0.10',
    };
    expect(checkDraft(draft).errors).toEqual({
      currency: 'Enter a three-letter currency code, such as EUR.',
      'free.name': 'Give the tier a name.',
      'premium.monthlyPrice': 'Enter a price such as 12.00.',
      'premium.yearlyPrice': 'Enter a price of at least 0.50.',
    });
  });
});
