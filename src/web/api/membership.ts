/** Membership: the tiers, the member's own, and the pages of Stripe to send the browser to. */
import type { BillingInterval, Membership, Redirect, Tiers } from '../../contract/membership.ts';
import { get, post } from './client.ts';

export const membershipApi = {
  tiers: () => get<Tiers>('/api/membership'),
  mine: () => get<Membership>('/api/me/membership'),
  checkout: (interval: BillingInterval) => post<Redirect>('/api/me/membership/checkout', { interval }),
  portal: () => post<Redirect>('/api/me/membership/portal'),
};
