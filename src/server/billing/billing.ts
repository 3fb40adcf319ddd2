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
