import type { Kysely } from 'kysely';
import type { Auth } from '../auth/auth.ts';
import type { Billing } from '../billing/billing.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { BillingEventQueue } from '../jobs/process-billing-events.ts';
import type { AlertRaising } from '../jobs/raise-alerts.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import type { NotificationSchedule } from '../services/notification-schedule.ts';
import type { SetLogBatcher } from '../services/set-log-batcher.ts';
import type { SubscriptionLimits } from '../services/subscription-limits.ts';
import type { EmailLimiter, SignInLimiter } from './attempt-limits.ts';
import type { LoginSessionResolver } from './auth-bridge.ts';

/** What every route module is given: built once at boot, no globals. */
export interface AppContext {
  config: Config;
  db: Kysely<Database>;
  auth: Auth;
  /** Who is signed in: use this, not the auth library, so login sessions are looked up once. */
  loginSessions: LoginSessionResolver;
  /** Email out: stored, then delivered by a background job. */
  mail: OutgoingMail;
  /** Raises a member's alerts for their coach: call it after a write to their data commits. */
  alerts: AlertRaising;
  /** Membership: whether tiers apply, and Stripe when it is set up. */
  billing: Billing;
  /** Processes a stored Stripe webhook event in the background. */
  billingEvents: BillingEventQueue;
  /** Stores logged sets arriving together in one statement. */
  setLogBatcher: SetLogBatcher;
  signInLimiter: SignInLimiter;
  signUpLimiter: EmailLimiter;
  resetEmailLimiter: EmailLimiter;
  /** Signs the Sunday email's confirmation and unsubscribe links (from the auth secret, so every instance agrees). */
  subscriptionKey: Buffer;
  /** How many sign-ups the Sunday-email form takes; counted in the database. */
  subscriptionLimits: SubscriptionLimits;
  /** The time now: the one clock the routes read, so tests can set it. */
  clock: () => Date;
  /**
   * Keeps each member's reminder jobs in step with their settings and plan: call `memberChanged` after a
   * change commits. Absent where no jobs run (some tests).
   */
  notificationSchedule?: NotificationSchedule;
  /** Where the built web app lives; undefined serves only the API. */
  webRoot: string | undefined;
}
