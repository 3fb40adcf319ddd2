/**
 * The training API's reads, and the writes whose answer a screen needs before it can go on (they are not
 * queued offline). The shapes are the contract's (src/contract/program.ts and training.ts), imported as
 * types only, so neither Zod nor the engine's code is bundled for the screens that only show what the
 * server decided.
 */
import type {
  DecisionList,
  ProgramSettings,
  ProgramView,
  RedFlagQuestionList,
  SafetyHoldAnswer,
  StartedProgram,
  StartProgramBody,
} from '../../contract/program.ts';
import type { WhatIsNext, Workout, WorkoutList } from '../../contract/training.ts';
import { get, post, put } from './client.ts';

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

export const training = {
  program: (today: string) => get<ProgramView>(withToday('/api/program', today)),
  startProgram: (body: StartProgramBody) => post<StartedProgram>('/api/program', body),
  changeSettings: (change: ProgramSettings, today: string) =>
    put<ProgramView>(withToday('/api/program/settings', today), change),
  decisions: (limit = 200) => get<DecisionList>(`/api/decisions?limit=${limit}`),
  safetyHold: () => get<SafetyHoldAnswer>('/api/safety-hold'),
  redFlagQuestions: () => get<RedFlagQuestionList>('/api/red-flag-questions'),
  next: (today: string) => get<WhatIsNext>(withToday('/api/workouts/next', today)),
  workouts: (limit = 100) => get<WorkoutList>(`/api/workouts?limit=${limit}`),
  workout: (id: string) => get<Workout>(`/api/workouts/${encodeURIComponent(id)}`),
};
