import { addDays } from '../engine/dates.ts';

/**
 * What a membership tier includes. Safety is never among the things a tier decides: the red-flag screen,
 * safety holds, pain guidance, the data export and erasing an account are everyone's, always, whatever an
 * operator configures (`isIncluded` answers true for them before it looks at a tier).
 */

export const TIERS = ['free', 'premium'] as const;
export type Tier = (typeof TIERS)[number];

/** Free for everyone, always; not configurable. */
export const SAFETY_FEATURES = [
  'red-flags',
  'safety-holds',
  'pain-guidance',
  'data-export',
  'account-erasure',
] as const;
export type SafetyFeature = (typeof SAFETY_FEATURES)[number];

/** What a tier can include, as an operator configures it. */
export const FEATURES = [
  'free-publication',
  'assessment',
  'starting-plan',
  'catalogue',
  'education',
  'first-weeks',
  'full-program',
  'form-check',
  'coach',
  'premium-publication',
  'private-feed',
] as const;
export type Feature = (typeof FEATURES)[number];

/** How long the free tier's program lasts: the first two weeks from the plan's start. */
export const FREE_PROGRAM_DAYS = 14;

/** The member-facing words for each feature, for the membership page and the "what changed" notice. */
export const FEATURE_WORDS: Record<Feature | SafetyFeature, string> = {
  'free-publication': 'The articles and podcast episodes',
  assessment: 'The assessment',
  'starting-plan': 'Your starting plan',
  catalogue: 'The exercise catalogue',
  education: 'The education cards',
  'first-weeks': `The first ${FREE_PROGRAM_DAYS / 7} weeks of the program`,
  'full-program': 'The whole program, with its progression',
  'form-check': 'The form check with your camera',
  coach: 'A coach who reviews your training',
  'premium-publication': 'Premium articles and podcast episodes',
  'private-feed': 'Your own private podcast feed, with every episode',
  'red-flags': 'The red-flag safety questions',
  'safety-holds': 'Safety holds and pauses',
  'pain-guidance': 'Pain guidance on every set',
  'data-export': 'Downloading all your data',
  'account-erasure': 'Deleting your account',
};

export type TierIncludes = Record<Tier, readonly Feature[]>;

/** The default: free is the start of the program and the publication; premium is everything. */
export const DEFAULT_INCLUDES: TierIncludes = {
  free: ['free-publication', 'assessment', 'starting-plan', 'catalogue', 'education', 'first-weeks'],
  premium: FEATURES,
};

export function isSafetyFeature(feature: string): feature is SafetyFeature {
  return (SAFETY_FEATURES as readonly string[]).includes(feature);
}

/** Whether a member on `tier` has `feature`: safety always; the rest as configured. */
export function isIncluded(includes: TierIncludes, tier: Tier, feature: Feature | SafetyFeature): boolean {
  if (isSafetyFeature(feature)) return true;
  return includes[tier].includes(feature);
}

/** The tiers as an admin sets them; prices in the currency's smallest unit (cents). */
export interface MembershipSettings {
  currency: string;
  free: { name: string; description: string };
  premium: { name: string; description: string; monthlyPrice: number; yearlyPrice: number };
  includes: TierIncludes;
}

/** Until an admin sets them. */
export const DEFAULT_MEMBERSHIP_SETTINGS: MembershipSettings = {
  currency: 'EUR',
  free: {
    name: 'Free',
    description:
      'The podcast and articles, the safety questions, your assessment and the first two weeks of training.',
  },
  premium: {
    name: 'Premium',
    description:
      'The whole program as it progresses with you, the form check with your camera, a coach who reviews your training, and every article and episode in your own podcast feed.',
    monthlyPrice: 1200,
    yearlyPrice: 12000,
  },
  includes: DEFAULT_INCLUDES,
};

/** The first day a member on a tier without the whole program needs it: two weeks from the plan's start. */
export function freeProgramEndsOn(planStartedOn: string): string {
  return addDays(planStartedOn, FREE_PROGRAM_DAYS);
}

/** Today's workout when the free weeks are over and the member's tier has no more of the program. */
export interface PremiumNeededWorkout {
  status: 'premium-needed';
  /** The first day that needed premium. */
  freeUntil: string;
  message: string;
}

export function premiumNeededWorkout(planStartedOn: string): PremiumNeededWorkout {
  const freeUntil = freeProgramEndsOn(planStartedOn);
  return {
    status: 'premium-needed',
    freeUntil,
    message: `Your free ${FREE_PROGRAM_DAYS / 7} weeks of the program ended on ${freeUntil}. Premium carries on from where you are; everything you did is kept, and the safety questions stay free.`,
  };
}
