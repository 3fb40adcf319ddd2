import type { Migration } from 'kysely/migration';
import * as accounts from './0001_accounts.ts';
import * as seedRuns from './0002_seed_runs.ts';
import * as training from './0003_training.ts';
import * as outcomes from './0004_outcomes.ts';
import * as setMeasurement from './0005_set_measurement.ts';
import * as safetyHold from './0006_safety_hold.ts';
import * as timeline from './0008_timeline.ts';
import * as coachAssignments from './0009_coach_assignments.ts';
import * as outgoingMail from './0010_outgoing_mail.ts';
import * as coachSharing from './0011_coach_sharing.ts';
import * as careTeam from './0012_care_team.ts';
import * as memberSummaries from './0013_member_summaries.ts';
import * as publication from './0014_publication.ts';
import * as subscriptionLimits from './0015_subscription_limits.ts';
import * as feedCache from './0016_feed_cache.ts';
import * as consentChanges from './0017_consent_changes.ts';
import * as measureSkips from './0018_measure_skips.ts';
import * as milestonesSeen from './0019_milestones_seen.ts';
import * as dateOfBirth from './0020_date_of_birth.ts';
import * as membership from './0021_membership.ts';
import * as premiumPieces from './0022_premium_pieces.ts';
import * as premiumRevisions from './0023_premium_revisions.ts';
import * as privateFeeds from './0024_private_feeds.ts';
import * as notifications from './0025_notifications.ts';
import * as attemptLimits from './0027_attempt_limits.ts';
import * as loginSessionEpoch from './0028_login_session_epoch.ts';
import * as progressCache from './0029_progress_cache.ts';
import * as pushDeliveries from './0030_push_deliveries.ts';

/**
 * Every migration, in order. Listed statically (not read from a folder at run time) so the same list works
 * from source, in tests and in any bundle. Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_accounts': accounts,
  '0002_seed_runs': seedRuns,
  '0003_training': training,
  '0004_outcomes': outcomes,
  '0005_set_measurement': setMeasurement,
  '0006_safety_hold': safetyHold,
  '0008_timeline': timeline,
  '0009_coach_assignments': coachAssignments,
  '0010_outgoing_mail': outgoingMail,
  '0011_coach_sharing': coachSharing,
  '0012_care_team': careTeam,
  '0013_member_summaries': memberSummaries,
  '0014_publication': publication,
  '0015_subscription_limits': subscriptionLimits,
  '0016_feed_cache': feedCache,
  '0017_consent_changes': consentChanges,
  '0018_measure_skips': measureSkips,
  '0019_milestones_seen': milestonesSeen,
  '0020_date_of_birth': dateOfBirth,
  '0021_membership': membership,
  '0022_premium_pieces': premiumPieces,
  '0023_premium_revisions': premiumRevisions,
  '0024_private_feeds': privateFeeds,
  '0025_notifications': notifications,
  '0027_attempt_limits': attemptLimits,
  '0028_login_session_epoch': loginSessionEpoch,
  '0029_progress_cache': progressCache,
  '0030_push_deliveries': pushDeliveries,
};
