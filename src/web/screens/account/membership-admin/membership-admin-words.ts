import type { MembershipRevenue, MemberWithTier } from '../../../../contract/membership-admin.ts';
import { formatMoney } from './money.ts';

const day = (moment: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(moment));

/** Why the member is on their tier, in one line: "Pays €12.00 a month, renews 28 Mar 2026". */
export function tierReasonLine(member: MemberWithTier, locale?: string): string {
  const { subscription, comp, until } = member;
  const price = subscription
    ? `${formatMoney(subscription.amount, subscription.currency, locale)} a ${subscription.interval}`
    : '';
  switch (member.reason) {
    case 'membership-off':
      return 'Membership is off: every member has everything';
    case 'subscription':
      return until ? `Pays ${price}, renews ${day(until, locale)}` : `Pays ${price}`;
    case 'cancelled':
      return until ? `Cancelled: pays ${price} until ${day(until, locale)}` : `Cancelled: ${price}`;
    case 'grace':
      return until
        ? `Payment failed: keeps premium until ${day(until, locale)} while the card is tried again`
        : 'Payment failed: the card is being tried again';
    case 'comp': {
      const reason = comp?.reason ? ` (${comp.reason})` : '';
      return until ? `Comp until ${day(until, locale)}${reason}` : `Comp with no end${reason}`;
    }
    case 'none':
      return subscription || comp ? 'Premium has ended' : 'Never had premium';
  }
}

const monthWords = (month: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T12:00:00Z`),
  );

export function revenueHeading(revenue: MembershipRevenue, locale?: string): string {
  return `The figures for ${monthWords(revenue.month, locale)}`;
}

/** "€34.00", or one line per currency; "None yet" with no paying subscription. */
export function mrrWords(revenue: MembershipRevenue, locale?: string): string[] {
  if (revenue.mrr.length === 0) return ['None yet'];
  return revenue.mrr.map((money) => formatMoney(money.amount, money.currency, locale));
}

/** A figure and, when there is more to say, a line under it. */
export interface Figure {
  value: string;
  detail?: string;
}

export function churnFigure(revenue: MembershipRevenue, locale?: string): Figure {
  const value = String(revenue.churnedThisMonth);
  if (revenue.churnRate === null) return { value, detail: 'None were active when the month began.' };
  const rate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    revenue.churnRate,
  );
  return { value, detail: `${rate} of the ${revenue.activeAtMonthStart} active when the month began.` };
}

export function payingFigure(revenue: MembershipRevenue): Figure {
  const extras = [
    revenue.inGrace > 0 ? `${revenue.inGrace} after a failed payment, in the grace days` : '',
    revenue.trialing > 0 ? `${revenue.trialing} more not charged yet (Stripe’s trialing)` : '',
  ].filter(Boolean);
  return extras.length > 0
    ? { value: String(revenue.paying), detail: `${extras.join('; ')}.` }
    : { value: String(revenue.paying) };
}
