import formBody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { addressKey } from '../http/attempt-limits.ts';
import type { AppContext } from '../http/context.ts';
import { countSignUp } from '../services/subscription-limits.ts';
import {
  checkConfirmation,
  checkUnsubscribeLink,
  confirmSubscription,
  requestSubscription,
  unsubscribe,
} from '../services/subscriptions.ts';
import { type PublicPage, renderPublicPage } from './page.ts';
import {
  checkInboxPage,
  confirmationLinkProblemPage,
  confirmPage,
  signUpPage,
  subscribedPage,
  tooManySignUpsPage,
  unsubscribedPage,
  unsubscribeLinkProblemPage,
  unsubscribePage,
} from './pages/subscription-pages.ts';
import { signedInCheck } from './reader.ts';

const hidden = { hide: true } as const;
/** Longer than any token we make (a 254-character address in base64 and a signature), shorter than abuse. */
const MAX_TOKEN_LENGTH = 1000;

/** An address as stored: trimmed and in lower case, so one inbox is one subscriber however it is typed. */
const emailField = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** A field of a form (or query) body; anything else (a repeated field, a JSON object) is not one. */
function fieldOf(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function tokenOf(source: unknown): string | undefined {
  const token = fieldOf(source, 'token');
  return token && token.length <= MAX_TOKEN_LENGTH ? token : undefined;
}

/**
 * The Sunday email's sign-up (double opt-in) and unsubscribe, as plain HTML forms that work without
 * JavaScript. Form bodies are read only here. POST /unsubscribe is RFC 8058's one-click unsubscribe: a
 * mail provider posts it from its own servers, with no cookie and no page of ours before it, so it needs
 * no login session and no same-site check (the cross-site guard covers /api/ only), and it reads nothing
 * of the body: the signed token in the address is the whole request.
 */
export function subscriptionRoutes(context: AppContext): FastifyPluginAsync {
  const linkKey = context.subscriptionKey;
  const deps = { db: context.db, mail: context.mail, linkKey, publicUrl: context.config.publicUrl };

  const isSignedIn = signedInCheck(context);
  async function send(request: FastifyRequest, reply: FastifyReply, page: PublicPage, status = 200) {
    // Each answer is about one person's address or link: never kept by a cache, never indexed.
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex');
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderPublicPage(context.config.publicUrl, page, { isSignedIn: await isSignedIn(request) }));
  }

  return async (app) => {
    await app.register(formBody);
    // RFC 8058 allows the one-click POST as multipart/form-data; its body means nothing to us either way.
    app.addContentTypeParser('multipart/form-data', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );

    app.get('/subscribe', { schema: hidden }, async (request, reply) => send(request, reply, signUpPage()));

    app.post('/subscribe', { schema: hidden }, async (request: FastifyRequest, reply) => {
      const typed = fieldOf(request.body, 'email');
      const parsed = emailField.safeParse(typed);
      if (!parsed.success) {
        const error =
          typed === undefined || typed.trim() === ''
            ? 'Email address: enter the address the Sunday email should go to.'
            : 'Email address: this is not a complete address. Check it looks like name@example.org.';
        return send(request, reply, signUpPage({ email: typed?.slice(0, 254), error }), 400);
      }
      const email = parsed.data;
      const limit = await countSignUp(
        context.db,
        { limits: context.subscriptionLimits, linkKey, now: context.clock() },
        { clientAddress: addressKey(request.ip), email },
      );
      if (!limit.isAllowed) {
        reply.header('retry-after', String(limit.retryAfterSeconds));
        return send(request, reply, tooManySignUpsPage(limit.retryAfterSeconds), 429);
      }
      await requestSubscription(deps, email, context.clock());
      return send(request, reply, checkInboxPage(email));
    });

    app.get('/subscribe/confirm', { schema: hidden }, async (request, reply) => {
      const token = tokenOf(request.query);
      const reading = token
        ? checkConfirmation(linkKey, token, context.clock())
        : { kind: 'invalid' as const };
      if (reading.kind === 'valid' && token) return send(request, reply, confirmPage(token, reading.email));
      return send(
        request,
        reply,
        confirmationLinkProblemPage(reading.kind === 'expired' ? 'expired' : 'invalid'),
        reading.kind === 'expired' ? 410 : 400,
      );
    });

    app.post('/subscribe/confirm', { schema: hidden }, async (request, reply) => {
      const token = tokenOf(request.body);
      const confirmation = token
        ? await confirmSubscription(context.db, linkKey, token, context.clock())
        : { kind: 'invalid' as const };
      if (confirmation.kind === 'confirmed')
        return send(request, reply, subscribedPage(confirmation.subscriber.email));
      return send(
        request,
        reply,
        confirmationLinkProblemPage(confirmation.kind),
        confirmation.kind === 'expired' ? 410 : 400,
      );
    });

    app.get('/unsubscribe', { schema: hidden }, async (request, reply) => {
      const token = tokenOf(request.query);
      const link = token
        ? await checkUnsubscribeLink(context.db, linkKey, token)
        : { kind: 'invalid' as const };
      if (link.kind === 'invalid') return send(request, reply, unsubscribeLinkProblemPage(), 400);
      if (link.kind === 'gone' || !token) return send(request, reply, unsubscribedPage());
      return send(request, reply, unsubscribePage(token, link.email));
    });

    app.post('/unsubscribe', { schema: hidden }, async (request, reply) => {
      const token = tokenOf(request.query);
      const result = token ? await unsubscribe(context.db, linkKey, token) : { kind: 'invalid' as const };
      if (result.kind === 'invalid') return send(request, reply, unsubscribeLinkProblemPage(), 400);
      return send(request, reply, unsubscribedPage());
    });
  };
}
