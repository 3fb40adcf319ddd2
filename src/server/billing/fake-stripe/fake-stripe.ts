import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeAccount, type FakeAccount } from './account.ts';
import { ApiError } from './api-error.ts';
import { createApi } from './api-routes.ts';
import { dashboardPage, runDashboardControl } from './dashboard.ts';
import { createEventOutbox, type EventOutbox, type StripeEventRecord } from './event-outbox.ts';
import { newId } from './objects.ts';
import { checkoutClosedPage, checkoutPage, notFoundPage, portalPage, successUrlOf } from './pages.ts';

export type { StripeEventRecord } from './event-outbox.ts';

export interface FakeStripeOptions {
  /** The fake's clock (tests move it); defaults to the system's. Periods and `created` come from it. */
  clock?: () => Date;
  /** 0 (the default): any free port. */
  port?: number;
}

export interface FakeStripe {
  /** e.g. http://127.0.0.1:43121 */
  readonly url: string;
  /** What to pass to `new Stripe(key, { ... })`. */
  readonly clientOptions: { host: string; port: number; protocol: 'http' };
  /** Where webhooks go and the secret ("whsec_…") they are signed with. Until set, events are only recorded. */
  setWebhookEndpoint(url: string, secret: string): void;
  /** Pays an open checkout session, as the hosted page's Pay button does. Answers the new subscription's id. */
  completeCheckout(sessionId: string): Promise<string>;
  /** The next renewal. Paid: the period moves on one interval. Failed: the period moves on too (as Stripe does) and the subscription is past_due; renewing again retries that invoice. */
  renew(subscriptionId: string, options: { succeeds: boolean }): Promise<void>;
  /** As the customer portal's cancel does: cancel_at_period_end, and customer.subscription.updated. */
  cancelAtPeriodEnd(subscriptionId: string): Promise<void>;
  /** The period ends: one set to cancel, or past_due after every retry failed, becomes canceled. */
  endPeriod(subscriptionId: string): Promise<void>;
  /** Every event created, oldest first, delivered or not. */
  events(): StripeEventRecord[];
  /** Sends an event again, the same body re-signed with a fresh timestamp: a duplicate. Answers the status. */
  redeliver(eventId: string): Promise<number>;
  /** While held, events are recorded but not sent. */
  hold(): void;
  /** Sends the held events, in the order made or reversed (out of order), and stops holding. */
  release(order?: 'in-order' | 'reverse'): Promise<void>;
  /** Resolves once every webhook sent so far has been answered (API calls answer before their webhooks go). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

/**
 * A fake of the Stripe API on a real HTTP port, for tests of the billing flow and for a developer trying
 * billing without Stripe. The official library talks to it unchanged; it keeps customers, checkout sessions
 * and subscriptions in memory, serves stand-ins of the hosted checkout and portal pages, and signs and sends
 * the webhooks Stripe would.
 *
 * The test controls (completeCheckout, renew…) and the hosted pages wait until the app has answered their
 * webhooks, so a test or a browser that goes on sees the app's new state. API calls answer first, as
 * Stripe does; `settled()` waits for their webhooks.
 */
export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const clock = options.clock ?? (() => new Date());
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const outbox = createEventOutbox(clock);
  const account = createFakeAccount({ clock, baseUrl: url, recordEvent: outbox.record });
  const api = createApi(account);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendJson(response, 500, { error: { type: 'api_error', message: String(error) } });
      } else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestUrl = new URL(request.url ?? '/', url);
    const body = await readBody(request);
    if (requestUrl.pathname.startsWith('/v1/')) {
      const answer = api({
        method: request.method ?? 'GET',
        url: requestUrl,
        authorization: request.headers.authorization,
        idempotencyKey: headerValue(request.headers['idempotency-key']),
        body,
      });
      sendJson(response, answer.status, answer.body);
      return;
    }
    await hostedPage(account, outbox, request.method ?? 'GET', requestUrl.pathname, response);
  }

  const afterWebhooks =
    <Args extends unknown[], Result>(change: (...args: Args) => Result) =>
    async (...args: Args): Promise<Result> => {
      const result = change(...args);
      await outbox.settled();
      return result;
    };

  return {
    url,
    clientOptions: { host: '127.0.0.1', port, protocol: 'http' },
    setWebhookEndpoint: outbox.setEndpoint,
    completeCheckout: afterWebhooks(account.completeCheckout),
    renew: afterWebhooks((id: string, { succeeds }: { succeeds: boolean }) => account.renew(id, succeeds)),
    cancelAtPeriodEnd: afterWebhooks((id: string) => {
      account.updateSubscription(id, { cancelAtPeriodEnd: true });
    }),
    endPeriod: afterWebhooks(account.endPeriod),
    events: outbox.events,
    redeliver: outbox.redeliver,
    hold: outbox.hold,
    release: outbox.release,
    settled: outbox.settled,
    close: () => closeServer(server),
  };
}

