/**
 * A member's `MemberTimeline` for some days, read from the database, for the notification rules to play
 * forward (`planDays` in src/core/notifications): the plan's days per week, workouts with when they were
 * finished, answered morning check-ins, pauses and safety holds with when they began and ended, the
 * check-ups that became due, what the publication released, and the coach's messages. Only the days asked about are read, with
 * what the rules need from before them (three weeks of workouts, for the training days).
 */
import { addDays } from '../../core/engine/dates.ts';
import { planSchema } from '../../core/engine/schemas.ts';
import type { Candidate, MemberTimeline, NotificationPreferences } from '../../core/notifications/index.ts';
import { causeOf } from '../../core/notifications/index.ts';
import { type DisabilityInstrument, measuresDueToday } from '../../core/outcomes/index.ts';
import { instantOfLocalTime } from '../../core/publication/release-schedule.ts';
import type { Executor } from '../db/executor.ts';
import {
  listCheckInsBetween,
  listCoachMessagesBetween,
  listFinishedWorkoutsBetween,
  listFlaggedScreensOverlapping,
  listMeasureActionsSince,
  listPauseChangesAround,
  listPublishedBetween,
} from '../db/repositories/notification-facts.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import { loadMeasureHistory } from './measures.ts';

/**
 * Workouts read from this many days before the first day: a training day depends on the week before it,
 * and the quieted rule looks back up to a fortnight more for the previous training day.
 */
export const WORKOUTS_READ_BEFORE_DAYS = 21;

export interface NotificationTimeline {
  timeline: MemberTimeline;
  /** The day the member's plan started. */
  planStartedOn: string;
  /** The publication's titles by cause, for the lines that name what was released. */
  titles: ReadonlyMap<string, string>;
}

type Event = MemberTimeline['events'][number];

interface Window {
  firstDay: string;
  lastDay: string;
  from: Date;
  to: Date;
}

async function pausesIn(db: Executor, memberId: string, window: Window, planPauseSince: string | null) {
  const pauses: { from: Date; to: Date | null }[] = [];
  let openSince: Date | null = null;
  for (const change of await listPauseChangesAround(db, memberId, window.from, window.to)) {
    if (change.paused && openSince === null) openSince = new Date(change.made_at);
    if (!change.paused && openSince !== null) {
      pauses.push({ from: openSince, to: new Date(change.made_at) });
      openSince = null;
    }
  }
  if (openSince !== null) pauses.push({ from: openSince, to: null });
  // The plan is the last word: a pause it holds now is open even if its decision was never stored.
  if (planPauseSince !== null && new Date(planPauseSince).getTime() < window.to.getTime()) {
    pauses.push({ from: new Date(planPauseSince), to: null });
  }
  for (const screen of await listFlaggedScreensOverlapping(db, memberId, window.from, window.to)) {
    pauses.push({
      from: new Date(screen.screened_at),
      to: screen.cleared_at ? new Date(screen.cleared_at) : null,
    });
  }
  return pauses;
}

/**
 * Each check-up that became due in the days, due from the start of its day (the rules hold it through
 * quiet hours), and handled once the member took it, snoozed it or skipped it. One already due before the
 * first day was notified then, once, so it is not a candidate again.
 */
async function checkUpsIn(
  db: Executor,
  memberId: string,
  window: Window,
  preferences: NotificationPreferences,
  disability: DisabilityInstrument,
): Promise<Event[]> {
  const history = await loadMeasureHistory(db, memberId, window.lastDay, disability);
  const actions = await listMeasureActionsSince(db, memberId, window.firstDay);
  const events = new Map<string, Event>();
  for (let day = window.firstDay; day <= window.lastDay; day = addDays(day, 1)) {
    const { due, snoozed } = measuresDueToday({ ...history, today: day });
    for (const measure of [...due, ...snoozed]) {
      if (measure.dueSince < window.firstDay) continue;
      const candidate: Candidate = {
        kind: 'check-up-due',
        about: `${measure.instrumentId}:${measure.dueSince}`,
        dueAt: instantOfLocalTime(day, '00:00', preferences.timeZone),
      };
      const cause = causeOf(candidate);
      if (events.has(cause)) continue;
      const handled = actions
        .filter((action) => action.instrument_id === measure.instrumentId && action.on >= day)
        .map((action) => new Date(action.at).getTime())
        .sort((a, b) => a - b)[0];
      events.set(cause, { candidate, handledAt: handled === undefined ? null : new Date(handled) });
    }
  }
  return [...events.values()];
}

