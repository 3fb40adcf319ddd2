/** Membership: the tiers, a member's own membership, paying for it through Stripe, and comps. */
import { z } from 'zod';
import { FEATURES, TIERS } from '../core/membership/index.ts';

export const billingIntervalSchema = z.enum(['month', 'year'], { error: 'expected month or year' });
export type BillingInterval = z.infer<typeof billingIntervalSchema>;

const featureSchema = z.enum(FEATURES, { error: `expected one of ${FEATURES.join(', ')}` });

export const membershipSchema = z.object({
  /** Off: everything is free (MEMBERSHIP=off). */
  isMembershipOn: z.boolean(),
  tier: z.enum(TIERS),
  source: z.enum(['membership-off', 'subscription', 'grace', 'comp', 'ended', 'never']),
  until: z.iso
    .datetime()
    .nullable()
    .describe('Premium lasts at least until then; null: no end known, or free'),
  renews: z.boolean(),
  subscription: z
    .object({
      status: z.string(),
      interval: billingIntervalSchema,
      amount: z.int(),
      currency: z.string(),
      periodEnd: z.iso.datetime(),
      cancelAtPeriodEnd: z.boolean(),
    })
    .nullable(),
  comp: z.object({ until: z.iso.datetime().nullable() }).nullable(),
  /** What the member's tier includes now (safety is always included, and not listed). */
  features: z.array(featureSchema),
  /** Whether card payments are set up (Stripe keys); without them only an admin grants premium. */
  canPay: z.boolean(),
});
export type Membership = z.infer<typeof membershipSchema>;

const tierSchema = z.object({
  id: z.enum(TIERS),
  name: z.string(),
  description: z.string(),
  /** In the currency's smallest unit; null for the free tier. */
  monthlyPrice: z.int().nullable(),
  yearlyPrice: z.int().nullable(),
  includes: z.array(z.object({ id: z.string(), words: z.string() })),
});

export const tiersSchema = z.object({
  isMembershipOn: z.boolean(),
  canPay: z.boolean(),
  currency: z.string(),
  tiers: z.array(tierSchema),
  /** Free for everyone, always. */
  alwaysFree: z.array(z.object({ id: z.string(), words: z.string() })),
});
export type Tiers = z.infer<typeof tiersSchema>;

export const checkoutBodySchema = z.object({ interval: billingIntervalSchema }).strict();
export type CheckoutBody = z.input<typeof checkoutBodySchema>;

/** Where to send the browser next: Stripe's checkout or its customer portal. */
export const redirectSchema = z.object({ url: z.url() });
export type Redirect = z.infer<typeof redirectSchema>;

const tierTextSchema = (what: string, max: number) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(max, `${what} has at most ${max} characters`);
const priceSchema = z
  .int({ error: 'expected a price in cents, a whole number' })
  .min(50, 'expected a price of at least 50 cents')
  .max(1_000_000, 'expected a price of at most 10,000.00');

export const membershipSettingsBodySchema = z
  .object({
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'expected a three-letter currency code such as EUR')
      .transform((code) => code.toUpperCase()),
    free: z
      .object({ name: tierTextSchema('a name', 40), description: tierTextSchema('a description', 300) })
      .strict(),
    premium: z
      .object({
        name: tierTextSchema('a name', 40),
        description: tierTextSchema('a description', 300),
        monthlyPrice: priceSchema,
        yearlyPrice: priceSchema,
      })
      .strict(),
    includes: z
      .object({
        free: z.array(featureSchema).max(FEATURES.length),
        premium: z.array(featureSchema).max(FEATURES.length),
      })
      .strict(),
  })
  .strict();
export type MembershipSettingsBody = z.input<typeof membershipSettingsBodySchema>;

export const compBodySchema = z
  .object({
    until: z.iso.date({ error: 'expected a date like 2027-01-31, or null for no end' }).nullable(),
    reason: tierTextSchema('a reason', 200),
  })
  .strict();
export type CompBody = z.input<typeof compBodySchema>;
