import type {
  CheckoutSessionObject,
  Interval,
  PortalSessionObject,
  PriceObject,
  SubscriptionObject,
} from './objects.ts';

/**
 * The fake's stand-ins for Stripe's hosted pages: plain HTML forms, no script, so they work in any browser
 * and any test. Each says plainly that it is a test page and no card is charged.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
.test-notice { border: 2px dashed #8a5a00; background: #fff6e0; padding: 0.5rem 1rem; }
button { font: inherit; padding: 0.5rem 1.25rem; cursor: pointer; }
section { border-top: 1px solid #ccc; padding: 0.5rem 0; }
</style>
</head>
<body>
<main>
<p class="test-notice"><strong>Test mode.</strong> This page stands in for Stripe: no card is asked for and no card is charged.</p>
${body}
</main>
</body>
</html>
`;
}

/** 990 eur → "€9.90"; the currency's own minor unit, so 990 jpy → "¥990". */
export function formatAmount(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

export function describeInterval(interval: Interval, count: number): string {
  return count === 1 ? `per ${interval}` : `every ${count} ${interval}s`;
}

export function formatDate(seconds: number): string {
  return new Date(seconds * 1000).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function priceText(price: PriceObject, quantity: number): string {
  const each = `${formatAmount(price.unit_amount, price.currency)} ${describeInterval(price.recurring.interval, price.recurring.interval_count)}`;
  return quantity === 1 ? each : `${quantity} × ${each}`;
}

export function checkoutPage(offer: {
  session: CheckoutSessionObject;
  price: PriceObject;
  quantity: number;
  productName: string;
  email: string | null;
}): string {
  const { session, price, quantity, productName, email } = offer;
  const cancel = session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel</a></p>` : '';
  return page(
    `Pay for ${productName} (test checkout)`,
    `<h1>Pay for ${escapeHtml(productName)}</h1>
<p>${escapeHtml(priceText(price, quantity))}</p>
${email ? `<p>Billed to ${escapeHtml(email)}</p>` : ''}
<form method="post" action="/checkout/${escapeHtml(session.id)}/pay">
<button type="submit">Pay</button>
</form>
${cancel}`,
  );
}

export function checkoutClosedPage(session: CheckoutSessionObject): string {
  return page(
    'Checkout complete (test checkout)',
    `<h1>This checkout is ${escapeHtml(session.status)}</h1>
<p><a href="${escapeHtml(successUrlOf(session))}">Back to the app</a></p>`,
  );
}

/** Where Stripe sends the customer after paying: `{CHECKOUT_SESSION_ID}` in the URL becomes the id. */
export function successUrlOf(session: CheckoutSessionObject): string {
  return session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id);
}

export interface PortalSubscription {
  subscription: SubscriptionObject;
  productName: string;
}

export function portalPage(portal: PortalSessionObject, subscriptions: PortalSubscription[]): string {
  const sections = subscriptions.map((entry) => portalSection(portal, entry)).join('\n');
  const back = portal.return_url
    ? `<p><a href="${escapeHtml(portal.return_url)}">Return to the app</a></p>`
    : '';
  return page(
    'Your subscriptions (test billing portal)',
    `<h1>Your subscriptions</h1>
${sections || '<p>No subscriptions.</p>'}
${back}`,
  );
}

function portalSection(
  portal: PortalSessionObject,
  { subscription, productName }: PortalSubscription,
): string {
  const item = subscription.items.data[0];
  if (!item) return '';
  const action = (verb: string) =>
    `/portal/${escapeHtml(portal.id)}/subscriptions/${escapeHtml(subscription.id)}/${verb}`;
  let state: string;
  let form = '';
  if (subscription.status === 'canceled') {
    state = `Ended on ${formatDate(subscription.ended_at ?? item.current_period_end)}`;
  } else if (subscription.cancel_at_period_end) {
    state = `Ends on ${formatDate(item.current_period_end)}`;
    form = `<form method="post" action="${action('keep')}"><button type="submit">Keep subscription</button></form>`;
  } else {
    state = `${subscription.status === 'past_due' ? 'Payment failed; period ends' : 'Renews'} on ${formatDate(item.current_period_end)}`;
    if (subscription.status === 'active') {
      form = `<form method="post" action="${action('cancel')}"><button type="submit">Cancel subscription</button></form>`;
    }
  }
  return `<section>
<h2>${escapeHtml(productName)}</h2>
<p>${escapeHtml(priceText(item.price, item.quantity))}</p>
<p>Status: ${escapeHtml(subscription.status.replace('_', ' '))}. ${escapeHtml(state)}.</p>
${form}
</section>`;
}

export function notFoundPage(what: string): string {
  return page('Not found (fake Stripe)', `<h1>Not found</h1><p>${escapeHtml(what)}</p>`);
}
