/**
 * The method's tempo for one rep: slowly away from the start position, a brief turn, steadily back, a
 * breath at the start. The figures move at it; the words say it to the member.
 */

import { interpolatePose } from './figure.ts';
import type { Exercise, FigurePose, RangeLevel } from './types.ts';

export interface Tempo {
  /** From the start position to the turn. */
  outMs: number;
  /** Held at the turn. */
  turnMs: number;
  /** From the turn back to the start position. */
  backMs: number;
  /** Still at the start position before the next rep. */
  restMs: number;
  /** The tempo in the method's words. */
  words: string;
}

/** Standing movements: down slowly, a brief turn, up. */
const STANDING_TEMPO: Tempo = {
  outMs: 3000,
  turnMs: 700,
  backMs: 2000,
  restMs: 800,
  words: 'Down slowly, for a count of three. A brief pause. Then up, for a count of two.',
};

/** The bridge: up, hold for a moment, lower slowly. */
const BRIDGE_TEMPO: Tempo = {
  outMs: 2000,
  turnMs: 1200,
  backMs: 3000,
  restMs: 800,
  words: 'Up for a count of two. Hold for a moment. Then lower slowly, for a count of three.',
};

export function tempoOf(exercise: Exercise): Tempo {
  return exercise.id === 'glute-bridge' ? BRIDGE_TEMPO : STANDING_TEMPO;
}

export function repDurationMs(tempo: Tempo): number {
  return tempo.outMs + tempo.turnMs + tempo.backMs + tempo.restMs;
}

/** The middle of the held turn: where a still figure stops. */
export function turnMomentMs(tempo: Tempo): number {
  return tempo.outMs + tempo.turnMs / 2;
}

export type RepMoment = 'out' | 'turn' | 'back' | 'rest';

/** Gentle start and stop, as a controlled movement has. */
function easeInOut(t: number): number {
  return t * t * (3 - 2 * t);
}

/** Where in the rep a moment falls and how far towards the turn the body is (0 start, 1 turn). */
export function repMomentAt(tempo: Tempo, elapsedMs: number): { moment: RepMoment; progress: number } {
  const duration = repDurationMs(tempo);
  let ms = ((elapsedMs % duration) + duration) % duration;
  if (ms < tempo.outMs) return { moment: 'out', progress: easeInOut(ms / tempo.outMs) };
  ms -= tempo.outMs;
  if (ms < tempo.turnMs) return { moment: 'turn', progress: 1 };
  ms -= tempo.turnMs;
  if (ms < tempo.backMs) return { moment: 'back', progress: 1 - easeInOut(ms / tempo.backMs) };
  return { moment: 'rest', progress: 0 };
}

/** The figure's pose `elapsedMs` into a looping rep of `range` at `tempo`. */
export function poseAtMoment(range: RangeLevel, tempo: Tempo, elapsedMs: number): FigurePose {
  const { progress } = repMomentAt(tempo, elapsedMs);
  if (progress === 1) return range.endPose;
  if (progress === 0) return range.startPose;
  return interpolatePose(range.startPose, range.endPose, progress);
}
