import type { ReactNode } from 'react';
import type { Tiers } from '../../../contract/membership.ts';
import { formatPrice } from '../../../core/membership/price.ts';
import { html } from '../html.ts';
import type { PublicPage } from '../page.ts';
import type { Reader } from '../reader.ts';
import type { SiteSettings } from './parts.ts';
import { joinPath, MEMBERSHIP_PAGE_PATH } from './premium-parts.ts';

export interface MembershipView {
  tiers: Tiers;
  reader: Reader;
}

type Tier = Tiers['tiers'][number];

/** "12 months for the price of 10": what a year saves against paying monthly, when it saves anything. */
export function yearlySaving(tier: Pick<Tier, 'monthlyPrice' | 'yearlyPrice'>): number {
  if (!tier.monthlyPrice || !tier.yearlyPrice) return 0;
  const saving = 1 - tier.yearlyPrice / (tier.monthlyPrice * 12);
  return saving > 0 ? Math.round(saving * 100) : 0;
}

function Price(props: { tier: Tier; currency: string }): ReactNode {
  const { tier, currency } = props;
  if (tier.monthlyPrice === null) return html`<p className="tier__price">No payment</p>`;
  const saving = yearlySaving(tier);
  return html`
    <p className="tier__price">${formatPrice(tier.monthlyPrice, currency, 'en-GB')} a month</p>
    ${
      tier.yearlyPrice
        ? html`<p className="muted">or ${formatPrice(tier.yearlyPrice, currency, 'en-GB')} a year${saving > 0 ? ` (${saving}% less)` : ''}</p>`
        : null
    }
  `;
}

/** A tier, with what it includes; premium said as what it adds to free ("Everything in Free, and:"). */
function TierCard(props: { tier: Tier; free: Tier | undefined; currency: string }): ReactNode {
  const { tier, free } = props;
  const inFree = new Set(free?.includes.map((item) => item.id));
  const adds =
    tier.id === 'premium' && free ? tier.includes.filter((item) => !inFree.has(item.id)) : tier.includes;
  const addsToFree = adds.length < tier.includes.length;
  return html`
    <section className="card" aria-labelledby=${`tier-${tier.id}`}>
      <h2 id=${`tier-${tier.id}`}>${tier.name}</h2>
      <${Price} tier=${tier} currency=${props.currency} />
      <p>${tier.description}</p>
      <h3>${addsToFree ? `Everything in ${free?.name}, and` : 'Includes'}</h3>
      <ul className="tier__includes">
        ${adds.map((item) => html`<li key=${item.id}>${item.words}</li>`)}
      </ul>
    </section>
  `;
}

function Join(props: { view: MembershipView; premiumName: string }): ReactNode {
  const { reader, tiers } = props.view;
  if (reader.isSignedIn && reader.canReadPremium) {
    return html`<p className="notice" role="status">You are a ${props.premiumName} member. Thank you.</p>
      <p><a className="button button--secondary" href="/membership">Your membership</a></p>`;
  }
  return html`
    <div className="actions">
      <a className="button button--primary" href=${joinPath(reader)}>Join ${props.premiumName}</a>
      ${reader.isSignedIn ? null : html`<a className="button button--secondary" href=${`/sign-in?next=${encodeURIComponent('/membership')}`}>Sign in</a>`}
    </div>
    <p className="muted">
      ${reader.isSignedIn ? 'You choose monthly or yearly in the app and pay by card.' : 'Start with a free account: the safety questions and your assessment come first, then you choose monthly or yearly in the app and pay by card.'}
      ${tiers.canPay ? ' You can cancel at any time, and premium lasts to the end of what you paid for.' : ' Card payments are not set up here yet: the people who run Backstrong can give you premium.'}
    </p>
  `;
}

/**
 * The public page on membership: the tiers with their prices and what each includes, what is free for
 * everyone always, and the way to join. Without tiers (MEMBERSHIP=off) it says everything is included.
 */
export function membershipPage(_settings: SiteSettings, view: MembershipView): PublicPage {
  const { tiers } = view;
  const premium = tiers.tiers.find((tier) => tier.id === 'premium');
  const meta = {
    title: 'Premium membership',
    description: premium?.description ?? 'Membership of Backstrong.',
    path: MEMBERSHIP_PAGE_PATH,
  };
  if (!tiers.isMembershipOn || !premium) {
    return {
      meta,
      body: html`
        <h1>Membership</h1>
        <p className="lead">Everything Backstrong offers is included for everyone here: there is nothing to pay for.</p>
        <p><a className="button button--primary" href="/sign-up">Start the program</a></p>
      `,
    };
  }
  return {
    meta,
    isWide: true,
    body: html`
      <h1>${premium.name} membership</h1>
      <p className="lead">${premium.description}</p>
      <${Join} view=${view} premiumName=${premium.name} />
      <div className="tiers">
        ${tiers.tiers.map(
          (tier) =>
            html`<${TierCard} key=${tier.id} tier=${tier} free=${tiers.tiers.find((each) => each.id === 'free')} currency=${tiers.currency} />`,
        )}
      </div>
      <section aria-labelledby="always-free-heading">
        <h2 id="always-free-heading">Free for everyone, always</h2>
        <p>Your safety is never part of a membership:</p>
        <ul className="tier__includes">
          ${tiers.alwaysFree.map((item) => html`<li key=${item.id}>${item.words}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="stopping-heading">
        <h2 id="stopping-heading">If you stop</h2>
        <p>
          Everything you did is kept: your workouts, check-ups and progress stay in your account, and carry on
          where you left off if you join again. The free part of Backstrong stays yours.
        </p>
      </section>
    `,
  };
}
