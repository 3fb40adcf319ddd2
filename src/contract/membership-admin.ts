/** The admin's side of membership: every member with their tier and why, and the revenue figures. */
import { z } from 'zod';
import { TIERS } from '../core/membership/features.ts';
import { TIER_REASONS } from '../core/membership/tier-reason.ts';
import { billingIntervalSchema } from './membership.ts';

/** A page of members is always this long (the last one shorter): the client does not choose. */
export const MEMBERSHIP_MEMBERS_PAGE_SIZE = 50;
export const MEMBERSHIP_SEARCH_MAX_LENGTH = 100;

/** Where a page ends: the last member's name and id, so the next page starts after them. */
export interface MembersCursor {
  name: string;
  id: string;
}

export function encodeMembersCursor(cursor: MembersCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

const CURSOR_MESSAGE = 'expected the "next" value of the page before';

const cursorSchema = z
  .string()
  .max(400, CURSOR_MESSAGE)
  .transform((text, context): MembersCursor => {
    try {
      const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
      if (Array.isArray(value) && value.length === 2) {
        const [name, id] = value as unknown[];
        if (typeof name === 'string' && typeof id === 'string') return { name, id };
      }
    } catch {
      // Told below, as for any other shape.
    }
    context.addIssue({ code: 'custom', message: CURSOR_MESSAGE });
    return z.NEVER;
  });

export const membershipMembersQuerySchema = z.object({
  after: cursorSchema.optional().describe('The "next" value of the page before; none for the first page'),
  search: z
    .string()
    .trim()
    .max(MEMBERSHIP_SEARCH_MAX_LENGTH, `expected at most ${MEMBERSHIP_SEARCH_MAX_LENGTH} characters`)
    .optional()
    .describe('Part of a name or email address, in any case'),
});
export type MembershipMembersQuery = z.output<typeof membershipMembersQuerySchema>;

export const memberWithTierSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  tier: z.enum(TIERS),
  /** Why: a subscription that renews, one cancelled to its period end, grace after a failed payment… */
  reason: z.enum(TIER_REASONS),
  until: z.iso.datetime().nullable().describe('Premium lasts at least until then; null: no end, or free'),
  subscription: z
    .object({
      status: z.string(),
      interval: billingIntervalSchema,
      amount: z.int().describe("Per interval, in the currency's smallest unit"),
      currency: z.string(),
      periodEnd: z.iso.datetime(),
      cancelAtPeriodEnd: z.boolean(),
    })
    .nullable(),
  comp: z
    .object({
      until: z.iso.datetime().nullable(),
      reason: z.string(),
      isInForce: z.boolean().describe('False once it has ended (or was ended by an admin)'),
    })
    .nullable(),
});
export type MemberWithTier = z.infer<typeof memberWithTierSchema>;

export const membershipMembersSchema = z.object({
  members: z.array(memberWithTierSchema).describe('By name, then id'),
  next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
});
export type MembershipMembers = z.infer<typeof membershipMembersSchema>;

const moneySchema = z.object({
  currency: z.string(),
  amount: z.int().describe("In the currency's smallest unit"),
});

export const membershipRevenueSchema = z.object({
  month: z.string().describe('This month, YYYY-MM, in the clinic’s time zone'),
  timeZone: z.string(),
  paying: z
    .int()
    .describe(
      'Subscriptions giving premium now, in their period or grace days; trialing (not charged yet) left out',
    ),
  inGrace: z.int().describe('Of the paying, those in the grace days after a failed renewal'),
  trialing: z.int(),
  mrr: z.array(moneySchema).describe('Monthly recurring revenue: monthly amounts plus yearly ones / 12'),
  newThisMonth: z.int(),
  churnedThisMonth: z.int().describe('Ended this month, or cancelled to end at a period end this month'),
  activeAtMonthStart: z.int(),
  churnRate: z.number().nullable().describe('0 to 1, of those active at the month’s start; null: none were'),
  compsInForce: z.int(),
});
export type MembershipRevenue = z.infer<typeof membershipRevenueSchema>;
