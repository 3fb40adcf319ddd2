/**
 * The sentence a member reads about their coach's change: who, what changed in the method's words, and
 * why in the coach's own: "Sam, your coach, moved your squat back to level 2 (quarter squat): your knees
 * caved in on the last two workouts."
 */
import { getExercise } from '../catalogue/index.ts';
import type { WeightUnit } from '../catalogue/loads.ts';
import type { ExerciseId, Load } from '../catalogue/types.ts';
import type { Change } from './decision.ts';
import { METHOD } from './rules.ts';
import { joinWithAnd, levelWords, loadWords, setsWords } from './words.ts';

function yourExercise(exerciseId: ExerciseId): string {
  return `your ${getExercise(exerciseId).name.toLowerCase()}`;
}

function exerciseChangeWords(exerciseId: ExerciseId, change: Change, unit: WeightUnit): string {
  const parts: string[] = [];
  const exercise = yourExercise(exerciseId);
  if (change.level) {
    const direction = change.level.to < change.level.from ? 'back' : 'on';
    parts.push(`moved ${exercise} ${direction} to ${levelWords(exerciseId, change.level.to)}`);
  }
  if (change.load) {
    const what = parts.length === 0 ? `changed ${exercise} to` : 'changed it to';
    parts.push(`${what} ${loadWords(change.load.to, unit)} instead of ${loadWords(change.load.from, unit)}`);
  }
  if (change.targetSets) {
    const what = parts.length === 0 ? `set ${exercise} at` : 'set it at';
    parts.push(`${what} ${setsWords(change.targetSets.to)} of ${METHOD.repsPerSet}`);
  }
  return joinWithAnd(parts);
}

function changeWords(
  exerciseId: ExerciseId | null,
  change: Change,
  unit: WeightUnit,
  added: { level: number; load: Load } | undefined,
): string {
  if (change.paused) return change.paused.to ? 'paused your plan for now' : 'started your plan again';
  if (exerciseId === null) return 'changed your plan';
  const name = getExercise(exerciseId).name.toLowerCase();
  if (change.exercise === 'added') {
    const at = added ? `, at ${levelWords(exerciseId, added.level)} with ${loadWords(added.load, unit)}` : '';
    return `added the ${name} to your plan${at}`;
  }
  if (change.exercise === 'retired') return `took the ${name} out of your plan`;
  return exerciseChangeWords(exerciseId, change, unit);
}

/** The coach's reason as a clause: trimmed, ending in one full stop (or their own ? or !). */
function reasonClause(reason: string): string {
  const trimmed = reason.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function coachChangeSentence(decision: {
  exerciseId: ExerciseId | null;
  change: Change;
  coachName: string;
  reason: string;
  unit: WeightUnit;
  /** For an exercise added: where it starts. */
  added?: { level: number; load: Load };
}): string {
  const what = changeWords(decision.exerciseId, decision.change, decision.unit, decision.added);
  // An account always has a name; should it be blank, the sentence still reads well.
  const who = decision.coachName.trim() === '' ? 'Your coach' : `${decision.coachName.trim()}, your coach,`;
  return `${who} ${what}: ${reasonClause(decision.reason)}`;
}
