import type { Membership } from '../../../contract/membership.ts';
import { formatPrice } from '../../../core/membership/price.ts';
import { formatDate } from '../../format.ts';

export { formatPrice } from '../../../core/membership/price.ts';

const day = (moment: string, locale?: string) => formatDate(moment.slice(0, 10), locale);

/**
 * Where the member's membership stands, in one or two plain sentences: what they have, until when, and
 * what happens next. A member whose premium ended is told so, and that everything they did is kept.
 */
export function membershipSentence(membership: Membership, premiumName: string, locale?: string): string {
  const { source, until, renews, subscription } = membership;
  switch (source) {
    case 'membership-off':
      return 'Everything Backstrong offers is included for you here.';
    case 'subscription':
      if (!until) return `You are a ${premiumName} member.`;
      return renews && subscription
        ? `You are a ${premiumName} member. It renews on ${day(until, locale)} for ${formatPrice(subscription.amount, subscription.currency, locale)} a ${subscription.interval}.`
        : `You are a ${premiumName} member until ${day(until, locale)}. You cancelled, so it ends then and nothing more is charged.`;
    case 'grace':
      return `Your last payment did not go through. You keep ${premiumName} until ${until ? day(until, locale) : 'Stripe tries again'} while your card is tried again: you can change the card under "Manage payments".`;
    case 'comp':
      return until
        ? `You have ${premiumName} as a gift from the people who run Backstrong, until ${day(until, locale)}.`
        : `You have ${premiumName} as a gift from the people who run Backstrong.`;
    case 'ended':
      return `Your ${premiumName} membership has ended. Everything you did is kept: your workouts, check-ups and progress are all here, and come back with you if you join again.`;
    case 'never':
      return 'You are on the free membership.';
  }
}
