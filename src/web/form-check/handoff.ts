/**
 * How a form check's result reaches the set log. The workout opens the form check for the exercise in
 * hand (`formCheckPath`); the form check, when the member taps "Use these results", leaves the numbers here
 * and goes back; the workout takes them (once) and opens the set's details filled in, for the member to
 * confirm. Only numbers travel: never an image or a keypoint.
 *
 * Kept in sessionStorage: it survives the navigation and a reload of the tab, and dies with the tab.
 */
import type { ExerciseId, FormFaultId } from '../../core/catalogue/types.ts';
import type { FormSetSummary } from '../../core/form/set-summary.ts';

export interface FormCheckResult {
  exerciseId: ExerciseId;
  /** Completed reps; a rep that went down and did not come back up is partial and not counted. */
  reps: number;
  /** Never counts a rep past the member's level: those are done, not good. */
  goodReps: number;
  /** Completed reps that went past the member's level. */
  pastLevelReps: number;
  partialReps: number;
  faults: FormFaultId[];
  /** The range level consistently reached; 0 when short of level 1 or when no rep was completed. */
  levelReached: number;
  mode: 'live' | 'recording';
  /** ISO time the member finished the check. */
  finishedAt: string;
}

const STORAGE_KEY = 'backstrong.form-check-result';

export function formCheckResultFrom(
  summary: FormSetSummary,
  mode: FormCheckResult['mode'],
  finishedAt: Date,
): FormCheckResult {
  return {
    exerciseId: summary.exerciseId,
    reps: summary.completedReps,
    goodReps: summary.goodReps,
    pastLevelReps: summary.pastLevelReps,
    partialReps: summary.partialReps,
    faults: [...summary.faults],
    levelReached: summary.levelReached,
    mode,
    finishedAt: finishedAt.toISOString(),
  };
}

/** The form check for one exercise, returning to `returnTo` (a path in the app) with its result. */
export function formCheckPath(exerciseId: ExerciseId, returnTo?: string): string {
  const base = `/form-check/${encodeURIComponent(exerciseId)}`;
  return returnTo ? `${base}?return=${encodeURIComponent(returnTo)}` : base;
}

/** Where the form check should go back to: only a path inside the app, never another site. */
export function returnPathFrom(search: string): string | null {
  const value = new URLSearchParams(search).get('return');
  // "//host" and "/\\host" would leave the app: browsers read both as another site.
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function leaveFormCheckResult(result: FormCheckResult): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify(result));
}

/** The waiting result for this exercise, removed as it is taken; null when there is none. */
export function takeFormCheckResult(exerciseId: ExerciseId): FormCheckResult | null {
  const store = storage();
  const raw = store?.getItem(STORAGE_KEY);
  if (!store || !raw) return null;
  try {
    const result = JSON.parse(raw) as FormCheckResult;
    if (result.exerciseId !== exerciseId) return null;
    store.removeItem(STORAGE_KEY);
    return result;
  } catch {
    store.removeItem(STORAGE_KEY);
    return null;
  }
}