/** The stand-ins of Stripe's hosted checkout and portal pages, and the developer's dashboard. */
async function hostedPage(
  account: FakeAccount,
  outbox: EventOutbox,
  method: string,
  path: string,
  response: ServerResponse,
): Promise<void> {
  const checkout = /^\/checkout\/([^/]+)(\/pay)?$/.exec(path);
  const portal = /^\/portal\/([^/]+)(?:\/subscriptions\/([^/]+)\/(cancel|keep))?$/.exec(path);
  try {
    if (path === '/' && method === 'GET') {
      sendHtml(response, 200, dashboardPage(account, outbox));
      return;
    }
    if (method === 'POST' && runDashboardControl(account, outbox, path)) {
      await outbox.settled();
      redirect(response, '/');
      return;
    }
    if (checkout?.[1] && method === 'GET' && !checkout[2]) {
      const { session, price, quantity, product } = account.checkoutOffer(checkout[1]);
      const email = session.customer ? account.customer(session.customer).email : session.customer_email;
      const html =
        session.status === 'open'
          ? checkoutPage({ session, price, quantity, productName: product.name, email })
          : checkoutClosedPage(session);
      sendHtml(response, 200, html);
      return;
    }
    if (checkout?.[1] && method === 'POST' && checkout[2]) {
      // A second press (or the back button) finds the session paid and goes on, as Stripe's page does.
      if (account.checkoutSession(checkout[1]).status === 'open') account.completeCheckout(checkout[1]);
      await outbox.settled();
      redirect(response, successUrlOf(account.checkoutSession(checkout[1])));
      return;
    }
    if (portal?.[1] && method === 'GET' && !portal[2]) {
      const session = account.portalSession(portal[1]);
      const subscriptions = account.subscriptions({ customer: session.customer }).map((subscription) => ({
        subscription,
        productName: account.product(subscription.items.data[0]?.price.product ?? '').name,
      }));
      sendHtml(response, 200, portalPage(session, subscriptions));
      return;
    }
    if (portal?.[1] && portal[2] && method === 'POST') {
      const session = account.portalSession(portal[1]);
      const subscription = account.subscription(portal[2]);
      if (subscription.customer !== session.customer)
        throw new ApiError(404, 'Not this customer’s subscription');
      account.updateSubscription(subscription.id, { cancelAtPeriodEnd: portal[3] === 'cancel' });
      await outbox.settled();
      redirect(response, `/portal/${session.id}`);
      return;
    }
    sendHtml(response, 404, notFoundPage(`Nothing at ${path}.`));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    sendHtml(response, error.status, notFoundPage(error.message));
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'request-id': newId('req_'),
  });
  response.end(JSON.stringify(body, null, 2));
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(html);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location });
  response.end();
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // The library keeps connections alive; close() alone would wait for them.
    server.closeAllConnections();
  });
}
