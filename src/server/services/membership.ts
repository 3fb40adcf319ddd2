import type { Membership, MembershipSettingsBody, Tiers } from '../../contract/membership.ts';
import {
  DEFAULT_MEMBERSHIP_SETTINGS,
  entitlementOf,
  FEATURE_WORDS,
  FEATURES,
  type Feature,
  isIncluded,
  type MembershipSettings,
  SAFETY_FEATURES,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatus,
  type TierIncludes,
} from '../../core/membership/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Billing } from '../billing/billing.ts';
import type { Executor } from '../db/executor.ts';
import {
  findComp,
  findCurrentSubscription,
  findMembershipSettings,
  saveMembershipSettings,
} from '../db/repositories/membership.ts';
import { type Actor, Refusal } from './errors.ts';

/** A status we do not know (a newer Stripe) counts as one that gives nothing. */
export const asStatus = (status: string): SubscriptionStatus =>
  (SUBSCRIPTION_STATUSES as readonly string[]).includes(status)
    ? (status as SubscriptionStatus)
    : 'incomplete';

function checkedIncludes(stored: unknown): TierIncludes {
  const known = (list: unknown) =>
    Array.isArray(list) ? FEATURES.filter((feature) => list.includes(feature)) : [];
  const value = stored as { free?: unknown; premium?: unknown } | null;
  return { free: known(value?.free), premium: known(value?.premium) };
}

/** The tiers as the admin set them, or the defaults until they have. Not a use case: no actor. */
export async function currentMembershipSettings(db: Executor): Promise<MembershipSettings> {
  const row = await findMembershipSettings(db);
  if (!row) return DEFAULT_MEMBERSHIP_SETTINGS;
  return {
    currency: row.currency,
    free: { name: row.free_name, description: row.free_description },
    premium: {
      name: row.premium_name,
      description: row.premium_description,
      monthlyPrice: row.monthly_price,
      yearlyPrice: row.yearly_price,
    },
    includes: checkedIncludes(row.includes),
  };
}

/** The tiers, prices and what each includes, as the public membership page and the app show them. */
export async function membershipTiers(db: Executor, billing: Billing): Promise<Tiers> {
  const settings = await currentMembershipSettings(db);
  const words = (ids: readonly (keyof typeof FEATURE_WORDS)[]) =>
    ids.map((id) => ({ id, words: FEATURE_WORDS[id] }));
  return {
    isMembershipOn: billing.isMembershipOn,
    canPay: billing.stripe !== null,
    currency: settings.currency,
    tiers: [
      {
        id: 'free',
        ...settings.free,
        monthlyPrice: null,
        yearlyPrice: null,
        includes: words(settings.includes.free),
      },
      { id: 'premium', ...settings.premium, includes: words(settings.includes.premium) },
    ],
    alwaysFree: words(SAFETY_FEATURES),
  };
}

async function storedMembership(db: Executor, billing: Billing, memberId: string, now: Date) {
  const [subscription, comp] = await Promise.all([
    findCurrentSubscription(db, memberId),
    findComp(db, memberId),
  ]);
  const entitlement = entitlementOf({
    isMembershipOn: billing.isMembershipOn,
    subscription: subscription
      ? {
          status: asStatus(subscription.status),
          periodStart: subscription.period_start.toISOString(),
          periodEnd: subscription.period_end.toISOString(),
          cancelAtPeriodEnd: subscription.cancel_at_period_end,
        }
      : null,
    comp: comp ? { until: comp.until?.toISOString() ?? null } : null,
    now: now.toISOString(),
  });
  return { subscription, comp, entitlement };
}

/**
 * Whether the member's tier includes the feature now. Not a use case (no actor): the services that
 * offer a premium feature ask it after their own access check. Safety features are always included.
 */
export async function hasFeature(
  db: Executor,
  billing: Billing,
  memberId: string,
  feature: Feature,
  now: Date,
): Promise<boolean> {
  if (!billing.isMembershipOn) return true;
  const [{ entitlement }, settings] = await Promise.all([
    storedMembership(db, billing, memberId, now),
    currentMembershipSettings(db),
  ]);
  return isIncluded(settings.includes, entitlement.tier, feature);
}

/** Where a member joins premium, in the app. */
export const MEMBERSHIP_PATH = '/membership';

/** The refusal of a premium feature to a member whose tier does not include it: it says how to get it. */
export function premiumNeeded(detail: string): Refusal {
  return new Refusal(
    'forbidden',
    'premium-needed',
    'Part of premium',
    `${detail} See Membership (${MEMBERSHIP_PATH}) to join.`,
  );
}

/** The member's tier now and why, worked out from our own tables: never from what the client says. */
export async function membershipOf(
  db: Executor,
  actor: Actor,
  memberId: string,
  billing: Billing,
  now: Date,
): Promise<Membership> {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  const [{ subscription, comp, entitlement }, settings] = await Promise.all([
    storedMembership(db, billing, memberId, now),
    currentMembershipSettings(db),
  ]);
  const features = billing.isMembershipOn
    ? FEATURES.filter((feature) => isIncluded(settings.includes, entitlement.tier, feature))
    : [...FEATURES];
  return {
    isMembershipOn: billing.isMembershipOn,
    features,
    ...entitlement,
    subscription: subscription
      ? {
          status: subscription.status,
          interval: subscription.interval,
          amount: subscription.amount,
          currency: subscription.currency,
          periodEnd: subscription.period_end.toISOString(),
          cancelAtPeriodEnd: subscription.cancel_at_period_end,
        }
      : null,
    comp: comp ? { until: comp.until?.toISOString() ?? null } : null,
    canPay: billing.stripe !== null,
  };
}

export async function changeMembershipSettings(
  db: Executor,
  actor: Actor,
  settings: MembershipSettingsBody & { currency: string },
  now: Date,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'account.manage' });
  await saveMembershipSettings(
    db,
    {
      currency: settings.currency,
      freeName: settings.free.name,
      freeDescription: settings.free.description,
      premiumName: settings.premium.name,
      premiumDescription: settings.premium.description,
      monthlyPrice: settings.premium.monthlyPrice,
      yearlyPrice: settings.premium.yearlyPrice,
      includes: settings.includes,
    },
    now,
  );
}
