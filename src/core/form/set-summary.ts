/**
 * A set's result, in the words of the set log: reps done, good reps, the faults seen, and the range level
 * the member consistently reached. A one-off flag in a long set is not yet a fault of the set.
 */
import type { CameraView, ExerciseId, FormFaultId } from '../catalogue/index.ts';
import type { BodySide } from './keypoints.ts';
import type { FormNote, FormRep } from './rep-result.ts';

export type FormWarning =
  /** No frame showed a person: "0 reps" would be a lie. */
  | 'no-person-seen'
  /** The member never held still at the start, so nothing could be measured against it. */
  | 'start-not-captured'
  /** The member was seen, but not from a view this exercise can be measured from. */
  | 'wrong-view';

export interface RepTally {
  completedReps: number;
  partialReps: number;
  goodReps: number;
  /** Completed reps past the member's level: done, and never good. 0 when no level was given. */
  pastLevelReps: number;
  /** The highest level reached by at least `CONSISTENT_SHARE` of the completed reps; 0 when none. */
  levelReached: number;
}

export interface FormSetSummary extends RepTally {
  exerciseId: ExerciseId;
  view: CameraView | 'unknown';
  /** Catalogue faults seen in at least two completed reps (or in the only one). */
  faults: FormFaultId[];
  notes: FormNote[];
  reps: FormRep[];
  /** Per leg, for the split squat; null for two-legged exercises. */
  sides: Record<BodySide, RepTally> | null;
  warnings: FormWarning[];
  framesAnalyzed: number;
  framesWithPerson: number;
}

/** "Consistently": four reps in five. */
export const CONSISTENT_SHARE = 0.8;

export function tallyReps(reps: readonly FormRep[]): RepTally {
  const completed = reps.filter((rep) => rep.isComplete);
  const levels = completed.map((rep) => rep.level).sort((a, b) => b - a);
  const needed = Math.ceil(CONSISTENT_SHARE * completed.length);
  return {
    completedReps: completed.length,
    partialReps: reps.length - completed.length,
    goodReps: completed.filter((rep) => rep.isGood).length,
    pastLevelReps: completed.filter((rep) => rep.notes.includes('past-target-level')).length,
    levelReached: needed > 0 ? (levels[needed - 1] ?? 0) : 0,
  };
}

/** Items seen in enough completed reps to be a pattern rather than one wobble (or camera jitter). */
function recurring<Item extends string>(
  reps: readonly FormRep[],
  itemsOf: (rep: FormRep) => readonly Item[],
) {
  const completed = reps.filter((rep) => rep.isComplete);
  const counts = new Map<Item, number>();
  for (const rep of completed) for (const item of itemsOf(rep)) counts.set(item, (counts.get(item) ?? 0) + 1);
  const needed = Math.min(2, completed.length);
  return [...counts].filter(([, count]) => count >= needed).map(([item]) => item);
}

export function summarizeSet(
  exerciseId: ExerciseId,
  view: CameraView | 'unknown',
  reps: readonly FormRep[],
  warnings: readonly FormWarning[],
  framesAnalyzed: number,
  framesWithPerson: number,
): FormSetSummary {
  const hasSides = reps.some((rep) => rep.side !== null);
  return {
    exerciseId,
    view,
    ...tallyReps(reps),
    faults: recurring(reps, (rep) => rep.faults),
    notes: recurring(reps, (rep) => rep.notes),
    reps: [...reps],
    sides: hasSides
      ? {
          left: tallyReps(reps.filter((rep) => rep.side === 'left')),
          right: tallyReps(reps.filter((rep) => rep.side === 'right')),
        }
      : null,
    warnings: [...warnings],
    framesAnalyzed,
    framesWithPerson,
  };
}
