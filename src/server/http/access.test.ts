import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT, HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { insertNotificationOnce } from '../db/repositories/notifications.ts';
import type { Role } from '../db/schema.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { type FakePushService, startFakePushService } from '../testing/fake-push-service.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { assessmentOf } from '../testing/training-fixtures.ts';

/**
 * The access rule of every endpoint, in one table: each route called by everyone who might call it, with
 * the exact answer each gets. A route added without a row here fails the last test.
 *
 * Every signed-in caller has the same history of their own (the safety questions, a plan, workouts,
 * measures, a first-week skip, a check-in and a snooze, 2–9 March), so an answer differs only by who asks. Routes that name
 * a member's object (a workout, a set, an id in the body) are called by everyone with the member's real
 * ids. `coach` is the member's coach, whom the member shares with; `unassignedCoach` coaches nobody.
 * On the member routes coaches and admins use their own data, as members do; the coach routes
 * (/api/coach/members/{memberId}/…) are called by everyone about the member, and once more by the coach
 * about a member of theirs who has stopped sharing (the last describe).
 */
const CALLERS = ['anonymous', 'member', 'otherMember', 'coach', 'unassignedCoach', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type SignedIn = Exclude<Caller, 'anonymous'>;
type Expected = Record<Caller, number>;

const ROLE_OF: Record<SignedIn, Role> = {
  member: 'member',
  otherMember: 'member',
  coach: 'coach',
  unassignedCoach: 'coach',
  admin: 'admin',
};

/** The member's real ids and what they stored under them, read back from the database. */
interface MemberIds {
  memberId: string;
  screenId: string;
  assessmentId: string;
  workout: { id: string; date: string; painBefore: number };
  set: { id: string; body: object };
  checkInId: string;
  measure: { id: string; instrumentId: string; takenOn: string; answers: unknown };
  snooze: { id: string; instrumentId: string; days: number };
  skip: { id: string; instrumentId: string; on: string };
  /** A message each way in the member's thread with their coach (none for a member without one). */
  messages: { fromCoach: string; fromMember: string };
  /** A notification in the member's in-app list. */
  notificationId: string;
}

interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string | ((member: MemberIds) => string);
  /** The path as the OpenAPI document names it, where the url fills in its parameters. */
  route?: string;
  body?: (member: MemberIds) => unknown;
  expected: Expected;
  /** The coach's answer when the member has stopped sharing with them (coach routes about a member). */
  expectedWhenNotSharing?: number;
  /** Called by a new account of the caller's role, for a route that would spoil the shared ones (erase). */
  asNewAccount?: boolean;
}

const everyone = (status: number): Expected => ({
  anonymous: status,
  member: status,
  otherMember: status,
  coach: status,
  unassignedCoach: status,
  admin: status,
});
/** Any signed-in account on its own data; coaches and admins as members. */
const ownData = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** The member's object: theirs to use; to anyone else it is not there (404) or its id is taken (409). */
const membersObject = (status: number, toOthers: 404 | 409): Expected => ({
  anonymous: 401,
  member: status,
  otherMember: toOthers,
  coach: toOthers,
  unassignedCoach: toOthers,
  admin: toOthers,
});
const adminOnly = (status: number): Expected => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coach: 403,
  unassignedCoach: 403,
  admin: status,
});
/** A coach route about the member: only their coach; another coach finds no such member. */
const membersCoach = (status: number): Expected => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coach: status,
  unassignedCoach: 404,
  admin: 403,
});

/** A coach's own work across their members (the caseload, the time summary): any coach, nobody else. */
const coachesOnly = (status: number): Expected => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coach: status,
  unassignedCoach: status,
  admin: 403,
});

/** Each caller resets their own private feed's link with this client-made id. */
const PRIVATE_FEED_RESET_ID = randomUUID();

/** The member's browser (inserted below): only the member may stop pushing to it. */
const MEMBERS_PUSH_SUBSCRIPTION_ID = randomUUID();

/** An alert raised for the member's coach (inserted below): only that coach may act on it. */
const MEMBERS_ALERT_ID = randomUUID();

/** What only members have: a coach of their own. */
const membersOnly = (status: number): Expected => ({
  anonymous: 401,
  member: status,
  otherMember: status,
  coach: 403,
  unassignedCoach: 403,
  admin: 403,
});