/** One notification per release: an episode stands for the article it pairs with. */
async function publicationIn(db: Executor, window: Window) {
  const { articles, episodes } = await listPublishedBetween(db, window.from, window.to);
  const paired = new Set(episodes.map((episode) => episode.article_id));
  const pieces = [
    ...episodes.map((episode) => ({ about: `episode:${episode.slug}`, ...episode })),
    ...articles
      .filter((article) => !paired.has(article.id))
      .map((article) => ({ about: `article:${article.slug}`, ...article })),
  ];
  const titles = new Map<string, string>();
  const events: Event[] = [];
  for (const piece of pieces) {
    if (!piece.published_at) continue;
    const candidate: Candidate = {
      kind: 'publication',
      about: piece.about,
      dueAt: new Date(piece.published_at),
    };
    titles.set(causeOf(candidate), piece.title);
    events.push({ candidate, handledAt: null });
  }
  return { events, titles };
}

/** Each message from the coach is notified once, and handled when the member has read it. */
export async function loadCoachMessageEvents(
  db: Executor,
  memberId: string,
  window: Pick<Window, 'from' | 'to'>,
): Promise<Event[]> {
  const messages = await listCoachMessagesBetween(db, memberId, window.from, window.to);
  return messages.map((message) => ({
    candidate: { kind: 'coach-message', about: message.id, dueAt: new Date(message.sent_at) },
    handledAt: message.read_at ? new Date(message.read_at) : null,
  }));
}

/** The member's timeline over `dayCount` days from `firstDay`, or null when they have no plan yet. */
export async function loadNotificationTimeline(
  db: Executor,
  memberId: string,
  options: {
    firstDay: string;
    dayCount: number;
    preferences: NotificationPreferences;
    disability: DisabilityInstrument;
  },
): Promise<NotificationTimeline | null> {
  const row = await findPlanRow(db, memberId);
  if (!row) return null;
  const plan = planSchema.parse(row.plan);
  const { firstDay, preferences } = options;
  const lastDay = addDays(firstDay, options.dayCount - 1);
  const window: Window = {
    firstDay,
    lastDay,
    from: instantOfLocalTime(firstDay, '00:00', preferences.timeZone),
    // A day more: what falls due late on the last day may wait for the end of its quiet hours.
    to: instantOfLocalTime(addDays(lastDay, 2), '00:00', preferences.timeZone),
  };
  const readFrom = addDays(firstDay, -WORKOUTS_READ_BEFORE_DAYS);
  const workouts = await listFinishedWorkoutsBetween(db, memberId, readFrom, lastDay);
  const checkIns = await listCheckInsBetween(db, memberId, addDays(firstDay, -1), lastDay);
  const checkUps = await checkUpsIn(db, memberId, window, preferences, options.disability);
  const publication = await publicationIn(db, window);
  const coachMessages = await loadCoachMessageEvents(db, memberId, window);
  return {
    timeline: {
      preferences,
      planMadeAt: new Date(row.created_at),
      daysPerWeek: plan.daysPerWeek,
      workouts: workouts.flatMap((workout) =>
        workout.finished_at ? [{ on: workout.date, finishedAt: new Date(workout.finished_at) }] : [],
      ),
      checkIns: checkIns.map((each) => ({
        workoutOn: each.workout_on,
        answeredAt: new Date(each.checked_in_at),
      })),
      pauses: await pausesIn(db, memberId, window, plan.pause?.since ?? null),
      events: [...checkUps, ...publication.events, ...coachMessages],
    },
    planStartedOn: plan.startedOn,
    titles: publication.titles,
  };
}
