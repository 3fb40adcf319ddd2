import type { CheckoutInput, FakeAccount } from './account.ts';
import { ApiError, invalidParam, missingParam } from './api-error.ts';
import {
  type FormObject,
  metadataAt,
  optionalBoolean,
  optionalInteger,
  optionalString,
  paramAt,
  paramName,
  parseFormParams,
  requiredInteger,
  requiredString,
} from './form-params.ts';
import { isInterval } from './objects.ts';

export interface ApiRequest {
  method: string;
  /** The path and query, e.g. `/v1/customers/cus_123?expand[0]=subscriptions`. */
  url: URL;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: string;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  answer(params: FormObject, id: string): object;
}

/** Test keys only, secret or restricted, as the fake never moves money. */
const TEST_KEY = /^(sk|rk)_test_\S+$/;

/** The key from `Bearer <key>`, or from Basic auth with the key as the user, as `curl -u sk_test_…:` sends. */
function apiKeyOf(authorization: string | undefined): string | undefined {
  const [scheme, credentials = ''] = authorization?.split(' ') ?? [];
  if (scheme === 'Bearer') return credentials;
  if (scheme === 'Basic') return Buffer.from(credentials, 'base64').toString('utf8').split(':')[0];
  return undefined;
}

/**
 * Stripe's `/v1` API over the fake account: the same paths, parameters, answers and errors, for the
 * calls a subscription billing flow makes.
 */
export function createApi(account: FakeAccount): (request: ApiRequest) => ApiAnswer {
  const routes: Route[] = [
    { method: 'POST', path: /^\/v1\/customers$/, answer: (p) => account.createCustomer(customerInput(p)) },
    { method: 'GET', path: /^\/v1\/customers\/([^/]+)$/, answer: (_, id) => account.customer(id) },
    {
      method: 'POST',
      path: /^\/v1\/checkout\/sessions$/,
      answer: (p) => account.createCheckoutSession(checkoutInput(p)),
    },
    {
      method: 'GET',
      path: /^\/v1\/checkout\/sessions\/([^/]+)$/,
      answer: (_, id) => account.checkoutSession(id),
    },
    {
      method: 'GET',
      path: /^\/v1\/subscriptions$/,
      answer: (p) =>
        list(
          '/v1/subscriptions',
          account.subscriptions({
            customer: optionalString(p, ['customer']),
            status: optionalString(p, ['status']),
          }),
        ),
    },
    { method: 'GET', path: /^\/v1\/subscriptions\/([^/]+)$/, answer: (_, id) => account.subscription(id) },
    {
      method: 'POST',
      path: /^\/v1\/subscriptions\/([^/]+)$/,
      answer: (p, id) =>
        account.updateSubscription(id, {
          cancelAtPeriodEnd: optionalBoolean(p, ['cancel_at_period_end']),
          metadata: metadataAt(p, ['metadata']),
        }),
    },
    { method: 'DELETE', path: /^\/v1\/subscriptions\/([^/]+)$/, answer: (_, id) => account.cancelNow(id) },
    { method: 'GET', path: /^\/v1\/invoices\/([^/]+)$/, answer: (_, id) => account.invoice(id) },
    { method: 'GET', path: /^\/v1\/products\/([^/]+)$/, answer: (_, id) => account.product(id) },
    {
      method: 'POST',
      path: /^\/v1\/billing_portal\/sessions$/,
      answer: (p) =>
        account.createPortalSession({
          customer: requiredString(p, ['customer']),
          returnUrl: optionalString(p, ['return_url']),
        }),
    },
  ];
  const idempotent = new Map<string, { fingerprint: string; answer: ApiAnswer }>();

  function route(request: ApiRequest): ApiAnswer {
    const params = {
      ...parseFormParams(request.url.search.slice(1)),
      ...(request.method === 'POST' ? parseFormParams(request.body) : {}),
    };
    for (const candidate of routes) {
      const match = candidate.path.exec(request.url.pathname);
      if (!match || candidate.method !== request.method) continue;
      const object = candidate.answer(params, decodeURIComponent(match[1] ?? ''));
      return { status: 200, body: expanded(structuredClone(object), params) };
    }
    throw new ApiError(404, `Unrecognized request URL (${request.method}: ${request.url.pathname}).`);
  }

  /** Top-level `expand[]=customer` and the like: the id becomes the object it names. */
  function expanded(object: object, params: FormObject): object {
    const paths = paramAt(params, ['expand']);
    const fields = typeof paths === 'string' ? [paths] : Array.isArray(paths) ? paths : [];
    const fieldsById = object as Record<string, unknown>;
    for (const field of fields) {
      const id = typeof field === 'string' ? fieldsById[field] : undefined;
      const target = typeof id === 'string' ? account.objectById(id) : undefined;
      if (target) fieldsById[field as string] = structuredClone(target);
    }
    return object;
  }

  return (request) => {
    if (!TEST_KEY.test(apiKeyOf(request.authorization) ?? '')) return unauthorized(request.authorization);
    const key = request.method === 'POST' ? request.idempotencyKey : undefined;
    const fingerprint = `${request.method} ${request.url.pathname}${request.url.search} ${request.body}`;
    const earlier = key ? idempotent.get(key) : undefined;
    if (earlier && earlier.fingerprint !== fingerprint) {
      return errorAnswer(
        new ApiError(
          400,
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          { type: 'idempotency_error' },
        ),
      );
    }
    if (earlier) return earlier.answer;
    let answer: ApiAnswer;
    try {
      answer = route(request);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return errorAnswer(error);
    }
    // Stripe keeps the answers of requests that ran; a refused one may be sent again, corrected.
    if (key) idempotent.set(key, { fingerprint, answer });
    return answer;
  };
}

