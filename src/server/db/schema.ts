import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../../core/accounts.ts';
import type { CalendarDate, DefaultedTimestamp, Json, Timestamp } from './column-types.ts';
import type {
  NotificationSettingsTable,
  NotificationsTable,
  PushSubscriptionsTable,
} from './schema-notifications.ts';
import type { PrivateFeedTokensTable, PrivateFeedUsesTable } from './schema-private-feeds.ts';
import type { MemberDataVersionsTable, ProgressCacheTable } from './schema-progress-cache.ts';
import type {
  ArticleRevisionsTable,
  ArticlesTable,
  EpisodesTable,
  FeedCacheTable,
  MediaFilesTable,
  ReleaseEmailsTable,
  ReleasesTable,
  SubscribersTable,
  SubscriptionLimitsTable,
} from './schema-publication.ts';
import type {
  NotificationEmailsTable,
  PushDeliveriesTable,
  ReleasePushDeliveriesTable,
  ReleasePushesTable,
} from './schema-push.ts';

export type * from './schema-notifications.ts';
export type * from './schema-private-feeds.ts';
export type * from './schema-progress-cache.ts';
export type * from './schema-publication.ts';
export type * from './schema-push.ts';

export type { Role };

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  email_verified: boolean;
  image: string | null;
  role: Generated<Role>;
  /** The consent text version agreed to; null means no consent, and no health data is stored. */
  health_consent_version: string | null;
  health_consent_at: Timestamp | null;
  /** The coach-sharing consent version agreed to; null means the coach sees nothing (never given, or revoked). */
  coach_sharing_version: ColumnType<string | null, string | null | undefined, string | null>;
  coach_sharing_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the member asked for a coach; cleared once one is assigned. */
  coach_requested_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** A coach's short introduction, shown to their members. */
  coach_intro: ColumnType<string | null, string | null | undefined, string | null>;
  /** The last time the account used the app (at most a few minutes stale); null: not since this was kept. */
  last_seen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Since when the account may write the publication (an admin grants it); null: not an editor. */
  editor_since: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  invited_by: string | null;
  /** Given by the member if they wish, for the report's header; null: not given. */
  date_of_birth: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Login sessions (never "workout sessions": see CONTEXT.md). */
