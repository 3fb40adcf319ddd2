import { describe, expect, it } from 'vitest';
import { formatMoney, fromMajorUnits, toMajorUnits } from './money.ts';

describe('money for the admin', () => {
  it('is shown in the currency, from the smallest unit', () => {
    expect(formatMoney(123_450, 'eur', 'en-GB')).toBe('€1,234.50');
    expect(formatMoney(999, 'GBP', 'en-GB')).toBe('£9.99');
    expect(formatMoney(1200, 'JPY', 'en-GB')).toBe('JP¥1,200');
  });

  it('goes into a price box in major units, and comes back out in the smallest', () => {
    expect(toMajorUnits(1200, 'EUR')).toBe('12.00');
    expect(fromMajorUnits('12', 'EUR')).toBe(1200);
    expect(fromMajorUnits(' 12.5 ', 'EUR')).toBe(1250);
    expect(fromMajorUnits('12,05', 'EUR')).toBe(1205);
    expect(fromMajorUnits('1200', 'JPY')).toBe(1200);
  });

  it('refuses what is not a price', () => {
    for (const text of ['', '-1', '12.345', 'twelve', '1e3', '12.']) {
      expect(fromMajorUnits(text, 'EUR')).toBeUndefined();
    }
    expect(fromMajorUnits('12.5', 'JPY')).toBeUndefined();
  });
});
