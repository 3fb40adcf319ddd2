import Stripe from 'stripe';
import type { StripeConfig } from '../config.ts';

/**
 * The official Stripe library, on the operator's keys. STRIPE_API_URL points it at another address with
 * the same API: the local fake a developer tries billing with, and the tests' (no test reaches Stripe).
 */
export function createStripe(config: StripeConfig): Stripe {
  const { apiUrl } = config;
  return new Stripe(config.secretKey, {
    ...(apiUrl
      ? {
          host: apiUrl.hostname,
          port: Number(apiUrl.port || (apiUrl.protocol === 'https:' ? 443 : 80)),
          protocol: apiUrl.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'Backstrong' },
  });
}
