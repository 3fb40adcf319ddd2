/**
 * The training API's reads, and the writes whose answer a screen needs before it can go on (they are not
 * queued offline). The shapes are the contract's (src/contract/plan.ts and training.ts), imported as
 * types only, so neither Zod nor the engine's code is bundled for the screens that only show what the
 * server decided.
 */
import type {
  DecisionList,
  PlanSettings,
  PlanView,
  RedFlagQuestionList,
  SafetyHoldAnswer,
  StartedPlan,
  StartPlanBody,
} from '../../contract/plan.ts';
import type { WhatIsNext, Workout, WorkoutList } from '../../contract/training.ts';
import { get, post, put } from './client.ts';
import { type MemberId, memberApiPath, OWN } from './member-paths.ts';

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

export const training = {
  // The reads a coach shares with the member take the member's id (OWN: the signed-in member's own).
  plan: (today: string, memberId: MemberId = OWN) =>
    get<PlanView>(memberApiPath(memberId, '/plan', { today })),
  startPlan: (body: StartPlanBody) => post<StartedPlan>('/api/plan', body),
  changeSettings: (change: PlanSettings, today: string) =>
    put<PlanView>(withToday('/api/plan/settings', today), change),
  decisions: (limit = 200, memberId: MemberId = OWN) =>
    get<DecisionList>(memberApiPath(memberId, '/decisions', { limit })),
  safetyHold: () => get<SafetyHoldAnswer>('/api/safety-hold'),
  redFlagQuestions: () => get<RedFlagQuestionList>('/api/red-flag-questions'),
  next: (today: string) => get<WhatIsNext>(withToday('/api/workouts/next', today)),
  workouts: (limit = 100, memberId: MemberId = OWN) =>
    get<WorkoutList>(memberApiPath(memberId, '/workouts', { limit })),
  workout: (id: string, memberId: MemberId = OWN) =>
    get<Workout>(memberApiPath(memberId, `/workouts/${encodeURIComponent(id)}`)),
};
