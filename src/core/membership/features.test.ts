import { describe, expect, it } from 'vitest';
import { DEFAULT_INCLUDES, FEATURES, isIncluded, SAFETY_FEATURES, type TierIncludes } from './features.ts';

describe('what a tier includes', () => {
  it('by default: free is the start of the program and the publication, premium everything', () => {
    expect(isIncluded(DEFAULT_INCLUDES, 'free', 'first-weeks')).toBe(true);
    expect(isIncluded(DEFAULT_INCLUDES, 'free', 'full-program')).toBe(false);
    expect(isIncluded(DEFAULT_INCLUDES, 'free', 'form-check')).toBe(false);
    expect(isIncluded(DEFAULT_INCLUDES, 'free', 'coach')).toBe(false);
    for (const feature of FEATURES) expect(isIncluded(DEFAULT_INCLUDES, 'premium', feature)).toBe(true);
  });

  it('always includes safety, on every tier, even when a tier is configured to include nothing', () => {
    const nothing: TierIncludes = { free: [], premium: [] };
    for (const feature of SAFETY_FEATURES) {
      expect(isIncluded(nothing, 'free', feature)).toBe(true);
      expect(isIncluded(nothing, 'premium', feature)).toBe(true);
    }
  });
});
