import type { Kysely } from 'kysely';
import type { Measure } from '../../contract/measures.ts';
import type { Decision, MeasuredBy, Prescription, SetLog } from '../../core/engine/index.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { listAllCoachActionsOn } from '../db/repositories/coach-actions.ts';
import { listAllAlertsAbout } from '../db/repositories/coach-alerts.ts';
import { findCoachOf } from '../db/repositories/coach-assignments.ts';
import { listConsentChanges } from '../db/repositories/consent-changes.ts';
import { listMeasures, listSkips, listSnoozes } from '../db/repositories/measures.ts';
import {
  findAccount,
  listAllDecisions,
  listAllScreens,
  listAllSetLogs,
  listAllWorkouts,
  listAssessments,
  listCheckIns,
  listLoginSessions,
  listSignInMethods,
} from '../db/repositories/member-data.ts';
import { findComp, listSubscriptions } from '../db/repositories/membership.ts';
import { listAllMessages } from '../db/repositories/messages.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import { listPushSubscriptionsOf } from '../db/repositories/push-subscriptions.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, unauthenticated } from './errors.ts';
import { toMeasure } from './measures.ts';
import { rowToDecision } from './plan.ts';

/**
 * Everything Backstrong stores about the signed-in account, as one JSON document the member can take
 * with them: every row of every table that holds their data, without password hashes or tokens.
 */
const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

export interface ExportedSet extends SetLog {
  id: string;
  measuredBy: MeasuredBy;
  loggedAt: string;
}

export interface ExportedWorkout {
  id: string;
  date: string;
  status: 'in-progress' | 'finished';
  painBefore: number;
  effort: string | null;
  newSymptoms: boolean | null;
  prescription: Prescription[];
  startedAt: string;
  finishedAt: string | null;
  sets: ExportedSet[];
}

export interface ExportedDecision extends Decision {
  id: string;
  source: string;
  sourceId: string;
  madeAt: string;
}

/** Read in one repeatable-read transaction, so the tables agree with each other (no set without its workout). */
export async function memberExport(db: Kysely<Database>, actor: Actor, memberId: string, now: Date) {
  await requireAccess(db, { actor, permission: 'account.own', memberId });
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => collect(trx, memberId, now));
}

