/**
 * The words the form check says to the member: setup problems before form, and a form cue taken from the
 * catalogue's own fault list so the app and the method say the same thing. Which cue is given when, during
 * a set, is the live coach's (`live-coach.ts`).
 */
import type { Exercise, FormFaultId } from '../catalogue/index.ts';
import type { FramingProblem } from './framing.ts';
import { pastTargetLevelCue } from './target-level.ts';

/** Shown wherever knee valgus is reported: it is a coaching cue, not a diagnosis. */
export const VALGUS_DISCLAIMER =
  'Knee tracking is compared with how you stood at the start. It is a coaching cue, not a medical measurement.';

export type CueId =
  | FramingProblem
  | 'turn-side-on'
  | 'face-camera'
  | 'hold-still'
  | 'keep-knee-bend'
  | 'past-target-level'
  | 'slow-down'
  | 'two-more'
  | FormFaultId;

export interface Cue {
  id: CueId;
  text: string;
}

const FIXED_TEXT = {
  'no-person': 'Step into the picture so the camera can see you.',
  'show-feet': 'Step back until your feet are in the picture.',
  'show-head': 'Step back until your head and shoulders are in the picture.',
  'show-whole-body': 'Move so your whole body is in the picture.',
  'keep-knee-bend': 'Keep the small bend in your knees the same all the way.',
  'slow-down': 'Slower on the way down. Take about two seconds.',
  'two-more': 'Two more. Nice and steady.',
} as const satisfies Partial<Record<CueId, string>>;

/** `targetLevel` is the member's level, which the 'past-target-level' cue names. */
export function cueFor(id: CueId, exercise: Exercise, targetLevel: number | null = null): Cue {
  const name = exercise.name.toLowerCase();
  switch (id) {
    case 'past-target-level':
      return { id, text: targetLevel === null ? '' : pastTargetLevelCue(exercise, targetLevel) };
    case 'turn-side-on':
      return { id, text: `Turn side-on for the ${name}.` };
    case 'face-camera':
      return { id, text: `Face the camera for the ${name}.` };
    case 'hold-still':
      return {
        id,
        text:
          exercise.id === 'glute-bridge'
            ? 'Lie still for a moment, so the camera can see how you start.'
            : 'Stand still for a moment, so the camera can see how you start.',
      };
    case 'no-person':
    case 'show-feet':
    case 'show-head':
    case 'show-whole-body':
    case 'keep-knee-bend':
    case 'slow-down':
    case 'two-more':
      return { id, text: FIXED_TEXT[id] };
    default: {
      const fault = exercise.faults.find((candidate) => candidate.id === id);
      return { id, text: fault?.cue ?? '' };
    }
  }
}

/** Each cue's words made once per set, so a frame that shows a cue allocates nothing. */
export function createCueWords(
  exercise: Exercise,
  targetLevel: number | null = null,
): (id: CueId | null) => Cue | null {
  const cues = new Map<CueId, Cue>();
  return (id) => {
    if (id === null) return null;
    let cue = cues.get(id);
    if (cue === undefined) {
      cue = cueFor(id, exercise, targetLevel);
      cues.set(id, cue);
    }
    return cue;
  };
}
