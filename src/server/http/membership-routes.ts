import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberParamsSchema } from '../../contract/coaching.ts';
import { okSchema } from '../../contract/common.ts';
import {
  checkoutBodySchema,
  compBodySchema,
  membershipSchema,
  membershipSettingsBodySchema,
  redirectSchema,
  tiersSchema,
} from '../../contract/membership.ts';
import { changeMembershipSettings, membershipOf, membershipTiers } from '../services/membership.ts';
import { endComp, grantComp } from '../services/membership-comps.ts';
import { openBillingPortal, startCheckout } from '../services/membership-payments.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** The tiers for everyone; a member's own membership and paying for it; an admin's settings and comps. */
export function membershipRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, billing } = context;
  const publicUrl = context.config.publicUrl;
  return async (app) => {
    app.get(
      '/api/membership',
      {
        schema: {
          tags: ['membership'],
          summary: 'The tiers: names, prices and what each includes (public)',
          response: { 200: tiersSchema, ...commonProblems },
        },
      },
      async () => membershipTiers(db, billing),
    );

    app.get(
      '/api/me/membership',
      {
        schema: {
          tags: ['membership'],
          summary: 'My tier now, and why (a subscription, a grace period, a comp)',
          response: { 200: membershipSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return membershipOf(db, user, user.id, billing, context.clock());
      },
    );

    app.post(
      '/api/me/membership/checkout',
      {
        schema: {
          tags: ['membership'],
          summary: 'Start paying for premium: a Stripe Checkout page to send the browser to',
          description:
            'The tier changes when Stripe tells us the subscription exists (its webhook), not here. 409 when payments are off, membership is off, or the member pays already.',
          body: checkoutBodySchema,
          response: { 200: redirectSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        const url = await startCheckout(db, user, user.id, {
          interval: request.body.interval,
          billing,
          publicUrl,
          now: context.clock(),
        });
        return { url };
      },
    );

    app.post(
      '/api/me/membership/portal',
      {
        schema: {
          tags: ['membership'],
          summary: "Stripe's customer portal, to change the card or cancel",
          response: { 200: redirectSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return { url: await openBillingPortal(db, user, user.id, { billing, publicUrl }) };
      },
    );

    app.put(
      '/api/admin/membership',
      {
        schema: {
          tags: ['membership'],
          summary: 'Set the tiers: names, descriptions, prices and what each includes',
          description:
            'Safety (the red-flag questions, holds, pain guidance, export, erasure) is free always and is not a choice here.',
          body: membershipSettingsBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await changeMembershipSettings(db, user, request.body, context.clock());
        return { ok: true as const };
      },
    );

    app.put(
      '/api/admin/members/:memberId/comp',
      {
        schema: {
          tags: ['membership'],
          summary: 'Grant a member premium by hand (a comp), through a day or with no end',
          params: memberParamsSchema,
          body: compBodySchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await grantComp(db, user, request.params.memberId, request.body, context.clock());
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/admin/members/:memberId/comp',
      {
        schema: {
          tags: ['membership'],
          summary: "End a member's comp now (a subscription they pay for is kept)",
          params: memberParamsSchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await endComp(db, user, request.params.memberId, context.clock());
        return { ok: true as const };
      },
    );
  };
}
