/**
 * Whether the member's tier includes a premium feature, for the screens that offer one (the form check).
 * Asked once per page load and shared. Unknown (offline, or still asking) counts as included: the screen
 * never takes away what the member may have, and the server refuses anything not theirs.
 */
import { useEffect, useState } from 'react';
import type { Membership } from '../contract/membership.ts';
import type { Feature } from '../core/membership/features.ts';
import { membershipApi } from './api/membership.ts';
import { useProfile } from './login-session.tsx';

/** Per account, so someone else signing in on the same page is asked about afresh. */
let asked: { accountId: string; membership: Promise<Membership | null> } | undefined;

function membershipOnce(accountId: string): Promise<Membership | null> {
  if (asked?.accountId !== accountId) {
    const membership = membershipApi.mine().catch(() => {
      asked = undefined;
      return null;
    });
    asked = { accountId, membership };
  }
  return asked.membership;
}

/** After a payment or a change of tier the next screen asks again. */
export function forgetMembership(): void {
  asked = undefined;
}

export function useHasFeature(feature: Feature): boolean {
  const accountId = useProfile()?.id;
  const [membership, setMembership] = useState<Membership | null>(null);
  useEffect(() => {
    if (!accountId) return;
    let isCurrent = true;
    void membershipOnce(accountId).then((found) => {
      if (isCurrent) setMembership(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [accountId]);
  return membership === null || membership.features.includes(feature);
}
