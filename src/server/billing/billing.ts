import type Stripe from 'stripe';
import type { Config } from '../config.ts';
import { createStripe } from './stripe-client.ts';

/** Membership as this instance runs it: whether tiers apply at all, and Stripe when keys are set. */
export interface Billing {
  isMembershipOn: boolean;
  /** Null without Stripe keys: payments are off, and an admin grants premium by hand. */
  stripe: Stripe | null;
  webhookSecret: string | null;
}

export function createBilling(config: Pick<Config, 'isMembershipOn' | 'stripe'>): Billing {
  return {
    isMembershipOn: config.isMembershipOn,
    stripe: config.stripe ? createStripe(config.stripe) : null,
    webhookSecret: config.stripe?.webhookSecret ?? null,
  };
}

/**
 * Membership as MEMBERSHIP=off runs it: every member has everything. For what trains as a member outside
 * any request (the demo histories, made as a member with the whole program would train).
 */
export const EVERYTHING_INCLUDED: Billing = { isMembershipOn: false, stripe: null, webhookSecret: null };
