import {
  encodeMembersCursor,
  MEMBERSHIP_MEMBERS_PAGE_SIZE,
  type MembershipMembers,
  type MembershipMembersQuery,
  type MembershipRevenue,
} from '../../contract/membership-admin.ts';
import { entitlementOf } from '../../core/membership/entitlement.ts';
import { revenueOf } from '../../core/membership/revenue.ts';
import { tierReasonOf } from '../../core/membership/tier-reason.ts';
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import {
  countCompsInForce,
  listMembersWithMembership,
  listSubscriptionsSince,
} from '../db/repositories/membership-admin.ts';
import type { Actor } from './errors.ts';
import { asStatus } from './membership.ts';

/**
 * One page of members, by name, each with their tier now and why. The tier comes from the same
 * entitlement rule as the member's own membership (src/core/membership), never from SQL.
 */
export async function membersWithTiers(
  db: Executor,
  actor: Actor,
  billing: Billing,
  query: MembershipMembersQuery,
  now: Date,
): Promise<MembershipMembers> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const rows = await listMembersWithMembership(db, {
    after: query.after,
    search: query.search || undefined,
    // One more than a page, to know whether another follows.
    limit: MEMBERSHIP_MEMBERS_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, MEMBERSHIP_MEMBERS_PAGE_SIZE);
  const members = page.map((row) => {
    const subscription =
      row.status && row.period_start && row.period_end
        ? {
            status: asStatus(row.status),
            periodStart: row.period_start.toISOString(),
            periodEnd: row.period_end.toISOString(),
            cancelAtPeriodEnd: row.cancel_at_period_end === true,
          }
        : null;
    const comp = row.comp_reason === null ? null : { until: row.comp_until?.toISOString() ?? null };
    const entitlement = entitlementOf({
      isMembershipOn: billing.isMembershipOn,
      subscription,
      comp,
      now: now.toISOString(),
    });
    const isCompInForce =
      comp !== null &&
      entitlementOf({ isMembershipOn: true, subscription: null, comp, now: now.toISOString() }).source ===
        'comp';
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      tier: entitlement.tier,
      reason: tierReasonOf(entitlement),
      until: entitlement.until,
      subscription:
        subscription && row.interval && row.amount !== null && row.currency
          ? {
              status: row.status ?? subscription.status,
              interval: row.interval,
              amount: row.amount,
              currency: row.currency.toUpperCase(),
              periodEnd: subscription.periodEnd,
              cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
            }
          : null,
      comp: comp ? { until: comp.until, reason: row.comp_reason ?? '', isInForce: isCompInForce } : null,
    };
  });
  const last = page.at(-1);
  const next = rows.length > page.length && last ? encodeMembersCursor(last) : null;
  return { members, next };
}

/** Longer than any month, so every subscription that ended this month is among those read. */
const LOOK_BACK_MS = 32 * 86_400_000;

/** The revenue figures now: paying subscriptions, MRR, this month's new and churned, comps in force. */
export async function membershipRevenue(
  db: Executor,
  actor: Actor,
  timeZone: string,
  now: Date,
): Promise<MembershipRevenue> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  const [rows, compsInForce] = await Promise.all([
    listSubscriptionsSince(db, new Date(now.getTime() - LOOK_BACK_MS)),
    countCompsInForce(db, now),
  ]);
  const revenue = revenueOf({
    subscriptions: rows.map((row) => ({
      status: asStatus(row.status),
      periodStart: row.period_start.toISOString(),
      periodEnd: row.period_end.toISOString(),
      cancelAtPeriodEnd: row.cancel_at_period_end,
      interval: row.interval,
      amount: row.amount,
      currency: row.currency,
      startedAt: row.started_at.toISOString(),
      endedAt: row.ended_at?.toISOString() ?? null,
    })),
    compsInForce,
    now: now.toISOString(),
    timeZone,
  });
  return { ...revenue, timeZone };
}