let inviteCount = 0;
const TODAY = '2026-03-09';
/** The call the coach logs on the member (at the moment they were assigned) and then removes. */
const LOGGED_CALL_ID = randomUUID();

/** Articles the coach (made an editor below) writes through the editor routes; nobody else may. */
const ARTICLE_ID = randomUUID();
const DRAFT_TO_DELETE_ID = randomUUID();
/** Only editors: the member's coach is made one; an admin is not one until granted. */
const editorsOnly = (status: number): Expected => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coach: status,
  unassignedCoach: 403,
  admin: 403,
});
const article = (path = '') => ({
  url: `/api/editor/articles/${ARTICLE_ID}${path}`,
  route: `/api/editor/articles/{articleId}${path.replace(/\/\d+/, '/{revision}')}`,
});

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/healthz', expected: everyone(200) },
  { method: 'GET', url: '/readyz', expected: everyone(200) },
  { method: 'GET', url: '/api/exercises', expected: everyone(200) },
  { method: 'GET', url: '/api/exercises/squat', route: '/api/exercises/{id}', expected: everyone(200) },
  { method: 'GET', url: '/api/red-flag-questions', expected: everyone(200) },
  { method: 'GET', url: '/api/measures/instruments', expected: everyone(200) },
  // The public feeds: the same feed for everyone, signed in or not (hidden from the API's document).
  { method: 'GET', url: '/feeds/podcast.xml', expected: everyone(200) },
  { method: 'GET', url: '/feeds/articles.xml', expected: everyone(200) },
  { method: 'GET', url: '/feeds/articles.json', expected: everyone(200) },

  { method: 'GET', url: '/api/me', expected: ownData(200) },
  {
    method: 'PUT',
    url: '/api/me/date-of-birth',
    body: () => ({ dateOfBirth: '1961-03-12' }),
    expected: ownData(200),
  },
  {
    method: 'POST',
    url: '/api/me/health-consent',
    body: () => ({ version: HEALTH_DATA_CONSENT.version }),
    expected: ownData(200),
  },
  // A new account, so the member keeps the consent the other routes need.
  { method: 'DELETE', url: '/api/me/health-consent', expected: ownData(200), asNewAccount: true },
  { method: 'GET', url: '/api/admin/accounts', expected: adminOnly(200) },
  { method: 'GET', url: '/api/admin/failed-mail', expected: adminOnly(200) },
  { method: 'GET', url: '/api/admin/subscribers', expected: adminOnly(200) },
  { method: 'GET', url: '/api/admin/subscribers.csv', expected: adminOnly(200) },
  {
    method: 'POST',
    url: '/api/admin/coach-invitations',
    body: () => ({ email: `coach${++inviteCount}@example.org`, name: 'New Coach' }),
    expected: adminOnly(201),
  },
  { method: 'GET', url: '/api/admin/coaches', expected: adminOnly(200) },
  { method: 'GET', url: '/api/admin/members', expected: adminOnly(200) },
  // The member's own coach again: nothing changes, so the coach routes below still answer the coach.
  {
    method: 'PUT',
    url: (member) => `/api/admin/members/${member.memberId}/coach`,
    route: '/api/admin/members/{memberId}/coach',
    body: () => ({ coachId: ids.coach }),
    expected: adminOnly(200),
  },
  // Membership. This server takes no card payments (no Stripe keys): paying is refused, 409, to all.
  { method: 'GET', url: '/api/membership', expected: everyone(200) },
  { method: 'GET', url: '/api/me/membership', expected: ownData(200) },
  {
    method: 'POST',
    url: '/api/me/membership/checkout',
    body: () => ({ interval: 'month' }),
    expected: ownData(409),
  },
  { method: 'POST', url: '/api/me/membership/portal', expected: ownData(409) },
  // The private podcast feed: membership is off here, so every account's tier includes it.
  { method: 'GET', url: '/api/me/podcast-feed', expected: ownData(200) },
  {
    method: 'POST',
    url: '/api/me/podcast-feed/reset',
    body: () => ({ id: PRIVATE_FEED_RESET_ID }),
    expected: ownData(200),
  },
  { method: 'GET', url: '/api/admin/podcast-feeds/shared', expected: adminOnly(200) },
  // A feed token is the only key to a private feed (hidden from the API's document): a wrong one is 404 to all.
  { method: 'GET', url: `/feeds/private/${'A'.repeat(43)}/podcast.xml`, expected: everyone(404) },
  { method: 'POST', url: '/api/billing/stripe-webhook', body: () => ({}), expected: everyone(409) },
  {
    method: 'PUT',
    url: '/api/admin/membership',
    body: () => ({
      currency: 'EUR',
      free: { name: 'Free', description: 'The start of the program.' },
      premium: { name: 'Premium', description: 'All of it.', monthlyPrice: 1200, yearlyPrice: 12000 },
      includes: { free: ['assessment'], premium: ['full-program', 'coach'] },
    }),
    expected: adminOnly(200),
  },
  {
    method: 'PUT',
    url: () => `/api/admin/members/${ids.otherMember}/comp`,
    route: '/api/admin/members/{memberId}/comp',
    body: () => ({ until: null, reason: 'Clinic staff' }),
    expected: adminOnly(200),
  },
  {
    method: 'DELETE',
    url: () => `/api/admin/members/${ids.otherMember}/comp`,
    route: '/api/admin/members/{memberId}/comp',
    expected: adminOnly(200),
  },
  { method: 'GET', url: '/api/admin/membership/members', expected: adminOnly(200) },
  { method: 'GET', url: '/api/admin/membership/revenue', expected: adminOnly(200) },
  // The other member has no coach to take away: the same answer however often it is asked.
  {
    method: 'DELETE',
    url: () => `/api/admin/members/${ids.otherMember}/coach`,
    route: '/api/admin/members/{memberId}/coach',
    expected: adminOnly(200),
  },

  // The member's screen id again is a retry (200); from anyone else it is an id already used.
  {
    method: 'POST',
    url: '/api/red-flag-screens',
    body: (member) => ({ id: member.screenId, answers: noRedFlags(), context: 'onboarding' }),
    expected: membersObject(200, 409),
  },
  {
    method: 'POST',
    url: '/api/plan',
    body: (member) => ({ id: member.assessmentId, today: TODAY, assessment: assessmentOf() }),
    expected: membersObject(200, 409),
  },
  { method: 'GET', url: '/api/plan', expected: ownData(200) },
  {
    method: 'PUT',
    url: '/api/plan/settings',
    body: () => ({ weightUnit: 'lb' }),
    expected: ownData(200),
  },
  { method: 'GET', url: '/api/decisions', expected: ownData(200) },
  { method: 'GET', url: '/api/safety-hold', expected: ownData(200) },
  // Nobody is on hold: there is nothing to clear.
  {
    method: 'POST',
    url: '/api/safety-hold/clearance',
    body: () => ({ id: randomUUID(), assessedOn: '2026-03-02' }),
    expected: ownData(409),
  },

  { method: 'GET', url: '/api/workouts/next', expected: ownData(200) },
  { method: 'GET', url: '/api/workouts', expected: ownData(200) },
  {
    method: 'POST',
    url: '/api/workouts',
    body: (member) => ({
      id: member.workout.id,
      date: member.workout.date,
      painBefore: member.workout.painBefore,
    }),
    expected: membersObject(200, 409),
  },
  {
    method: 'GET',
    url: (member) => `/api/workouts/${member.workout.id}`,
    route: '/api/workouts/{workoutId}',
    expected: membersObject(200, 404),
  },
  {
    method: 'PUT',
    url: (member) => `/api/workouts/${member.workout.id}/sets/${member.set.id}`,
    route: '/api/workouts/{workoutId}/sets/{setId}',
    body: (member) => member.set.body,
    expected: membersObject(200, 404),
  },
  // Finished already: the member gets the first result again.
  {
    method: 'POST',
    url: (member) => `/api/workouts/${member.workout.id}/finish`,
    route: '/api/workouts/{workoutId}/finish',
    body: () => ({ effort: 'easy' }),
    expected: membersObject(200, 404),
  },
  {
    method: 'POST',
    url: '/api/check-ins',
    body: (member) => ({ id: member.checkInId, workoutOn: member.workout.date, pain: 2 }),
    expected: membersObject(200, 409),
  },

  { method: 'GET', url: '/api/measures', expected: ownData(200) },
  { method: 'GET', url: '/api/measures/due', expected: ownData(200) },
  {
    method: 'GET',
    url: '/api/measures/pain',
    route: '/api/measures/{instrumentId}',
    expected: ownData(200),
  },
  {
    method: 'POST',
    url: '/api/measures',
    body: (member) => member.measure,
    expected: membersObject(200, 409),
  },
  {
    method: 'POST',
    url: '/api/measures/snoozes',
    body: (member) => member.snooze,
    expected: membersObject(200, 409),
  },
  {
    method: 'POST',
    url: '/api/measures/skips',
    body: (member) => member.skip,
    expected: membersObject(200, 409),
  },
  { method: 'GET', url: '/api/progress', expected: ownData(200) },
  { method: 'GET', url: '/api/milestones', expected: ownData(200) },

  { method: 'GET', url: '/api/me/notification-settings', expected: ownData(200) },
  {
    method: 'PUT',
    url: '/api/me/notification-settings',
    body: () => ({
      timeZone: 'Europe/London',
      reminderTime: '18:00',
      quietHours: { start: '21:00', end: '08:00' },
      weeklyCap: 5,
      off: ['publication'],
      byEmail: false,
    }),
    expected: ownData(200),
  },
  { method: 'GET', url: '/api/me/notifications', expected: ownData(200) },
  {
    method: 'POST',
    url: (member) => `/api/me/notifications/${member.notificationId}/read`,
    route: '/api/me/notifications/{id}/read',
    expected: membersObject(200, 404),
  },
  { method: 'POST', url: '/api/me/notifications/read-all', expected: ownData(200) },
  {
    method: 'POST',
    url: '/api/milestones/seen',
    body: () => ({ keys: ['first-workout'], today: TODAY }),
    expected: ownData(200),
  },

  {
    method: 'PUT',
    url: '/api/me/coach-sharing',
    body: () => ({ version: COACH_SHARING_CONSENT.version }),
    expected: ownData(200),
  },
  { method: 'GET', url: '/api/me/coach', expected: membersOnly(200) },
  { method: 'POST', url: '/api/me/coach-request', expected: membersOnly(200) },
  { method: 'GET', url: '/api/coach/profile', expected: coachesOnly(200) },
  {
    method: 'PUT',
    url: '/api/coach/profile',
    body: () => ({ intro: 'I have coached people back to lifting for ten years.' }),
    expected: coachesOnly(200),
  },
  // A new account, so the member keeps sharing with their coach for the coach routes.
  { method: 'DELETE', url: '/api/me/coach-sharing', expected: ownData(200), asNewAccount: true },
  { method: 'GET', url: '/api/coach/caseload', expected: coachesOnly(200) },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/plan`,
    route: '/api/coach/members/{memberId}/plan',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'POST',
    url: (member) => `/api/coach/members/${member.memberId}/time`,
    route: '/api/coach/members/{memberId}/time',
    body: () => ({
      id: LOGGED_CALL_ID,
      kind: 'call',
      minutes: 12,
      interactive: true,
      at: `${TODAY}T08:00:00Z`,
    }),
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/time`,
    route: '/api/coach/members/{memberId}/time',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'DELETE',
    url: (member) => `/api/coach/members/${member.memberId}/time/${LOGGED_CALL_ID}`,
    route: '/api/coach/members/{memberId}/time/{actionId}',
    expected: membersCoach(204),
    expectedWhenNotSharing: 403,
  },
  { method: 'GET', url: '/api/coach/time', expected: coachesOnly(200) },
  {
    method: 'GET',
    url: '/api/coach/time.csv?month=2026-03',
    route: '/api/coach/time.csv',
    expected: coachesOnly(200),
  },
  // A pause, which the member's plan takes once: only the member's coach gets that far.
  {
    method: 'POST',
    url: (member) => `/api/coach/members/${member.memberId}/plan-changes`,
    route: '/api/coach/members/{memberId}/plan-changes',
    body: () => ({ id: randomUUID(), reason: 'a quiet week after the long trip', change: { kind: 'pause' } }),
    expected: membersCoach(201),
    expectedWhenNotSharing: 403,
  },

  // Each caller's own thread; only the member has a coach to write to (the others get 409 no-coach).
  { method: 'GET', url: '/api/me/messages', expected: ownData(200) },
  {
    method: 'POST',
    url: '/api/me/messages',
    body: () => ({ id: randomUUID(), body: 'A question about my plan' }),
    expected: { ...ownData(409), member: 201 },
  },
  // The coach's message is in the member's thread only.
  {
    method: 'POST',
    url: '/api/me/messages/read',
    body: (member) => ({ upTo: member.messages.fromCoach }),
    expected: membersObject(200, 404),
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/messages`,
    route: '/api/coach/members/{memberId}/messages',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'POST',
    url: (member) => `/api/coach/members/${member.memberId}/messages`,
    route: '/api/coach/members/{memberId}/messages',
    body: () => ({ id: randomUUID(), body: 'Well done this week' }),
    expected: membersCoach(201),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'POST',
    url: (member) => `/api/coach/members/${member.memberId}/messages/read`,
    route: '/api/coach/members/{memberId}/messages/read',
    body: (member) => ({ upTo: member.messages.fromMember }),
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  { method: 'GET', url: '/api/coach/alerts', expected: coachesOnly(200) },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/alerts`,
    route: '/api/coach/members/{memberId}/alerts',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'POST',
    url: `/api/coach/alerts/${MEMBERS_ALERT_ID}/acknowledge`,
    route: '/api/coach/alerts/{alertId}/acknowledge',
    expected: membersCoach(200),
  },
  {
    method: 'POST',
    url: `/api/coach/alerts/${MEMBERS_ALERT_ID}/resolve`,
    route: '/api/coach/alerts/{alertId}/resolve',
    body: () => ({ note: 'Called them: a hard day at work, back to normal.' }),
    expected: membersCoach(200),
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/profile`,
    route: '/api/coach/members/{memberId}/profile',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/progress`,
    route: '/api/coach/members/{memberId}/progress',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/workouts`,
    route: '/api/coach/members/{memberId}/workouts',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/workouts/${member.workout.id}`,
    route: '/api/coach/members/{memberId}/workouts/{workoutId}',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/decisions`,
    route: '/api/coach/members/{memberId}/decisions',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/measures`,
    route: '/api/coach/members/{memberId}/measures',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/measures/due`,
    route: '/api/coach/members/{memberId}/measures/due',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },
  {
    method: 'GET',
    url: (member) => `/api/coach/members/${member.memberId}/measures/pain`,
    route: '/api/coach/members/{memberId}/measures/{instrumentId}',
    expected: membersCoach(200),
    expectedWhenNotSharing: 403,
  },

  // Writing articles, in the order an editor would: each move succeeds for the coach (an editor) only.
  {
    method: 'POST',
    url: '/api/editor/articles',
    body: () => ({ id: ARTICLE_ID, title: 'Knees out' }),
    expected: editorsOnly(201),
  },
  {
    method: 'POST',
    url: '/api/editor/articles',
    body: () => ({ id: DRAFT_TO_DELETE_ID, title: 'A draft' }),
    expected: editorsOnly(201),
  },
  { method: 'GET', url: '/api/editor/articles', expected: editorsOnly(200) },
  { method: 'GET', ...article(), expected: editorsOnly(200) },
  {
    method: 'PUT',
    ...article(),
    body: () => ({ baseRevision: 1, title: 'Knees out!' }),
    expected: editorsOnly(200),
  },
  { method: 'GET', ...article('/revisions'), expected: editorsOnly(200) },
  { method: 'GET', ...article('/revisions/1'), expected: editorsOnly(200) },
  {
    method: 'POST',
    ...article('/revisions/1/restore'),
    body: () => ({ baseRevision: 2 }),
    expected: editorsOnly(200),
  },
  { method: 'POST', ...article('/schedule'), expected: editorsOnly(200) },
  { method: 'POST', ...article('/unschedule'), expected: editorsOnly(200) },
  { method: 'POST', ...article('/publish'), expected: editorsOnly(200) },
  { method: 'POST', ...article('/unpublish'), expected: editorsOnly(200) },
  {
    method: 'DELETE',
    url: `/api/editor/articles/${DRAFT_TO_DELETE_ID}`,
    route: '/api/editor/articles/{articleId}',
    expected: editorsOnly(200),
  },
  { method: 'GET', url: '/api/admin/editors', expected: adminOnly(200) },
  // The coach is an editor already (granting again changes nothing); the unassigned coach is none to remove.
  {
    method: 'PUT',
    url: () => `/api/admin/accounts/${ids.coach}/editor`,
    route: '/api/admin/accounts/{accountId}/editor',
    expected: adminOnly(200),
  },
  {
    method: 'DELETE',
    url: () => `/api/admin/accounts/${ids.unassignedCoach}/editor`,
    route: '/api/admin/accounts/{accountId}/editor',
    expected: adminOnly(200),
  },

  // The Learn tab: the publication's articles in an order for the member's own phase and plan.
  { method: 'GET', url: '/api/learn', expected: membersOnly(200) },
  {
    method: 'GET',
    url: '/api/learn/exercises/squat',
    route: '/api/learn/exercises/{exerciseId}',
    expected: everyone(200),
  },

  { method: 'GET', url: '/api/me/export', expected: ownData(200) },
  {
    method: 'GET',
    url: '/api/me/export.csv?table=sets',
    route: '/api/me/export.csv',
    expected: ownData(200),
  },
  { method: 'GET', url: '/api/me/export/fhir', expected: ownData(200) },
  {
    method: 'DELETE',
    url: '/api/me',
    body: () => ({ password: 'correct horse battery' }),
    expected: ownData(200),
    asNewAccount: true,
  },
  // Uploads and episodes are for editors: of the callers here, the member's coach (made one above).
  {
    method: 'POST',
    url: '/api/editor/media?kind=chapters',
    route: '/api/editor/media',
    body: () => ({ version: '1.2.0', chapters: [{ startTime: 0, title: 'Welcome' }] }),
    expected: editorsOnly(201),
  },
  ...((): Endpoint[] => {
    const episodeId = '0b5e7c1e-93c4-4f43-9d0f-6f1b1f0e2a11';
    const notEditors = editorsOnly(200);
    const episode = `/api/editor/episodes/${episodeId}`;
    const route = '/api/editor/episodes/{episodeId}';
    return [
      { method: 'GET', url: '/api/editor/episodes', expected: notEditors },
      {
        method: 'POST',
        url: '/api/editor/episodes',
        body: () => ({ id: episodeId, title: 'Sitting at work' }),
        expected: editorsOnly(201),
      },
      { method: 'GET', url: episode, route, expected: notEditors },
      {
        method: 'PUT',
        url: episode,
        route,
        body: () => ({
          title: 'Sitting at work',
          summary: '',
          notesMarkdown: '',
          season: 1,
          number: null,
          explicit: false,
          articleId: null,
          mediaId: null,
          posterMediaId: null,
          artworkMediaId: null,
          transcriptMediaId: null,
          chaptersMediaId: null,
        }),
        expected: notEditors,
      },
      {
        method: 'POST',
        url: `${episode}/schedule`,
        route: `${route}/schedule`,
        body: () => ({}),
        // Past access, the episode has no audio yet: the editor is told so (409).
        expected: editorsOnly(409),
      },
      ...(['unschedule', 'publish', 'unpublish'] as const).map((move) => ({
        method: 'POST' as const,
        url: `${episode}/${move}`,
        route: `${route}/${move}`,
        expected: editorsOnly(move === 'publish' ? 409 : 200),
      })),
    ];
  })(),
  // Web Push: each caller's own new browser; the member's subscription (inserted below) is theirs alone.
  { method: 'GET', url: '/api/push/key', expected: everyone(200) },
  {
    method: 'POST',
    url: '/api/me/push-subscriptions',
    body: () => pushService.subscribe(),
    expected: ownData(200),
  },
  { method: 'GET', url: '/api/me/push-subscriptions', expected: ownData(200) },
  {
    method: 'DELETE',
    url: `/api/me/push-subscriptions/${MEMBERS_PUSH_SUBSCRIPTION_ID}`,
    route: '/api/me/push-subscriptions/{id}',
    expected: membersObject(200, 404),
  },
  {
    method: 'POST',
    url: '/api/publication/push-subscriptions',
    body: () => pushService.subscribe(),
    expected: everyone(200),
  },
  {
    method: 'POST',
    url: '/api/publication/push-subscriptions/end',
    body: () => ({ endpoint: pushService.subscribe().endpoint }),
    expected: everyone(200),
  },
  // Last: it ends the caller's other login sessions (there are none).
  {
    method: 'POST',
    url: '/api/auth/change-password',
    body: () => ({ currentPassword: 'correct horse battery', newPassword: 'correct horse battery' }),
    expected: ownData(200),
  },
];

/**
 * Account endpoints anyone may call (they are how one gets a login session); tested in auth-routes.test.ts
 * and sign-up.test.ts.
 */
const OPEN_ACCOUNT_ENDPOINTS = [
  'POST /api/auth/sign-up/email',
  'GET /api/auth/verify-email',
  'POST /api/auth/send-verification-email',
  'POST /api/auth/sign-in/email',
  'POST /api/auth/sign-out',
  'POST /api/auth/request-password-reset',
  'POST /api/auth/reset-password',
];

let server: TestServer;
/** Where the callers' browsers subscribe: a local push service, so no push leaves this machine. */
let pushService: FakePushService;
let now = new Date('2026-03-02T08:00:00Z');
const cookies = {} as Record<SignedIn, string>;
const ids = {} as Record<SignedIn, string>;
let member: MemberIds;
/** A member of the coach's who has stopped sharing, with the same history. */
let notSharing: MemberIds;

async function memberIdsOf(userId: string): Promise<MemberIds> {
  const db = server.database.db;
  const screen = await db
    .selectFrom('red_flag_screens')
    .select('id')
    .where('user_id', '=', userId)
    .where('context', '=', 'onboarding')
    .executeTakeFirstOrThrow();
  const assessment = await db
    .selectFrom('assessments')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const workout = await db
    .selectFrom('workouts')
    .select(['id', 'date', 'pain_before'])
    .where('user_id', '=', userId)
    .orderBy('date')
    .executeTakeFirstOrThrow();
  const set = await db
    .selectFrom('set_logs')
    .selectAll()
    .where('workout_id', '=', workout.id)
    .orderBy('logged_at')
    .executeTakeFirstOrThrow();
  const checkIn = await db
    .selectFrom('check_ins')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const measure = await db
    .selectFrom('measures')
    .select(['id', 'instrument_id', 'taken_on', 'answers'])
    .where('user_id', '=', userId)
    .where('instrument_id', '=', 'pain')
    .executeTakeFirstOrThrow();
  const snooze = await db
    .selectFrom('measure_snoozes')
    .select(['id', 'instrument_id', 'days'])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const skip = await db
    .selectFrom('measure_skips')
    .select(['id', 'instrument_id', 'skipped_on'])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const notificationId = randomUUID();
  await insertNotificationOnce(db, {
    id: notificationId,
    memberId: userId,
    kind: 'workout-reminder',
    cause: `workout-reminder:${workout.date}`,
    title: 'Time for your workout',
    body: 'Your workout for today is ready.',
    path: '/today',
    sentAt: now,
  });
  return {
    memberId: userId,
    screenId: screen.id,
    assessmentId: assessment.id,
    workout: { id: workout.id, date: workout.date, painBefore: workout.pain_before },
    set: {
      id: set.id,
      body: {
        exerciseId: set.exercise_id,
        reps: set.reps,
        level: set.level,
        load: set.load,
        pain: set.pain,
        faults: set.faults,
      },
    },
    checkInId: checkIn.id,
    measure: {
      id: measure.id,
      instrumentId: measure.instrument_id,
      takenOn: measure.taken_on,
      answers: measure.answers,
    },
    snooze: { id: snooze.id, instrumentId: snooze.instrument_id, days: snooze.days },
    skip: { id: skip.id, instrumentId: skip.instrument_id, on: skip.skipped_on },
    messages: { fromCoach: randomUUID(), fromMember: randomUUID() },
    notificationId,
  };
}

/** The coach writes to the member and the member answers, straight into the table (the routes are under test). */
async function startThread(about: MemberIds, coachId: string): Promise<void> {
  const thread = { member_id: about.memberId, coach_id: coachId, sent_at: now };
  await server.database.db
    .insertInto('messages')
    .values([
      { ...thread, id: about.messages.fromCoach, sender: 'coach', body: 'How are the bridges going?' },
      { ...thread, id: about.messages.fromMember, sender: 'member', body: 'Better, thanks.' },
    ])
    .execute();
}

beforeAll(async () => {
  pushService = await startFakePushService();
  server = await startTestServer({ clock: () => now, pushService });
  const setNow = (moment: string) => {
    now = new Date(moment);
  };
  for (const caller of ['member', 'otherMember', 'coach', 'unassignedCoach', 'admin'] as const) {
    const { cookie, userId } = await signUp(server.app, { email: `${caller}@example.org` });
    await server.database.db
      .updateTable('users')
      .set({ role: ROLE_OF[caller] })
      .where('id', '=', userId)
      .execute();
    await recordEverything(server.app, cookie, setNow);
    cookies[caller] = cookie;
    ids[caller] = userId;
    if (caller === 'member') member = await memberIdsOf(userId);
  }
  const former = await signUp(server.app, { email: 'not-sharing@example.org' });
  await recordEverything(server.app, former.cookie, setNow);
  notSharing = await memberIdsOf(former.userId);
  await giveCoach(server.database.db, { memberId: ids.member, coachId: ids.coach, at: now });
  await giveCoach(server.database.db, { memberId: former.userId, coachId: ids.coach, at: now });
  await startThread(member, ids.coach);
  await startThread(notSharing, ids.coach);
  await server.database.db
    .insertInto('coach_alerts')
    .values({
      id: MEMBERS_ALERT_ID,
      member_id: ids.member,
      cause: 'workout:access-matrix:critical',
      kind: 'severe-pain',
      severity: 'critical',
      reason: 'Pain 7/10 during a squat set on Mon 2 Mar.',
      evidence: JSON.stringify({ label: 'The workout', href: `/coach/members/${ids.member}/workouts` }),
      raised_at: now,
    })
    .execute();
  await server.app.inject({
    method: 'DELETE',
    url: '/api/me/coach-sharing',
    headers: { cookie: former.cookie },
  });
  setNow(`${TODAY}T08:00:00Z`);
});
afterAll(async () => {
  await server.close();
  await pushService.close();
});

/** The member's browser, which only the member may stop pushing to. */
beforeAll(async () => {
  const browser = pushService.subscribe();
  await server.database.db
    .insertInto('push_subscriptions')
    .values({
      id: MEMBERS_PUSH_SUBSCRIPTION_ID,
      user_id: ids.member,
      endpoint: browser.endpoint,
      ...browser.keys,
      created_at: now,
    })
    .execute();
});

/** The member's coach is an editor, so the editor routes have one caller who may use them. */
beforeAll(async () => {
  await server.database.db
    .updateTable('users')
    .set({ editor_since: now })
    .where('id', '=', ids.coach)
    .execute();
});

let newAccountCount = 0;

async function cookieOf(endpoint: Endpoint, caller: SignedIn): Promise<string> {
  if (!endpoint.asNewAccount) return cookies[caller];
  const { cookie, userId } = await signUp(server.app, { email: `new-${++newAccountCount}@example.org` });
  await server.database.db
    .updateTable('users')
    .set({ role: ROLE_OF[caller] })
    .where('id', '=', userId)
    .execute();
  return cookie;
}

async function call(endpoint: Endpoint, caller: Caller, about: MemberIds = member) {
  return server.app.inject({
    method: endpoint.method,
    url: typeof endpoint.url === 'string' ? endpoint.url : endpoint.url(about),
    headers: caller === 'anonymous' ? {} : { cookie: await cookieOf(endpoint, caller) },
    ...(endpoint.method !== 'GET' ? { payload: (endpoint.body?.(about) ?? {}) as object } : {}),
  });
}

const nameOf = (endpoint: Endpoint) => `${endpoint.method} ${endpoint.route ?? endpoint.url}`;

describe.each(ENDPOINTS.map((endpoint) => ({ name: nameOf(endpoint), endpoint })))(
  '$name',
  ({ endpoint }) => {
    it.each(CALLERS)('as %s', async (caller) => {
      const response = await call(endpoint, caller);
      expect(response.statusCode, response.body).toBe(endpoint.expected[caller]);
      if (response.statusCode >= 400) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });
    const whenNotSharing = endpoint.expectedWhenNotSharing;
    if (whenNotSharing) {
      it('as the coach, about a member who has stopped sharing (nothing of theirs in the answer)', async () => {
        const response = await call(endpoint, 'coach', notSharing);
        expect(response.statusCode, response.body).toBe(whenNotSharing);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        // `instance` repeats the path asked for, which may carry an id the coach named themselves.
        const { instance: _asked, ...answer } = response.json();
        expect(JSON.stringify(answer)).not.toContain(notSharing.workout.id);
      });
    }
  },
);

it('every coach route about a member says what a coach who lost sharing gets', () => {
  const aboutAMember = ENDPOINTS.filter((endpoint) => nameOf(endpoint).includes('/api/coach/members/{'));
  expect(aboutAMember.length).toBeGreaterThan(0);
  expect(aboutAMember.filter((endpoint) => !endpoint.expectedWhenNotSharing).map(nameOf)).toEqual([]);
});

it('every documented route has an access rule in this file', async () => {
  const document = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const covered = new Set([...ENDPOINTS.map(nameOf), ...OPEN_ACCOUNT_ENDPOINTS]);
  expect(documented.filter((route) => !covered.has(route))).toEqual([]);
});
