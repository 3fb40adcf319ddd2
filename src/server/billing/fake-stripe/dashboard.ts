import type { FakeAccount } from './account.ts';
import type { EventOutbox } from './event-outbox.ts';
import { escapeHtml, formatDate, page } from './pages.ts';

/**
 * A developer's controls for what Stripe does on its own schedule (renewals, failed payments, the period's
 * end) and a list of the webhooks sent: what a test does through the FakeStripe methods, by hand.
 */
export function dashboardPage(account: FakeAccount, outbox: EventOutbox): string {
  const subscriptions = account.subscriptions().map((subscription) => {
    const item = subscription.items.data[0];
    const action = (verb: string, label: string) =>
      `<form method="post" action="/dashboard/subscriptions/${escapeHtml(subscription.id)}/${verb}"><button type="submit">${label}</button></form>`;
    const controls =
      subscription.status === 'canceled'
        ? ''
        : subscription.cancel_at_period_end || subscription.status === 'past_due'
          ? action('end-period', 'End the period')
          : `${action('renew', 'Renew (payment succeeds)')}${action('fail-renewal', 'Renew (payment fails)')}`;
    return `<section>
<h3>${escapeHtml(subscription.id)}</h3>
<p>Customer ${escapeHtml(subscription.customer)}. Status: ${escapeHtml(subscription.status)}${subscription.cancel_at_period_end ? ', cancels at the period’s end' : ''}. Period ends ${item ? formatDate(item.current_period_end) : '–'}.</p>
${controls}
</section>`;
  });
  const events = outbox
    .events()
    .reverse()
    .map(
      (event) =>
        `<li><code>${escapeHtml(event.id)}</code> ${escapeHtml(event.type)}: ${event.lastStatus === undefined ? 'not sent' : `sent ${event.delivered}×, last answer ${event.lastStatus || 'none'}`}
<form method="post" action="/dashboard/events/${escapeHtml(event.id)}/resend"><button type="submit">Send again</button></form></li>`,
    );
  return page(
    'Fake Stripe dashboard',
    `<h1>Fake Stripe dashboard</h1>
<h2>Subscriptions</h2>
${subscriptions.join('\n') || '<p>None yet: pay a checkout in the app.</p>'}
<h2>Events, newest first</h2>
${events.length ? `<ul>${events.join('\n')}</ul>` : '<p>None yet.</p>'}`,
  );
}

/** Runs a dashboard control; false when the path is none of them. */
export function runDashboardControl(account: FakeAccount, outbox: EventOutbox, path: string): boolean {
  const subscription = /^\/dashboard\/subscriptions\/([^/]+)\/(renew|fail-renewal|end-period)$/.exec(path);
  if (subscription?.[1]) {
    const id = subscription[1];
    if (subscription[2] === 'end-period') account.endPeriod(id);
    else account.renew(id, subscription[2] === 'renew');
    return true;
  }
  const event = /^\/dashboard\/events\/([^/]+)\/resend$/.exec(path);
  if (event?.[1]) {
    void outbox.redeliver(event[1]);
    return true;
  }
  return false;
}
