/**
 * The camera form check as a way to log a set: the link that opens it for the exercise in hand, the set
 * details its result fills in for the member to check, and how a logged set's reps read. Pure, so the
 * numbers can be tested without a browser.
 */

import type { Prescription, SetLog } from '../../contract/training.ts';
import { getExercise } from '../../core/catalogue/index.ts';
import { FORM_FAULT_IDS, type FormFaultId } from '../../core/catalogue/types.ts';
import { levelNameInSentence } from '../../core/form/target-level.ts';
import { type FormCheckResult, formCheckPath } from '../form-check/handoff.ts';

/** Where the workout lives: the form check comes back here with its result. */
export const WORKOUT_PATH = '/workout';

/** The most reps one set can hold (the API's limit). */
const MOST_REPS = 100;

/** The form check for this exercise, measuring against today's level, coming back to the workout. */
export function formCheckLinkFor(item: Prescription): string {
  return `${formCheckPath(item.exerciseId, WORKOUT_PATH)}&level=${item.level}`;
}

/** A set's details as the camera counted them, for the member to check (or change) and save. */
export interface CameraCount {
  reps: number;
  goodReps: number;
  level: number;
  faults: FormFaultId[];
  /** "From the form check: 9 reps, 8 with good form. Check and save." */
  summary: string;
  /** What else the member should know before saving: unfinished reps, another level than today's. */
  notes: string[];
}

function count(value: unknown, most: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(most, Math.max(0, Math.round(value)))
    : 0;
}

const reps = (n: number) => `${n} ${n === 1 ? 'rep' : 'reps'}`;

/**
 * The set details a form check's result fills in. The result comes from the tab's storage, so every
 * number is checked again here: good reps never more than the reps, a level the exercise has, only faults
 * the exercise can show (the ones the member can untick).
 */
export function cameraCountFrom(result: FormCheckResult, item: Prescription): CameraCount {
  const exercise = getExercise(item.exerciseId);
  const done = count(result.reps, MOST_REPS);
  const pastLevel = count(result.pastLevelReps, done);
  // A rep past the member's level is done but never good, whatever the stored count says.
  const good = count(result.goodReps, done - pastLevel);
  const reached = count(result.levelReached, item.maxLevel);
  const partial = count(result.partialReps, MOST_REPS);
  // No finished rep says nothing about range: keep today's level. Reps short of level 1 are closest to 1.
  const level = done === 0 ? item.level : Math.max(1, reached);
  const faultsHere = new Set(exercise.faults.map((fault) => fault.id));
  const seen = Array.isArray(result.faults) ? result.faults : [];
  const notes: string[] = [];
  if (partial > 0) {
    notes.push(
      `${partial === 1 ? '1 rep' : `${partial} reps`} that did not come all the way back ${partial === 1 ? 'is' : 'are'} not counted.`,
    );
  }
  if (pastLevel > 0) {
    notes.push(
      `${reps(pastLevel)} went past today’s level (${levelNameInSentence(exercise, item.level)}), so ${pastLevel === 1 ? 'it is' : 'they are'} not counted as good reps.`,
    );
  }
  if (done > 0 && reached === 0) {
    notes.push(
      `The camera saw your reps stop just short of level 1, the smallest range; today’s level is ${item.level}.`,
    );
  } else if (done > 0 && reached !== item.level) {
    notes.push(`The camera saw you reach level ${reached} on most reps; today’s level is ${item.level}.`);
  }
  return {
    reps: done,
    goodReps: good,
    level,
    faults: FORM_FAULT_IDS.filter((fault) => faultsHere.has(fault) && seen.includes(fault)),
    summary:
      done === 0
        ? 'From the form check: no finished reps. Check and save.'
        : `From the form check: ${reps(done)}, ${good} with good form. Check and save.`,
    notes,
  };
}

/** "10 good reps" for a set the member counted; "9 reps, 8 with good form" for one the camera counted. */
export function repsInWords(set: Pick<SetLog, 'reps' | 'goodReps'>): string {
  if (set.goodReps === undefined) return `${set.reps} good ${set.reps === 1 ? 'rep' : 'reps'}`;
  return `${reps(set.reps)}, ${set.goodReps} with good form`;
}
