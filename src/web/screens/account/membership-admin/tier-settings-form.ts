import type { MembershipSettingsBody, Tiers } from '../../../../contract/membership.ts';
import { FEATURES, type Feature } from '../../../../core/membership/features.ts';
import type { FieldErrors } from '../../../components/forms.tsx';
import { fromMajorUnits, toMajorUnits } from './money.ts';

/** The tier settings form's boxes, named as the API names the fields (so its errors land beside them). */
export interface TierSettingsDraft {
  currency: string;
  'free.name': string;
  'free.description': string;
  'premium.name': string;
  'premium.description': string;
  'premium.monthlyPrice': string;
  'premium.yearlyPrice': string;
  includes: { free: Feature[]; premium: Feature[] };
}

export const TIER_SETTINGS_LABELS = {
  currency: 'Currency',
  'free.name': 'Name of the free tier',
  'free.description': 'Description of the free tier',
  'premium.name': 'Name of the premium tier',
  'premium.description': 'Description of the premium tier',
  'premium.monthlyPrice': 'Monthly price',
  'premium.yearlyPrice': 'Yearly price',
} as const;

const NAME_MAX = 40;
const DESCRIPTION_MAX = 300;
const PRICE_MIN = 50;
const PRICE_MAX = 1_000_000;

const knownFeatures = (ids: { id: string }[]): Feature[] =>
  FEATURES.filter((feature) => ids.some((included) => included.id === feature));

export function draftOf(tiers: Tiers): TierSettingsDraft {
  const free = tiers.tiers.find((tier) => tier.id === 'free');
  const premium = tiers.tiers.find((tier) => tier.id === 'premium');
  return {
    currency: tiers.currency,
    'free.name': free?.name ?? '',
    'free.description': free?.description ?? '',
    'premium.name': premium?.name ?? '',
    'premium.description': premium?.description ?? '',
    'premium.monthlyPrice': toMajorUnits(premium?.monthlyPrice ?? 0, tiers.currency),
    'premium.yearlyPrice': toMajorUnits(premium?.yearlyPrice ?? 0, tiers.currency),
    includes: { free: knownFeatures(free?.includes ?? []), premium: knownFeatures(premium?.includes ?? []) },
  };
}

function textError(text: string, what: string, max: number): string | undefined {
  if (text.trim() === '') return `Give the tier ${what}.`;
  if (text.trim().length > max) return `Keep the ${what.replace(/^an? /, '')} to ${max} characters.`;
  return undefined;
}

/** The body to send, or what to fix, field by field. */
export function checkDraft(
  draft: TierSettingsDraft,
): { body: MembershipSettingsBody; errors?: undefined } | { errors: FieldErrors; body?: undefined } {
  const errors: FieldErrors = {};
  const currency = draft.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'Enter a three-letter currency code, such as EUR.';
  const price = (field: 'premium.monthlyPrice' | 'premium.yearlyPrice') => {
    const amount = fromMajorUnits(draft[field], errors.currency ? 'EUR' : currency);
    if (amount === undefined) errors[field] = 'Enter a price such as 12.00.';
    else if (amount < PRICE_MIN)
      errors[field] = `Enter a price of at least ${toMajorUnits(PRICE_MIN, 'EUR')}.`;
    else if (amount > PRICE_MAX)
      errors[field] = `Enter a price of at most ${toMajorUnits(PRICE_MAX, 'EUR')}.`;
    return amount ?? 0;
  };
  const monthlyPrice = price('premium.monthlyPrice');
  const yearlyPrice = price('premium.yearlyPrice');
  for (const [field, what, max] of [
    ['free.name', 'a name', NAME_MAX],
    ['free.description', 'a description', DESCRIPTION_MAX],
    ['premium.name', 'a name', NAME_MAX],
    ['premium.description', 'a description', DESCRIPTION_MAX],
  ] as const) {
    const message = textError(draft[field], what, max);
    if (message) errors[field] = message;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      currency,
      free: { name: draft['free.name'].trim(), description: draft['free.description'].trim() },
      premium: {
        name: draft['premium.name'].trim(),
        description: draft['premium.description'].trim(),
        monthlyPrice,
        yearlyPrice,
      },
      includes: draft.includes,
    },
  };
}
