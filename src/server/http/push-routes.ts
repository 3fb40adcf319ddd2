/** Web Push subscriptions: a member's browsers, and a visitor's for the free podcast notification. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../contract/common.ts';
import {
  notificationIdParamsSchema,
  pushKeySchema,
  pushSubscriptionBodySchema,
  pushSubscriptionListSchema,
  pushSubscriptionSchema,
  visitorPushEndBodySchema,
} from '../../contract/notifications.ts';
import type { PushServices } from '../push/push-services.ts';
import { Refusal } from '../services/errors.ts';
import { countVisitorPushSubscription } from '../services/push-subscription-limits.ts';
import {
  endMyPushSubscription,
  endVisitorPushSubscription,
  myPushSubscriptions,
  saveMyPushSubscription,
  saveVisitorPushSubscription,
} from '../services/push-subscriptions.ts';
import { addressKey } from './attempt-limits.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** What the push routes need besides the app's context: the server's key and the push services taken. */
export interface PushRouteSettings {
  publicKey: string;
  services: PushServices;
}

const badEndpoint =
  'An endpoint that is not https, or not at a known push service, or keys that are not a P-256 key and a 16-byte secret, are refused (400 naming the field).';

export function pushRoutes(context: AppContext, settings: PushRouteSettings): FastifyPluginAsyncZod {
  const { db } = context;
  const deps = () => ({ services: settings.services, now: context.clock() });
  return async (app) => {
    app.get(
      '/api/push/key',
      {
        schema: {
          tags: ['notifications'],
          summary: 'The server’s VAPID public key, for a browser to subscribe to its pushes',
          response: { 200: pushKeySchema },
        },
      },
      async () => ({ publicKey: settings.publicKey }),
    );

    app.post(
      '/api/me/push-subscriptions',
      {
        schema: {
          tags: ['notifications'],
          summary:
            'Saves this browser’s push subscription for my notifications (the same endpoint again is the same)',
          description: `${badEndpoint} An endpoint another account held moves to me.`,
          body: pushSubscriptionBodySchema,
          response: { 200: pushSubscriptionSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return saveMyPushSubscription(db, user, user.id, request.body, deps());
      },
    );

    app.get(
      '/api/me/push-subscriptions',
      {
        schema: {
          tags: ['notifications'],
          summary: 'The browsers that receive my notifications',
          response: { 200: pushSubscriptionListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return myPushSubscriptions(db, user, user.id);
      },
    );

    app.delete(
      '/api/me/push-subscriptions/:id',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Stops pushing my notifications to one of my browsers',
          params: notificationIdParamsSchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await endMyPushSubscription(db, user, user.id, request.params.id);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/publication/push-subscriptions',
      {
        schema: {
          tags: ['notifications'],
          summary: 'A visitor’s browser gets a push when the publication releases (no account needed)',
          description: `Stores the endpoint and keys only. ${badEndpoint} Counted per client address (429 past the limit).`,
          body: pushSubscriptionBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const limit = await countVisitorPushSubscription(
          db,
          { limits: context.subscriptionLimits, linkKey: context.subscriptionKey, now: context.clock() },
          addressKey(request.ip),
        );
        if (!limit.isAllowed) {
          reply.header('retry-after', String(limit.retryAfterSeconds));
          throw new Refusal(
            'too-many',
            'too-many-push-subscriptions',
            'Too many subscriptions',
            'Too many browsers subscribed from here lately. Please try again later.',
            { retryAfterSeconds: limit.retryAfterSeconds },
          );
        }
        await saveVisitorPushSubscription(db, request.body, deps());
        return { ok: true as const };
      },
    );

    app.post(
      '/api/publication/push-subscriptions/end',
      {
        schema: {
          tags: ['notifications'],
          summary:
            'A visitor stops the publication’s pushes with the endpoint their browser holds (again is the same)',
          body: visitorPushEndBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        await endVisitorPushSubscription(db, request.body.endpoint);
        return { ok: true as const };
      },
    );
  };
}
