import { describe, expect, it } from 'vitest';
import { ageOn } from './accounts.ts';

describe('an age on a day', () => {
  it.each([
    ['1961-03-12', '2026-03-11', 64],
    ['1961-03-12', '2026-03-12', 65],
    ['1961-03-12', '2026-12-31', 65],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2028-02-29', 28],
    ['2026-03-02', '2026-03-02', 0],
  ])('born %s, on %s: %i', (dateOfBirth, day, age) => {
    expect(ageOn(dateOfBirth, day)).toBe(age);
  });
});
