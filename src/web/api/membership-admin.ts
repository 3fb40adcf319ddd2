/** The admin's side of membership: members with their tiers, the revenue figures, the tiers and comps. */
import type { Ok } from '../../contract/common.ts';
import type { CompBody, MembershipSettingsBody } from '../../contract/membership.ts';
import type { MembershipMembers, MembershipRevenue } from '../../contract/membership-admin.ts';
import { del, get, put } from './client.ts';

const compPath = (memberId: string) => `/api/admin/members/${encodeURIComponent(memberId)}/comp`;

export const membershipAdminApi = {
  members: (page: { after?: string | null; search?: string }) => {
    const query = new URLSearchParams();
    if (page.after) query.set('after', page.after);
    if (page.search) query.set('search', page.search);
    const text = query.toString();
    return get<MembershipMembers>(`/api/admin/membership/members${text ? `?${text}` : ''}`);
  },
  revenue: () => get<MembershipRevenue>('/api/admin/membership/revenue'),
  saveSettings: (body: MembershipSettingsBody) => put<Ok>('/api/admin/membership', body),
  grantComp: (memberId: string, body: CompBody) => put<Ok>(compPath(memberId), body),
  endComp: (memberId: string) => del<Ok>(compPath(memberId)),
};
