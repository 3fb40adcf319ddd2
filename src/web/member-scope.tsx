/**
 * Which member a member's screens show. Without a provider they show the signed-in member's own data, as
 * they always have; under `MemberScopeProvider` (the coach's member detail) they read that member's data
 * through the coach routes, link to the detail's tabs, and leave out everything only the member does
 * (starting a workout, taking a check-up, logging a set).
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type MemberId, type MemberLink, memberHref, OWN } from './api/member-paths.ts';
import { useProfile } from './login-session.tsx';
import { memberData, useStored } from './offline/member-data.ts';
import type { Stored } from './offline/stored.ts';

type WeightUnit = 'kg' | 'lb';

export interface MemberScope {
  /** OWN (null): the signed-in member's own screens. */
  memberId: MemberId;
  /** The member's name, date of birth and weight unit, as their coach's header loaded them (unused for OWN). */
  memberName: string;
  memberDateOfBirth: string | null;
  weightUnit: WeightUnit;
}

const OWN_SCOPE: MemberScope = { memberId: OWN, memberName: '', memberDateOfBirth: null, weightUnit: 'kg' };
const MemberScopeContext = createContext<MemberScope>(OWN_SCOPE);

export function MemberScopeProvider({ scope, children }: { scope: MemberScope; children: ReactNode }) {
  return <MemberScopeContext.Provider value={scope}>{children}</MemberScopeContext.Provider>;
}

export function useMemberScope(): MemberScope & { isOwn: boolean; href(link: MemberLink): string } {
  const scope = useContext(MemberScopeContext);
  return {
    ...scope,
    isOwn: scope.memberId === OWN,
    href: (link) => memberHref(scope.memberId, link),
  };
}

function constant<T>(value: T): Stored<T> {
  return { get: () => value, set: () => {}, subscribe: () => () => {}, reload: () => {} };
}

/**
 * The unit weights are shown in: the member's own as last heard on this phone, or the member's as their
 * coach loaded it. A coach's browser keeps nothing of the member's.
 */
export function useWeightUnit(): WeightUnit {
  const scope = useContext(MemberScopeContext);
  const profile = useProfile();
  const isOwn = scope.memberId === OWN;
  const store = useMemo(
    () => (isOwn && profile ? memberData(profile.id).weightUnit : constant(scope.weightUnit)),
    [isOwn, profile, scope.weightUnit],
  );
  return useStored(store);
}