async function collect(db: Executor, memberId: string, now: Date) {
  const account = await findAccount(db, memberId);
  if (!account) throw unauthenticated();
  const [
    methods,
    sessions,
    assessments,
    screens,
    plan,
    workouts,
    sets,
    checkIns,
    decisions,
    measures,
    snoozes,
    skips,
    messages,
    coach,
    alerts,
    coachActions,
    consentChanges,
    subscriptions,
    comp,
    pushSubscriptions,
  ] = await Promise.all([
    listSignInMethods(db, memberId),
    listLoginSessions(db, memberId),
    listAssessments(db, memberId),
    listAllScreens(db, memberId),
    findPlanRow(db, memberId),
    listAllWorkouts(db, memberId),
    listAllSetLogs(db, memberId),
    listCheckIns(db, memberId),
    listAllDecisions(db, memberId),
    listMeasures(db, memberId),
    listSnoozes(db, memberId),
    listSkips(db, memberId),
    listAllMessages(db, memberId),
    findCoachOf(db, memberId),
    listAllAlertsAbout(db, memberId),
    listAllCoachActionsOn(db, memberId),
    listConsentChanges(db, memberId),
    listSubscriptions(db, memberId),
    findComp(db, memberId),
    listPushSubscriptionsOf(db, memberId),
  ]);
  const setsOf = (workoutId: string): ExportedSet[] =>
    sets
      .filter((set) => set.workout_id === workoutId)
      .map((set) => ({
        id: set.id,
        exerciseId: set.exercise_id,
        reps: set.reps,
        ...(set.good_reps !== null && { goodReps: set.good_reps }),
        level: set.level,
        load: set.load,
        pain: set.pain,
        faults: set.faults,
        measuredBy: set.measured_by,
        loggedAt: iso(set.logged_at),
      }));
  return {
    format: 'backstrong-export' as const,
    version: 1 as const,
    exportedAt: now.toISOString(),
    account: {
      id: account.id,
      email: account.email,
      name: account.name,
      role: account.role,
      emailVerified: account.email_verified,
      invitedBy: account.invited_by,
      dateOfBirth: account.date_of_birth,
      createdAt: iso(account.created_at),
      updatedAt: iso(account.updated_at),
      ...(account.coach_intro !== null && { coachIntro: account.coach_intro }),
      signInMethods: methods.map((method) => ({
        provider: method.provider_id,
        createdAt: iso(method.created_at),
        updatedAt: iso(method.updated_at),
      })),
      loginSessions: sessions.map((session) => ({
        createdAt: iso(session.created_at),
        expiresAt: iso(session.expires_at),
        ipAddress: session.ip_address,
        userAgent: session.user_agent,
      })),
    },
    consent:
      account.health_consent_version && account.health_consent_at
        ? { version: account.health_consent_version, agreedAt: iso(account.health_consent_at) }
        : null,
    // How the consents came to stand as they do: each one given, withdrawn or stopped after sign-up.
    consentHistory: consentChanges.map((change) => ({
      consent: change.consent,
      change: change.change,
      version: change.version,
      at: iso(change.at),
    })),
    coaching: {
      coach: coach ? { name: coach.name, assignedAt: iso(coach.assigned_at) } : null,
      sharing:
        account.coach_sharing_version && account.coach_sharing_at
          ? { version: account.coach_sharing_version, agreedAt: iso(account.coach_sharing_at) }
          : null,
      coachRequestedAt: isoOrNull(account.coach_requested_at),
    },
    membership: {
      subscriptions: subscriptions.map((row) => ({
        id: row.id,
        status: row.status,
        interval: row.interval,
        amount: row.amount,
        currency: row.currency,
        periodStart: iso(row.period_start),
        periodEnd: iso(row.period_end),
        cancelAtPeriodEnd: row.cancel_at_period_end,
        startedAt: iso(row.started_at),
        endedAt: isoOrNull(row.ended_at),
      })),
      comp: comp
        ? { until: isoOrNull(comp.until), reason: comp.reason, grantedAt: iso(comp.granted_at) }
        : null,
    },
    assessments: assessments.map((row) => ({
      id: row.id,
      answers: row.answers,
      createdAt: iso(row.created_at),
    })),
    screens: screens.map((row) => ({
      id: row.id,
      context: row.context,
      answers: row.answers,
      outcome: row.outcome,
      urgency: row.urgency,
      reasons: row.reasons,
      screenedAt: iso(row.screened_at),
    })),
    plan: plan
      ? {
          assessmentId: plan.assessment_id,
          revision: plan.revision,
          plan: plan.plan,
          createdAt: iso(plan.created_at),
          updatedAt: iso(plan.updated_at),
        }
      : null,
    workouts: workouts.map(
      (row): ExportedWorkout => ({
        id: row.id,
        date: row.date,
        status: row.status,
        painBefore: row.pain_before,
        effort: row.effort,
        newSymptoms: row.new_symptoms,
        prescription: row.prescription,
        startedAt: iso(row.started_at),
        finishedAt: isoOrNull(row.finished_at),
        sets: setsOf(row.id),
      }),
    ),
    checkIns: checkIns.map((row) => ({
      id: row.id,
      workoutOn: row.workout_on,
      pain: row.pain,
      newSymptoms: row.new_symptoms,
      checkedInAt: iso(row.checked_in_at),
    })),
    decisions: decisions.map(
      (row): ExportedDecision => ({
        ...rowToDecision(row),
        id: row.id,
        source: row.source,
        sourceId: row.source_id,
        madeAt: iso(row.made_at),
      }),
    ),
    measures: measures.map(toMeasure) satisfies Measure[],
    snoozes: snoozes.map((row) => ({
      id: row.id,
      instrumentId: row.instrument_id,
      on: row.snoozed_on,
      days: row.days,
      snoozedAt: iso(row.snoozed_at),
    })),
    skips: skips.map((row) => ({
      id: row.id,
      instrumentId: row.instrument_id,
      on: row.skipped_on,
      skippedAt: iso(row.skipped_at),
    })),
    // Every message with any coach the member has had: the member's own words and what was said to them.
    messages: messages.map((row) => ({
      id: row.id,
      coachId: row.coach_id,
      sender: row.sender,
      body: row.body,
      sentAt: iso(row.sent_at),
      readAt: isoOrNull(row.read_at),
      emailedAt: isoOrNull(row.emailed_at),
    })),
    alerts: alerts.map((row) => ({
      id: row.id,
      kind: row.kind,
      severity: row.severity,
      reason: row.reason,
      raisedAt: iso(row.raised_at),
      acknowledgedAt: isoOrNull(row.acknowledged_at),
      resolvedAt: isoOrNull(row.resolved_at),
      resolutionNote: row.resolution_note,
    })),
    coachActions: coachActions.map((row) => ({
      id: row.id,
      kind: row.kind,
      at: iso(row.at),
      minutes: row.minutes,
      interactive: row.interactive,
      note: row.note,
    })),
    // The browsers that receive the member's notifications; not their keys, which only encrypt pushes.
    pushSubscriptions: pushSubscriptions.map((row) => ({
      id: row.id,
      endpoint: row.endpoint,
      createdAt: iso(row.created_at),
      lastSentAt: isoOrNull(row.last_sent_at),
    })),
  };
}

export type MemberExport = Awaited<ReturnType<typeof memberExport>>;
