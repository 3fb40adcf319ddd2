/**
 * The words the form check says to the member: one cue at a time, setup problems before form, and a
 * form cue taken from the catalogue's own fault list so the app and the method say the same thing.
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
  | FormFaultId;

export interface Cue {
  id: CueId;
  text: string;
}

const SETUP_TEXT = {
  'no-person': 'Step into the picture so the camera can see you.',
  'show-feet': 'Step back until your feet are in the picture.',
  'show-head': 'Step back until your head and shoulders are in the picture.',
  'show-whole-body': 'Move so your whole body is in the picture.',
  'keep-knee-bend': 'Keep the small bend in your knees the same all the way.',
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
      return { id, text: SETUP_TEXT[id] };
    default: {
      const fault = exercise.faults.find((candidate) => candidate.id === id);
      return { id, text: fault?.cue ?? '' };
    }
  }
}

/** The cue on screen: one at a time, each shown for at least its hold time unless setup overrides it. */
export interface CueBoard {
  show(id: CueId, timestampMs: number, holdMs: number): void;
  /** The cue to show at `timestampMs`: null once a held cue has run out. */
  current(timestampMs: number): Cue | null;
  clear(): void;
}

export function createCueBoard(exercise: Exercise, targetLevel: number | null = null): CueBoard {
  const cues = new Map<CueId, Cue>();
  let shown: Cue | null = null;
  let untilMs = Number.NEGATIVE_INFINITY;
  return {
    show(id, timestampMs, holdMs) {
      let cue = cues.get(id);
      if (cue === undefined) {
        cue = cueFor(id, exercise, targetLevel);
        cues.set(id, cue);
      }
      if (shown !== cue) untilMs = timestampMs + holdMs;
      else untilMs = Math.max(untilMs, timestampMs + holdMs);
      shown = cue;
    },
    current(timestampMs) {
      if (shown !== null && timestampMs > untilMs) shown = null;
      return shown;
    },
    clear() {
      shown = null;
    },
  };
}
