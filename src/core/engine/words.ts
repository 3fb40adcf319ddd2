/** Small helpers that turn the engine's data into plain words for sentences. */
import { getExercise, levelOf, maxLevel } from '../catalogue/index.ts';
import { describeLoad, type WeightUnit } from '../catalogue/loads.ts';
import type { ExerciseId, FormFaultId, Load } from '../catalogue/types.ts';

export function exerciseWords(exerciseId: ExerciseId): string {
  return `the ${getExercise(exerciseId).name.toLowerCase()}`;
}

/** "level 3 (half squat)"; the number because the app shows it, the name because it says what to do. */
export function levelWords(exerciseId: ExerciseId, level: number): string {
  const exercise = getExercise(exerciseId);
  const safeLevel = Math.min(Math.max(level, 1), maxLevel(exercise));
  return `level ${level} (${levelOf(exercise, safeLevel).name.toLowerCase()})`;
}

/** "the light band", "the 8 kg kettlebell", "your bodyweight alone". */
export function loadWords(load: Load, unit: WeightUnit): string {
  if (load.kind === 'bodyweight') return 'your bodyweight alone';
  if (load.kind === 'cable') return describeLoad(load, unit);
  return `the ${describeLoad(load, unit)}`;
}

/** "a light band" for a first load, "the medium band instead of the light band" for the next. */
export function loadStepWords(from: Load, to: Load, unit: WeightUnit): string {
  if (from.kind === 'bodyweight') {
    return to.kind === 'cable' ? describeLoad(to, unit) : `a ${describeLoad(to, unit)}`;
  }
  return `${loadWords(to, unit)} instead of ${loadWords(from, unit)}`;
}

const FAULT_WORDS = {
  'knees-caving': 'your knees fell inwards',
  'back-rounding': 'your back rounded',
  'lost-brace': 'your stomach let go of its brace',
  'past-pain-free-range': 'you went past your pain-free range',
} as const satisfies Record<FormFaultId, string>;

/** Used only if the catalogue has no cue for this fault in this exercise. */
const GENERIC_FAULT_CUES = {
  'knees-caving': 'Keep your knees pointing the same way as your toes.',
  'back-rounding': 'Keep your back long: stop a little earlier if you need to.',
  'lost-brace': 'Gently tighten your stomach before each rep and keep it tight.',
  'past-pain-free-range': 'Stay within the range that is pain-free and controlled.',
} as const satisfies Record<FormFaultId, string>;

export function faultWords(faults: readonly FormFaultId[]): string {
  return joinWithAnd(faults.map((fault) => FAULT_WORDS[fault]));
}

export function faultCue(exerciseId: ExerciseId, fault: FormFaultId): string {
  const found = getExercise(exerciseId).faults.find((candidate) => candidate.id === fault);
  return found?.cue ?? GENERIC_FAULT_CUES[fault];
}

export function setsWords(sets: number): string {
  return sets === 1 ? '1 set' : `${sets} sets`;
}

export function daysWords(days: number): string {
  return days >= 28 ? `${Math.floor(days / 7)} weeks` : `${days} days`;
}

export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
