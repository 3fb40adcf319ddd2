/**
 * The training API as the web app sees it (see src/server/http/program-routes.ts and workout-routes.ts).
 * Shapes come from the engine's own types, imported as types only, so none of its code (nor Zod) is
 * bundled for the screens that only show what the server decided.
 */
import type { Load } from '../../core/catalogue/types.ts';
import type { Decision } from '../../core/engine/decision.ts';
import type { HeldWorkout, SafetyHold } from '../../core/engine/safety-hold.ts';
import type { Assessment, Effort, MemberEquipment, Plan, SetLog } from '../../core/engine/schemas.ts';
import type { NextWorkout, Prescription } from '../../core/engine/workout.ts';
import type { RedFlagAnswers } from '../../core/red-flags/questions.ts';
import type { ScreenResult } from '../../core/red-flags/screen.ts';
import { get, post, put } from './client.ts';

export type {
  Decision,
  Effort,
  Load,
  MemberEquipment,
  NextWorkout,
  Plan,
  Prescription,
  SafetyHold,
  ScreenResult,
  SetLog,
};

export interface ProgramView {
  plan: Plan;
  phase: { number: number; name: string; focus: string; next: { phase: number; unmet: string[] } | null };
  pauseMessage: string | null;
}

export interface StartedProgram extends ProgramView {
  screen: ScreenResult;
  decisions: Decision[];
}

export interface LoggedSet extends SetLog {
  id: string;
  loggedAt: string;
}

export interface Workout {
  id: string;
  date: string;
  status: 'in-progress' | 'finished';
  painBefore: number;
  effort: Effort | null;
  newSymptoms: boolean | null;
  prescription: Prescription[];
  sets: LoggedSet[];
  startedAt: string;
  finishedAt: string | null;
  decisions: Decision[];
}

export interface WhatIsNext {
  inProgress: Workout | null;
  /** 'held' while the account is on a safety hold (the hold screen covers every screen then). */
  next: NextWorkout | HeldWorkout;
}

export interface StoredDecision extends Decision {
  id: string;
  /** What made it: 'assessment', 'workout', 'check-in', 'screen' or 'cleared'. */
  source: string;
  sourceId: string;
  madeAt: string;
}

export interface RedFlagQuestionView {
  id: keyof RedFlagAnswers;
  category: string;
  text: string;
  sign: string;
}

export type AssessmentInput = Assessment;

export interface SettingsChange {
  daysPerWeek?: number;
  weightUnit?: 'kg' | 'lb';
  equipment?: MemberEquipment;
}

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

/** Reads, and the writes whose answer a screen needs before it can go on (they are not queued offline). */
export const training = {
  program: (today: string) => get<ProgramView>(withToday('/api/program', today)),
  startProgram: (body: { id: string; today: string; assessment: AssessmentInput }) =>
    post<StartedProgram>('/api/program', body),
  changeSettings: (change: SettingsChange, today: string) =>
    put<ProgramView>(withToday('/api/program/settings', today), change),
  decisions: (limit = 200) => get<{ decisions: StoredDecision[] }>(`/api/decisions?limit=${limit}`),
  safetyHold: () => get<{ hold: SafetyHold | null }>('/api/safety-hold'),
  redFlagQuestions: () => get<{ questions: RedFlagQuestionView[] }>('/api/red-flag-questions'),
  next: (today: string) => get<WhatIsNext>(withToday('/api/workouts/next', today)),
  workouts: (limit = 100) => get<{ workouts: Workout[] }>(`/api/workouts?limit=${limit}`),
  workout: (id: string) => get<Workout>(`/api/workouts/${encodeURIComponent(id)}`),
};