export interface AuthSessionsTable {
  id: string;
  token: string;
  user_id: string;
  expires_at: Timestamp;
  ip_address: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthAccountsTable {
  id: string;
  account_id: string;
  provider_id: string;
  user_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Timestamp | null;
  refresh_token_expires_at: Timestamp | null;
  scope: string | null;
  password: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthVerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The attempt limits' counters, as rate-limiter-flexible's PostgreSQL store keeps them (migration 0027). */
export interface AttemptLimitsTable {
  /** `limit:hash`: the limit's name and a keyed hash of the account or address. */
  key: string;
  points: number;
  /** When the points expire, milliseconds since 1970 (bigint, read back as text by pg). */
  expire: string | null;
}

/** One row: login sessions remembered before its epoch changed are looked up again (migration 0028). */
export interface LoginSessionEpochTable {
  id: number;
  /** bigint: read back as text by pg, as a number by PGlite. */
  epoch: string | number;
}

export interface SeedRunsTable {
  name: string;
  ran_at: DefaultedTimestamp;
}

export interface AssessmentsTable {
  id: string;
  user_id: string;
  answers: Json;
  created_at: DefaultedTimestamp;
}

export interface RedFlagScreensTable {
  id: string;
  user_id: string;
  answers: Json;
  outcome: 'emergency' | 'see-doctor' | 'continue';
  urgency: string | null;
  reasons: Json;
  context: 'onboarding' | 'assessment' | 'symptoms';
  screened_at: Timestamp;
  /** When the member's clearance closed this flagged screen; null while it holds the account. */
  cleared_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The clearance's client-made id. */
  clearance_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The date a doctor assessed the member, as they told us. */
  assessed_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PlansTable {
  user_id: string;
  assessment_id: string;
  plan: Json;
  revision: ColumnType<number, number | undefined, number>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface WorkoutsTable {
  id: string;
  user_id: string;
  date: CalendarDate;
  status: 'in-progress' | 'finished';
  pain_before: number;
  prescription: Json;
  effort: string | null;
  new_symptoms: boolean | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface SetLogsTable {
  id: string;
  user_id: string;
  workout_id: string;
  exercise_id: string;
  reps: number;
  /** Reps with good form, when counted apart from `reps` (by the camera); null when `reps` are the good ones. */
  good_reps: number | null;
  level: number;
  load: Json;
  pain: number;
  faults: Json;
  measured_by: Generated<'member' | 'camera'>;
  logged_at: Timestamp;
}

export interface CheckInsTable {
  id: string;
  user_id: string;
  workout_on: CalendarDate;
  pain: number;
  new_symptoms: boolean;
  checked_in_at: Timestamp;
}

export type DecisionSource = 'assessment' | 'workout' | 'check-in' | 'screen' | 'cleared' | 'coach';

export interface DecisionsTable {
  id: string;
  user_id: string;
  source: DecisionSource;
  source_id: string;
  position: number;
  exercise_id: string | null;
  rule_id: string;
  inputs: Json;
  change: Json;
  sentence: string;
  tell_coach: boolean;
  made_at: Timestamp;
  /** The coach who made this change by hand (source 'coach'); null for the engine's own decisions. */
  made_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MeasuresTable {
  id: string;
  user_id: string;
  /** One of the core's INSTRUMENT_IDS. */
  instrument_id: string;
  /** The member's local date the measure was taken. */
  taken_on: CalendarDate;
  answers: Json;
  /** What the core's scoring made of the answers when they were recorded. */
  score: Json;
  recorded_at: Timestamp;
}

export interface MeasureSnoozesTable {
  id: string;
  user_id: string;
  instrument_id: string;
  /** The member's local date the snooze was made; it hides the measure until `days` later. */
  snoozed_on: CalendarDate;
  days: number;
  snoozed_at: Timestamp;
}

/** A first-week questionnaire put behind the others, once per instrument (see src/core/outcomes/first-week.ts). */
export interface MeasureSkipsTable {
  id: string;
  user_id: string;
  instrument_id: string;
  /** The member's local date of the skip: the day's check-up is then done. */
  skipped_on: CalendarDate;
  skipped_at: Timestamp;
}

/** A member's coach: at most one per member. */
export interface CoachAssignmentsTable {
  member_id: string;
  coach_id: string;
  assigned_at: DefaultedTimestamp;
}

/** pending: waiting for its next attempt; sending: out with a job now; sent; failed: given up on. */
export type OutgoingMailStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** An email on its way out; see mail/outgoing-mail.ts. */
export interface OutgoingMailTable {
  id: string;
  /** Which message it is (password-reset, coach-invitation, …), for the admin and the logs. */
  kind: string;
  recipient: string;
  subject: string;
  /** The message itself, with its link; cleared once delivered. */
  text: string | null;
  status: ColumnType<OutgoingMailStatus, OutgoingMailStatus | undefined, OutgoingMailStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  /** Not delivered before this time: now for most mail, later for mail sent ahead. */
  send_after: DefaultedTimestamp;
  created_at: DefaultedTimestamp;
  last_attempt_at: Timestamp | null;
  sent_at: Timestamp | null;
  /** Headers of the message's own (List-Unsubscribe on the publication's emails), name to value. */
  headers: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
}

export type AlertSeverity = 'critical' | 'high' | 'low' | 'stalled';

/** An alert for a member's coach; see core/care. One row per cause, for good (`member_id`, `cause`). */
export interface CoachAlertsTable {
  id: string;
  member_id: string;
  cause: string;
  kind: string;
  severity: AlertSeverity;
  reason: string;
  evidence: Json;
  raised_at: Timestamp;
  acknowledged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  acknowledged_by: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  resolved_by: ColumnType<string | null, string | null | undefined, string | null>;
  resolution_note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One message in the thread between a member and their coach; its id is made by the sender's device. */
export interface MessagesTable {
  id: string;
  member_id: string;
  coach_id: string;
  sender: 'member' | 'coach';
  body: string;
  sent_at: Timestamp;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the member was told of it by email (they had not opened the app for a day); null: not emailed. */
  emailed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A member's training figures for the caseload, good for one day and plan revision; see core/care/caseload.ts. */
export interface MemberSummariesTable {
  member_id: string;
  computed_for: CalendarDate;
  plan_revision: number | null;
  summary: Json;
  computed_at: Timestamp;
}

/** A milestone a member has seen, by its key; see src/core/progress/milestones.ts. */
export interface MilestonesSeenTable {
  user_id: string;
  key: string;
  seen_at: Timestamp;
}

/** The membership tiers as the admin set them: one row (see migration 0021). */
export interface MembershipSettingsTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  currency: string;
  free_name: string;
  free_description: string;
  premium_name: string;
  premium_description: string;
  /** In the currency's smallest unit (cents). */
  monthly_price: number;
  yearly_price: number;
  includes: Json;
  updated_at: Timestamp;
}

export interface StripeCustomersTable {
  user_id: string;
  customer_id: string;
  created_at: Timestamp;
}

/** A member's subscription as Stripe last told us (re-read from Stripe on every webhook about it). */
export interface SubscriptionsTable {
  id: string;
  user_id: string;
  status: string;
  period_start: Timestamp;
  period_end: Timestamp;
  cancel_at_period_end: boolean;
  interval: 'month' | 'year';
  amount: number;
  currency: string;
  started_at: Timestamp;
  ended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  synced_at: Timestamp;
}

/** Webhooks received, by Stripe's event id: stored first, then processed once by a background job. */
export interface BillingEventsTable {
  id: string;
  type: string;
  object_id: string;
  received_at: Timestamp;
  processed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  outcome: string | null;
}

/** Premium granted by an admin by hand (a comp), at most one per member. */
export interface MembershipCompsTable {
  user_id: string;
  granted_by: string | null;
  until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reason: string;
  granted_at: Timestamp;
}

export type CoachActionKind = 'review' | 'message' | 'call' | 'plan-change' | 'alert';

/** Something a coach did for a member, with when and (where the coach logged them) the minutes it took. */
export interface CoachActionsTable {
  id: string;
  coach_id: string;
  member_id: string;
  kind: CoachActionKind;
  at: Timestamp;
  minutes: number | null;
  /** A live two-way contact (a call or video call), as remote-monitoring documentation counts them. */
  interactive: ColumnType<boolean, boolean | undefined, boolean>;
  note: string | null;
}

export type ConsentKind = 'health-data' | 'coach-sharing';

/** One change to a member's consent after sign-up, kept with its time (the consent's history). */
export interface ConsentChangesTable {
  member_id: string;
  consent: ConsentKind;
  change: 'given' | 'withdrawn';
  /** The text version agreed to; null for a withdrawal. */
  version: string | null;
  at: Timestamp;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  auth_accounts: AuthAccountsTable;
  auth_verifications: AuthVerificationsTable;
  seed_runs: SeedRunsTable;
  assessments: AssessmentsTable;
  red_flag_screens: RedFlagScreensTable;
  plans: PlansTable;
  workouts: WorkoutsTable;
  set_logs: SetLogsTable;
  check_ins: CheckInsTable;
  decisions: DecisionsTable;
  measures: MeasuresTable;
  measure_snoozes: MeasureSnoozesTable;
  measure_skips: MeasureSkipsTable;
  coach_assignments: CoachAssignmentsTable;
  outgoing_mail: OutgoingMailTable;
  coach_alerts: CoachAlertsTable;
  messages: MessagesTable;
  coach_actions: CoachActionsTable;
  member_summaries: MemberSummariesTable;
  milestones_seen: MilestonesSeenTable;
  membership_settings: MembershipSettingsTable;
  stripe_customers: StripeCustomersTable;
  subscriptions: SubscriptionsTable;
  billing_events: BillingEventsTable;
  membership_comps: MembershipCompsTable;
  media_files: MediaFilesTable;
  articles: ArticlesTable;
  article_revisions: ArticleRevisionsTable;
  episodes: EpisodesTable;
  subscribers: SubscribersTable;
  releases: ReleasesTable;
  release_emails: ReleaseEmailsTable;
  subscription_limits: SubscriptionLimitsTable;
  feed_cache: FeedCacheTable;
  consent_changes: ConsentChangesTable;
  private_feed_tokens: PrivateFeedTokensTable;
  private_feed_uses: PrivateFeedUsesTable;
  notification_settings: NotificationSettingsTable;
  notifications: NotificationsTable;
  push_subscriptions: PushSubscriptionsTable;
  attempt_limits: AttemptLimitsTable;
  login_session_epoch: LoginSessionEpochTable;
  member_data_versions: MemberDataVersionsTable;
  progress_cache: ProgressCacheTable;
  push_deliveries: PushDeliveriesTable;
  notification_emails: NotificationEmailsTable;
  release_push_deliveries: ReleasePushDeliveriesTable;
  release_pushes: ReleasePushesTable;
}

export type User = Selectable<UsersTable>;
