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

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

export const training = {
  plan: (today: string) => get<PlanView>(withToday('/api/plan', today)),
  startPlan: (body: StartPlanBody) => post<StartedPlan>('/api/plan', body),
  changeSettings: (change: PlanSettings, today: string) =>
    put<PlanView>(withToday('/api/plan/settings', today), change),
  decisions: (limit = 200) => get<DecisionList>(`/api/decisions?limit=${limit}`),
  safetyHold: () => get<SafetyHoldAnswer>('/api/safety-hold'),
  redFlagQuestions: () => get<RedFlagQuestionList>('/api/red-flag-questions'),
  next: (today: string) => get<WhatIsNext>(withToday('/api/workouts/next', today)),
  workouts: (limit = 100) => get<WorkoutList>(`/api/workouts?limit=${limit}`),
  workout: (id: string) => get<Workout>(`/api/workouts/${encodeURIComponent(id)}`),
};