function unauthorized(authorization: string | undefined): ApiAnswer {
  const message = authorization
    ? 'Invalid API Key provided. The fake Stripe accepts test keys only: Bearer sk_test_…'
    : 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. Authorization: Bearer sk_test_…).';
  return errorAnswer(new ApiError(401, message));
}

function errorAnswer(error: ApiError): ApiAnswer {
  return { status: error.status, body: error.toBody() };
}

function list(url: string, data: object[]) {
  return { object: 'list', data, has_more: false, url };
}

function customerInput(params: FormObject) {
  return {
    email: optionalString(params, ['email']),
    name: optionalString(params, ['name']),
    description: optionalString(params, ['description']),
    metadata: metadataAt(params, ['metadata']) ?? undefined,
  };
}

function checkoutInput(params: FormObject): CheckoutInput {
  const mode = requiredString(params, ['mode']);
  if (mode !== 'subscription') {
    throw invalidParam('mode', `The fake Stripe takes mode=subscription only, not ${mode}.`);
  }
  const lineItems = paramAt(params, ['line_items']);
  if (lineItems === undefined) throw missingParam('line_items');
  if (!Array.isArray(lineItems) || lineItems.length !== 1) {
    throw invalidParam('line_items', 'The fake Stripe takes exactly one line item (line_items[0]).');
  }
  const item = ['line_items', 0] as const;
  if (paramAt(params, [...item, 'price']) !== undefined) {
    throw invalidParam(paramName([...item, 'price']), 'The fake Stripe takes price_data, not a price id.');
  }
  const priceData = [...item, 'price_data'] as const;
  const interval = requiredString(params, [...priceData, 'recurring', 'interval']);
  if (!isInterval(interval)) {
    throw invalidParam(paramName([...priceData, 'recurring', 'interval']), `Invalid interval: ${interval}`);
  }
  const intervalCount = optionalInteger(params, [...priceData, 'recurring', 'interval_count']) ?? 1;
  if (intervalCount < 1) {
    throw invalidParam(
      paramName([...priceData, 'recurring', 'interval_count']),
      `Invalid interval_count: ${intervalCount}`,
    );
  }
  return {
    customer: optionalString(params, ['customer']),
    customerEmail: optionalString(params, ['customer_email']),
    clientReferenceId: optionalString(params, ['client_reference_id']),
    metadata: metadataAt(params, ['metadata']) ?? undefined,
    subscriptionMetadata: metadataAt(params, ['subscription_data', 'metadata']) ?? undefined,
    successUrl: requiredString(params, ['success_url']),
    cancelUrl: optionalString(params, ['cancel_url']),
    price: {
      currency: requiredString(params, [...priceData, 'currency']).toLowerCase(),
      unitAmount: requiredInteger(params, [...priceData, 'unit_amount']),
      productName: requiredString(params, [...priceData, 'product_data', 'name']),
      interval,
      intervalCount,
    },
    // Stripe refuses a line item without one ("Quantity is required").
    quantity: requiredInteger(params, [...item, 'quantity']),
  };
}
