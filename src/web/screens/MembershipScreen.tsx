import { useEffect, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { BillingInterval, Membership, Tiers } from '../../contract/membership.ts';
import { membershipApi } from '../api/membership.ts';
import { useApiData } from '../api/useApiData.ts';
import { FormAlert, Notice, useFormAction } from '../components/forms.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { forgetMembership } from '../membership-features.ts';
import { formatPrice, membershipSentence } from './membership/membership-words.ts';
import { PrivateFeedSection } from './membership/PrivateFeedSection.tsx';
import './membership/membership.css';

/** How long the screen waits, back from checkout, for Stripe's word that the payment went through. */
const CONFIRMING_FOR_MS = 60_000;
const ASK_EVERY_MS = 1000;

/** Back from Stripe's checkout: the tier changes when Stripe's webhook has been processed, seconds later. */
function useConfirmation(isBackFromCheckout: boolean, membership: Membership | null, reload: () => void) {
  const [isWaiting, setIsWaiting] = useState(isBackFromCheckout);
  const isPremium = membership?.tier === 'premium';
  useEffect(() => {
    if (!isWaiting || isPremium) return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started > CONFIRMING_FOR_MS) setIsWaiting(false);
      else reload();
    }, ASK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [isWaiting, isPremium, reload]);
  useEffect(() => {
    // The workout's form check asks again for the new tier.
    if (isBackFromCheckout && isPremium) forgetMembership();
  }, [isBackFromCheckout, isPremium]);
  return { isConfirming: isWaiting && !isPremium, isConfirmed: isBackFromCheckout && isPremium };
}

function goTo(url: string) {
  window.location.assign(url);
}

function Upgrade({ tiers, membership }: { tiers: Tiers; membership: Membership }) {
  const premium = tiers.tiers.find((tier) => tier.id === 'premium');
  const { isBusy, problem, run } = useFormAction(async (interval: BillingInterval) => {
    goTo((await membershipApi.checkout(interval)).url);
  });
  if (!premium || premium.monthlyPrice === null || premium.yearlyPrice === null) return null;
  if (!membership.canPay) {
    return (
      <p>
        This service does not take card payments. Ask the people who run it if you would like {premium.name}.
      </p>
    );
  }
  return (
    <div className="membership-join">
      <FormAlert problem={problem} />
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={isBusy}
          onClick={() => run('month')}
        >
          {premium.name}: {formatPrice(premium.monthlyPrice, tiers.currency)} a month
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={isBusy}
          onClick={() => run('year')}
        >
          {formatPrice(premium.yearlyPrice, tiers.currency)} a year
        </button>
      </div>
      <p className="membership-join__small">
        You pay on Stripe’s secure page and can cancel at any time; premium lasts to the end of what you paid
        for.
      </p>
    </div>
  );
}

function ManagePayments() {
  const { isBusy, problem, run } = useFormAction(async () => {
    goTo((await membershipApi.portal()).url);
  });
  return (
    <>
      <FormAlert problem={problem} />
      <button type="button" className="button button--secondary" aria-disabled={isBusy} onClick={() => run()}>
        {isBusy ? 'Opening…' : 'Manage payments'}
      </button>
    </>
  );
}

function TierCards({ tiers, current }: { tiers: Tiers; current: Membership['tier'] }) {
  const free = tiers.tiers.find((tier) => tier.id === 'free');
  const inFree = new Set(free?.includes.map((feature) => feature.id));
  return (
    <div className="membership-tiers">
      {tiers.tiers.map((tier) => {
        // Premium is said as what it adds: "Everything in Free, and:".
        const adds =
          tier.id === 'premium' && free
            ? tier.includes.filter((feature) => !inFree.has(feature.id))
            : tier.includes;
        const addsToFree = adds.length < tier.includes.length;
        return (
          <section
            key={tier.id}
            className={`card section membership-tier${tier.id === current ? ' membership-tier--current' : ''}`}
            aria-labelledby={`tier-${tier.id}`}
          >
            <h2 id={`tier-${tier.id}`}>
              {tier.name}
              {tier.id === current && <span className="membership-tier__badge">Yours</span>}
            </h2>
            <p className="membership-tier__price">
              {tier.monthlyPrice === null
                ? 'No payment'
                : `${formatPrice(tier.monthlyPrice, tiers.currency)} a month, or ${formatPrice(tier.yearlyPrice ?? 0, tiers.currency)} a year`}
            </p>
            <p>{tier.description}</p>
            {addsToFree && <p>Everything in {free?.name}, and:</p>}
            <ul className="bullets">
              {adds.map((feature) => (
                <li key={feature.id}>{feature.words}</li>
              ))}
            </ul>
          </section>
        );
      })}
      <section className="card section" aria-labelledby="always-free">
        <h2 id="always-free">Free for everyone, always</h2>
        <p>Your safety is never behind a payment.</p>
        <ul className="bullets">
          {tiers.alwaysFree.map((feature) => (
            <li key={feature.id}>{feature.words}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function MembershipView({
  tiers,
  membership,
  reload,
}: {
  tiers: Tiers;
  membership: Membership;
  reload(): void;
}) {
  const [searchParams] = useSearchParams();
  const checkout = searchParams.get('checkout');
  const { isConfirming, isConfirmed } = useConfirmation(
    checkout !== null && checkout !== 'cancelled',
    membership,
    reload,
  );
  const premiumName = tiers.tiers.find((tier) => tier.id === 'premium')?.name ?? 'Premium';
  const paid = membership.subscription !== null && membership.subscription.status !== 'canceled';
  return (
    <>
      {checkout === 'cancelled' && <Notice>No payment was taken. You can join whenever you like.</Notice>}
      {isConfirming && (
        <p className="loading" role="status">
          Thank you. Confirming your payment with Stripe…
        </p>
      )}
      {isConfirmed && <Notice>Welcome to {premiumName}. Everything is open to you now.</Notice>}
      <section className="card section" aria-labelledby="yours-heading">
        <h2 id="yours-heading">Your membership</h2>
        <p data-testid="membership-status">{membershipSentence(membership, premiumName)}</p>
        {membership.isMembershipOn && membership.tier === 'free' && !isConfirming && (
          <Upgrade tiers={tiers} membership={membership} />
        )}
        {paid && membership.canPay && <ManagePayments />}
      </section>
      <PrivateFeedSection hasFeed={membership.features.includes('private-feed')} premiumName={premiumName} />
      {membership.isMembershipOn && <TierCards tiers={tiers} current={membership.tier} />}
      {membership.isMembershipOn && (
        <p>
          {/* A full page load: the public page is rendered by the server, for anyone to read. */}
          <a href="/premium">The public page about premium membership</a>, to share with someone it could
          help.
        </p>
      )}
    </>
  );
}

/** The member's membership: what they have, joining premium through Stripe, and managing payments. */
export function MembershipScreen() {
  const loaded = useApiData(() => Promise.all([membershipApi.tiers(), membershipApi.mine()]));
  return (
    <Page title="Membership" width="wide">
      {loaded.status === 'loading' && <Loading what="Loading your membership" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && (
        <MembershipView tiers={loaded.data[0]} membership={loaded.data[1]} reload={loaded.retry} />
      )}
    </Page>
  );
}
