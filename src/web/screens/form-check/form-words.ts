/**
 * The form check's results in a member's words: levels by name, faults and warnings as sentences, each rep's
 * knees and trunk as something a person can act on. Pure, so the wording is tested without a camera.
 */
import type { Exercise, FormFaultId } from '../../../core/catalogue/types.ts';
import { type FormNote, type FormRep, VALGUS_CUE_DEGREES } from '../../../core/form/rep-result.ts';
import type { FormWarning } from '../../../core/form/set-summary.ts';
import { levelNameInSentence } from '../../../core/form/target-level.ts';

/** A fault as a short label, the way the set log names it. */
export const FAULT_LABELS: Record<FormFaultId, string> = {
  'knees-caving': 'Knees caved in',
  'back-rounding': 'Back rounded',
  'lost-brace': 'Lost the brace',
  'past-pain-free-range': 'Went past the pain-free range',
};

/** A note as a label and what to do about it; past the level, the member's level by its catalogue name. */
export function noteWords(
  note: FormNote,
  exercise: Exercise,
  targetLevel: number | null,
): { label: string; advice: string } {
  switch (note) {
    case 'knees-bending':
      return {
        label: 'Knees bent more as you hinged',
        advice:
          'Keep the small bend in your knees the same all the way, and send your hips back instead of down.',
      };
    case 'past-target-level':
      return {
        label: 'Went past your level',
        advice: `${targetLevel === null ? 'Stay within your level' : `Your level is ${levelNameInSentence(exercise, targetLevel)}: stay within it`}, your best pain-free and controlled range, until your plan moves you on. Reps past it are done, but not good reps.`,
      };
  }
}

export interface Warning {
  title: string;
  advice: string;
}

/** A warning means the numbers cannot be trusted: no count is shown beside it, never "0 reps". */
export function warningWords(warning: FormWarning, exercise: Exercise): Warning {
  const name = exercise.name.toLowerCase();
  switch (warning) {
    case 'no-person-seen':
      return {
        title: 'We could not see you',
        advice:
          'Nobody was found in the picture, so there are no reps to count. Put the phone where it sees your whole body, head to feet, and try again.',
      };
    case 'wrong-view':
      return exercise.cameraView === 'side'
        ? {
            title: 'Turn side-on to the camera',
            advice: `The ${name} is checked from the side. ${sideOnAdvice(exercise)}`,
          }
        : {
            title: 'Face the camera',
            advice: `The ${name} is checked from the front: face the phone, so it sees both knees and both feet.`,
          };
    case 'start-not-captured':
      return {
        title:
          exercise.id === 'glute-bridge'
            ? 'Lie still before your first rep'
            : 'Stand still before your first rep',
        advice:
          'The form check learns your start position before you begin. Hold still for a second or two, then start your first rep.',
      };
  }
}

function sideOnAdvice(exercise: Exercise): string {
  return exercise.id === 'glute-bridge'
    ? 'Lie with your side to the phone, so it sees your shoulder, hip, knee and ankle.'
    : 'Stand with your side to the phone, so it sees your shoulder, hip, knee and ankle.';
}

/** "Level 3: Half squat", or how far short of level 1. */
export function levelWords(exercise: Exercise, level: number): string {
  if (level < 1) return 'Not yet at level 1';
  const range = exercise.levels.find((candidate) => candidate.level === level);
  return range ? `Level ${level}: ${range.name}` : `Level ${level}`;
}

/** "5 Full squat", for a table cell; "Below 1" short of level 1. */
export function shortLevelWords(exercise: Exercise, level: number): string {
  if (level < 1) return 'Below 1';
  const range = exercise.levels.find((candidate) => candidate.level === level);
  return range ? `${level} ${range.name}` : String(level);
}

const isPastLevel = (rep: FormRep) => rep.notes.includes('past-target-level');

export function repResultWords(rep: FormRep): string {
  if (!rep.isComplete) return 'Partial, not counted';
  if (rep.isGood) return 'Good';
  if (isPastLevel(rep)) return 'Done, past your level';
  if (rep.level < 1) return 'Done, short of level 1';
  return 'Done, with a fault';
}

/** The same in a word, for a table cell. */
export function repResultShortWords(rep: FormRep): string {
  if (!rep.isComplete) return 'Partial';
  if (rep.isGood) return 'Good';
  if (isPastLevel(rep)) return 'Past your level';
  if (rep.level < 1) return 'Too small';
  return 'Fault';
}

/** Whole degrees, or a dash where nothing was measured. */
export function degreesWords(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : `${Math.round(value)}°`;
}

/** The knees of one rep; a dash where this view does not show them (they are judged from the front). */
export function kneesWords(rep: Pick<FormRep, 'maxValgus'>): string {
  if (rep.maxValgus === null) return '–';
  return rep.maxValgus >= VALGUS_CUE_DEGREES ? 'Caved in' : 'Over feet';
}

/** The trunk of one rep; a dash where this view does not show it (it is judged from the side). */
export function trunkWords(rep: Pick<FormRep, 'maxTrunkLean'>): string {
  return rep.maxTrunkLean === null ? '–' : `${degreesWords(rep.maxTrunkLean)} lean`;
}

/** "That is 10 reps: the set is done.", on screen and spoken when the live check stops at the set's count. */
export function setDoneWords(reps: number): string {
  return `That is ${repsWords(reps)}: the set is done.`;
}

/** "2 reps", "1 rep". */
export function repsWords(count: number): string {
  return `${count} ${count === 1 ? 'rep' : 'reps'}`;
}
