import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { objectIdOf } from '../billing/billing-events.ts';
import { findBillingEvent, recordBillingEvent } from '../db/repositories/membership.ts';
import { Refusal } from '../services/errors.ts';
import type { AppContext } from './context.ts';
import { problemsWithConflict } from './schemas.ts';

/** How old a signed webhook may be (Stripe's own default): an older one is a replay. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

const receivedSchema = z.object({ received: z.literal(true), duplicate: z.boolean() });

function badSignature(why: string): Refusal {
  const message = `the signature does not match this endpoint's secret, or is too old: ${why}`;
  return new Refusal('invalid', 'bad-signature', 'Webhook not accepted', message, {
    errors: [{ location: 'headers.stripe-signature', message }],
  });
}

/**
 * Stripe's webhooks. The signature is checked on the raw bytes as they came (a parsed and re-serialised
 * body would not match), with the app's clock, so a forged or replayed event changes nothing. A good one
 * is stored by its id and processed by a background job: a redelivery is answered 200 and not stored twice.
 */
export function stripeWebhookRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { billing, db } = context;
  return async (app) => {
    // Encapsulated: only this route reads JSON as the raw bytes.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    app.post(
      '/api/billing/stripe-webhook',
      {
        schema: {
          tags: ['membership'],
          summary: "Stripe's webhook endpoint (signed with STRIPE_WEBHOOK_SECRET)",
          description:
            'Answers 400 for a bad or old signature, 409 when payments are not set up. An event is stored once by its id and processed in the background, where the subscription is read again from Stripe.',
          headers: z.object({ 'stripe-signature': z.string().max(2000).optional() }),
          response: { 200: receivedSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const { stripe, webhookSecret } = billing;
        if (!stripe || !webhookSecret) {
          throw new Refusal(
            'conflict',
            'payments-off',
            'Payments are off',
            'This service takes no card payments.',
          );
        }
        const signature = request.headers['stripe-signature'];
        if (!signature) throw badSignature('there is none');
        const body = request.body instanceof Uint8Array ? Buffer.from(request.body) : Buffer.alloc(0);
        const now = context.clock();
        let event: ReturnType<typeof stripe.webhooks.constructEvent>;
        try {
          event = stripe.webhooks.constructEvent(
            body,
            signature,
            webhookSecret,
            SIGNATURE_TOLERANCE_SECONDS,
            undefined,
            // In milliseconds: the library divides by 1000 itself.
            now.getTime(),
          );
        } catch (error) {
          throw badSignature(error instanceof Error ? error.message : 'unreadable');
        }
        const isNew = await recordBillingEvent(
          db,
          { id: event.id, type: event.type, objectId: objectIdOf(event) },
          now,
        );
        // Queued again while not yet processed, in case the first queueing was lost with its process.
        if (!(await findBillingEvent(db, event.id))?.processed_at) await context.billingEvents.soon(event.id);
        return { received: true as const, duplicate: !isNew };
      },
    );
  };
}
