import type { Entitlement } from './entitlement.ts';

/**
 * Why a member is on their tier, in the admin's words: the entitlement's source, with a subscription the
 * member cancelled (premium to the period's end, then free) told apart from one that renews, and every
 * way of having no premium ("ended", "never") as one: none.
 */
export const TIER_REASONS = ['membership-off', 'subscription', 'cancelled', 'grace', 'comp', 'none'] as const;
export type TierReason = (typeof TIER_REASONS)[number];

export function tierReasonOf(entitlement: Entitlement): TierReason {
  switch (entitlement.source) {
    case 'subscription':
      return entitlement.renews ? 'subscription' : 'cancelled';
    case 'ended':
    case 'never':
      return 'none';
    default:
      return entitlement.source;
  }
}
