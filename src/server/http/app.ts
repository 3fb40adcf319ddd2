import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { createAuth } from '../auth/auth.ts';
import { type Billing, createBilling } from '../billing/billing.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { BillingEventQueue } from '../jobs/process-billing-events.ts';
import type { AlertRaising } from '../jobs/raise-alerts.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { subscriptionKey } from '../publication/subscription-tokens.ts';
import type { NotificationSchedule } from '../services/notification-schedule.ts';
import { createSetLogBatcher } from '../services/set-log-batcher.ts';
import { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from '../services/subscription-limits.ts';
import { siteRoutes } from '../site/site-routes.ts';
import { subscriptionRoutes } from '../site/subscription-routes.ts';
import { adminCoachRoutes } from './admin-coach-routes.ts';
import { adminEditorRoutes } from './admin-editor-routes.ts';
import { adminRoutes } from './admin-routes.ts';
import { adminSubscriberRoutes } from './admin-subscriber-routes.ts';
import { attemptLimitKey } from './attempt-limit-store.ts';
import {
  type AttemptLimits,
  createEmailLimiter,
  createSignInLimiter,
  DEFAULT_EMAIL_LIMITS,
  DEFAULT_SIGN_IN_LIMITS,
} from './attempt-limits.ts';
import { createLoginSessionResolver } from './auth-bridge.ts';
import { authRoutes } from './auth-routes.ts';
import { answerClientError, answerFrameworkError, hostRequired } from './client-errors.ts';
import { coachAlertRoutes } from './coach-alert-routes.ts';
import { coachCaseloadRoutes } from './coach-caseload-routes.ts';
import { coachMemberRoutes } from './coach-member-routes.ts';
import { coachMessageRoutes } from './coach-message-routes.ts';
import { coachProfileRoutes } from './coach-profile-routes.ts';
import { coachTimeRoutes } from './coach-time-routes.ts';
import type { AppContext } from './context.ts';
import { registerApiDocs } from './docs.ts';
import { editorArticleRoutes } from './editor-article-routes.ts';
import { editorEpisodeRoutes } from './editor-episode-routes.ts';
import { editorMediaRoutes } from './editor-media-routes.ts';
import { exerciseRoutes } from './exercise-routes.ts';
import { exportRoutes } from './export-routes.ts';
import { feedRoutes } from './feed-routes.ts';
import { createCrossSiteGuard } from './guards.ts';
import { healthRoutes } from './health-routes.ts';
import { learnRoutes } from './learn-routes.ts';
import { meRoutes } from './me-routes.ts';
import { measureRoutes } from './measure-routes.ts';
import { mediaRoutes } from './media-routes.ts';
import { membershipAdminRoutes } from './membership-admin-routes.ts';
import { membershipRoutes } from './membership-routes.ts';
import { messageRoutes } from './message-routes.ts';
import { milestoneRoutes } from './milestone-routes.ts';
import { myCoachRoutes } from './my-coach-routes.ts';
import { notificationRoutes } from './notification-routes.ts';
import { planChangeRoutes } from './plan-change-routes.ts';
import { planRoutes } from './plan-routes.ts';
import { poseModelRoutes } from './pose-model-routes.ts';
import { privateFeedRoutes } from './private-feed-routes.ts';
import { errorToProblem, problemType, sendProblem } from './problem.ts';
import { progressRoutes } from './progress-routes.ts';
import { type PushRouteSettings, pushRoutes } from './push-routes.ts';
import { safetyHoldRoutes } from './safety-hold-routes.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { stripeWebhookRoutes } from './stripe-webhook-routes.ts';
import { refuseNulCharacters } from './text-without-nul.ts';
import { isWebAppPath, registerWebApp } from './web-app.ts';
import { workoutRoutes } from './workout-routes.ts';

export interface BuildAppOptions {
  config: Config;
  db: Kysely<Database>;
  /** Stores each email and has a background job deliver it. */
  mail: OutgoingMail;
  /** Queues the raising of a member's alerts after their data changes. */
  alerts: AlertRaising;
  /** Membership and Stripe, as the configuration sets them unless given. */
  billing?: Billing;
  /** Queues a stored Stripe webhook for processing. */
  billingEvents: BillingEventQueue;
  authSecret: string;
  /** Folder of the built web app; undefined serves the API alone (most tests). */
  webRoot?: string;
  /** The process's logger; false silences logs (tests). */
  logger: FastifyBaseLogger | false;
  signInLimits?: AttemptLimits;
  /** Sign-ups and reset emails, each counted apart. */
  accountActionLimits?: AttemptLimits;
  /** The Sunday-email sign-up form's limits (DEFAULT_SUBSCRIPTION_LIMITS without it). */
  subscriptionLimits?: SubscriptionLimits;
  /** Defaults to the system clock. */
  clock?: () => Date;
  /** Web Push: the server's public key and the push services taken; without it there are no push routes. */
  push?: PushRouteSettings;
  /** Keeps each member's reminder Wake in step after their changes (jobs/member-reminders.ts). */
  notificationSchedule?: NotificationSchedule;
}

export async function buildApp(
  options: BuildAppOptions,
): Promise<{ app: FastifyInstance; context: AppContext }> {
  const { config } = options;
  const app = Fastify({
    ...(options.logger === false ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    // The client's address (rate limits, a shared feed's addresses) from X-Forwarded-For only when the
    // request came from a proxy of ours: anyone else could write that header.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    // Node would answer a missing Host with an empty 400 of its own; the hook below answers a problem.
    http: { requireHostHeader: false },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const clock = options.clock ?? (() => new Date());
  const auth = createAuth({
    db: options.db,
    publicUrl: config.publicUrl,
    secret: options.authSecret,
    mail: options.mail,
    logger: app.log,
    clock,
  });
  const limitStore = { db: options.db, secret: attemptLimitKey(options.authSecret) };
  const context: AppContext = {
    config,
    db: options.db,
    mail: options.mail,
    alerts: options.alerts,
    billing: options.billing ?? createBilling(config),
    billingEvents: options.billingEvents,
    auth,
    loginSessions: createLoginSessionResolver(auth, options.db, clock),
    setLogBatcher: createSetLogBatcher(options.db),
    signInLimiter: createSignInLimiter(options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS, limitStore),
    signUpLimiter: createEmailLimiter(
      'sign-up',
      options.accountActionLimits ?? DEFAULT_EMAIL_LIMITS,
      limitStore,
    ),
    resetEmailLimiter: createEmailLimiter(
      'reset-email',
      options.accountActionLimits ?? DEFAULT_EMAIL_LIMITS,
      limitStore,
    ),
    subscriptionKey: subscriptionKey(options.authSecret),
    subscriptionLimits: options.subscriptionLimits ?? DEFAULT_SUBSCRIPTION_LIMITS,
    webRoot: options.webRoot,
    clock,
    ...(options.notificationSchedule ? { notificationSchedule: options.notificationSchedule } : {}),
  };

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerSecurityHeaders(app, config.publicUrl);
  app.addHook('onRequest', async (request) => {
    if (request.raw.httpVersion === '1.1' && !request.headers.host) throw hostRequired();
  });
  const crossSiteGuard = createCrossSiteGuard(config);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) await crossSiteGuard(request);
  });

  app.addHook('preValidation', refuseNulCharacters);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = errorToProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ status: problem.status, problem: problem.type }, problem.detail ?? problem.title);
    return sendProblem(reply, problem, request);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (
      context.webRoot &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      isWebAppPath(request.url)
    ) {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', path.resolve(context.webRoot));
    }
    return sendProblem(
      reply,
      {
        type: problemType('not-found'),
        title: 'Not found',
        status: 404,
        detail: `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
      },
      request,
    );
  });

  await registerApiDocs(app, config.publicUrl);
  await app.register(healthRoutes(context));
  await app.register(authRoutes(context));
  await app.register(meRoutes(context));
  await app.register(membershipRoutes(context));
  await app.register(membershipAdminRoutes(context));
  await app.register(stripeWebhookRoutes(context));
  await app.register(adminRoutes(context));
  await app.register(coachCaseloadRoutes(context));
  await app.register(coachMemberRoutes(context));
  await app.register(coachTimeRoutes(context));
  await app.register(planChangeRoutes(context));
  await app.register(coachMessageRoutes(context));
  await app.register(messageRoutes(context));
  await app.register(coachAlertRoutes(context));
  await app.register(adminCoachRoutes(context));
  await app.register(myCoachRoutes(context));
  await app.register(coachProfileRoutes(context));
  await app.register(exerciseRoutes());
  await app.register(planRoutes(context));
  await app.register(safetyHoldRoutes(context));
  await app.register(workoutRoutes(context));
  await app.register(measureRoutes(context));
  await app.register(progressRoutes(context));
  await app.register(milestoneRoutes(context));
  await app.register(exportRoutes(context));
  await app.register(poseModelRoutes());
  await app.register(adminEditorRoutes(context));
  await app.register(adminSubscriberRoutes(context));
  await app.register(editorArticleRoutes(context));
  await app.register(siteRoutes(context));
  await app.register(subscriptionRoutes(context));
  await app.register(learnRoutes(context));
  await app.register(editorMediaRoutes(context));
  await app.register(editorEpisodeRoutes(context));
  await app.register(mediaRoutes(context));
  await app.register(feedRoutes(context));
  await app.register(privateFeedRoutes(context));
  await app.register(notificationRoutes(context));
  if (options.push) await app.register(pushRoutes(context, options.push));
  if (context.webRoot) await registerWebApp(app, path.resolve(context.webRoot));
  await app.ready();
  return { app, context };
}
