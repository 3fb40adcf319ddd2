/**
 * The live coach: which one cue to give during a set, and when, from what the analyzer already sees.
 * Safety first (past the member's level, knees caving, losing the brace), then technique (the knee bend
 * of a hinge, a lowering that was too quick), then encouragement ("two more"). Calm by construction: one
 * cue at a time, a gap between any two, and a cue that has stopped happening (a whole rep went by without
 * it) is not said again for a few reps; one that happens rep after rep may be said in each. Pure: the
 * caller passes each frame's time.
 */
import type { ExerciseId } from '../catalogue/index.ts';
import type { FormRep } from './rep-result.ts';

export type CoachingCueId =
  | 'past-target-level'
  | 'knees-caving'
  | 'lost-brace'
  | 'keep-knee-bend'
  | 'slow-down'
  | 'two-more';

/** Most important first: when several are due, the first of them is the one said. */
export const COACHING_PRIORITY: readonly CoachingCueId[] = [
  'past-target-level',
  'knees-caving',
  'lost-brace',
  'keep-knee-bend',
  'slow-down',
  'two-more',
];

/** What the analyzer sees in one frame. The analyzer reuses one object; the coach keeps no reference. */
export interface CoachingFrame {
  timestampMs: number;
  completedReps: number;
  /** The rep that ended last, complete or partial. */
  lastRep: FormRep | null;
  /** This frame, during a rep: past the member's level. */
  isPastTargetLevel: boolean;
  /** This frame, during a rep: the knees inside the feet by the valgus cue's margin (front view). */
  isKneesCaving: boolean;
  /** This frame, during a rep: the trunk tipping past a braced split squat's lean (side view). */
  isLosingBrace: boolean;
  /** During a hinge: the knee angle has changed like a squat's. */
  isKneeBendChanging: boolean;
}

export interface LiveCoachOptions {
  exerciseId: ExerciseId;
  /** The reps the set asks for; null when unknown (then no "two more"). */
  targetReps?: number | null;
}

export interface LiveCoach {
  /** The cue to show (and, when it is new, say) at this frame; null for none. */
  update(frame: CoachingFrame): CoachingCueId | null;
}

/** At least this long between two cues: long enough to hear one out and act on it. */
export const CUE_GAP_MS = 3000;
/** A cue stays on screen this long after it is said, and for as long as it is still happening. */
export const CUE_SHOW_MS = 2500;
/** A cue that stopped happening is not said again until this many more reps are done. */
export const CUE_REPEAT_REPS = 3;
/**
 * A moving fault counts once it has held this long: one jittery frame is not a caving knee. Past the
 * level is said at once: it is what to change now, and it is already held by the depth it needs.
 */
const ONSET_MS: Record<CoachingCueId, number> = {
  'past-target-level': 0,
  'knees-caving': 300,
  'lost-brace': 300,
  'keep-knee-bend': 0,
  'slow-down': 0,
  'two-more': 0,
};
/** Cues that hold frame by frame, as against those a finished rep or the count calls for. */
const CONTINUOUS_CUES: readonly CoachingCueId[] = [
  'past-target-level',
  'knees-caving',
  'lost-brace',
  'keep-knee-bend',
];
/** A fault gone for this long is off the screen once its time is up; a shorter break is jitter. */
const LAPSE_MS = 600;
/**
 * The method asks for a controlled lowering of about two seconds. The analyzer times the last 60% of the
 * range (from 40% of the way down to the turn), a little over half of the lowering; under this, the whole
 * lowering took less than about 0.8 s, well under half the controlled pace.
 */
export const FAST_LOWERING_MS = 450;

/** The time of a rep's lowering the analyzer measured: out for most, back for the bridge (it lifts first). */
export function loweringMs(exerciseId: ExerciseId, rep: FormRep): number {
  return exerciseId === 'glute-bridge' ? rep.backMs : rep.outMs;
}

interface CueTrack {
  /** When the condition began (continuous cues), or NaN while it is not happening. */
  sinceMs: number;
  /** When the condition was last seen, for the lapse. */
  lastSeenMs: number;
  /** A rep-end cue waiting for its turn. */
  isPending: boolean;
  /** The completed-rep count when this cue was last said; NaN if never. */
  saidAtRep: number;
  /** The condition stopped since the cue was said: a whole rep went by without it. */
  hasLapsed: boolean;
  /** The condition was seen in the rep under way (continuous cues). */
  isSeenThisRep: boolean;
}

export function createLiveCoach(options: LiveCoachOptions): LiveCoach {
  const targetReps = options.targetReps ?? null;
  const tracks = new Map<CoachingCueId, CueTrack>(
    COACHING_PRIORITY.map((id) => [
      id,
      {
        sinceMs: Number.NaN,
        lastSeenMs: Number.NEGATIVE_INFINITY,
        isPending: false,
        saidAtRep: Number.NaN,
        hasLapsed: false,
        isSeenThisRep: false,
      },
    ]),
  );
  const track = (id: CoachingCueId) => tracks.get(id) as CueTrack;
  let repsSeen = 0;
  let shown: CoachingCueId | null = null;
  let shownUntilMs = Number.NEGATIVE_INFINITY;
  let lastSaidMs = Number.NEGATIVE_INFINITY;

  /** A condition that holds frame by frame: knees caving, trunk tipping, past the level. */
  function follow(id: CoachingCueId, isHappening: boolean, timestampMs: number): void {
    const cue = track(id);
    if (isHappening) {
      if (Number.isNaN(cue.sinceMs)) cue.sinceMs = timestampMs;
      cue.lastSeenMs = timestampMs;
      cue.isSeenThisRep = true;
    } else if (timestampMs - cue.lastSeenMs >= LAPSE_MS) {
      cue.sinceMs = Number.NaN;
    }
  }

  /** A rep without the fault: it has stopped. One with it again: it is still happening. */
  function endRepFor(id: CoachingCueId): void {
    const cue = track(id);
    if (!cue.isSeenThisRep) cue.hasLapsed = true;
    cue.isSeenThisRep = false;
  }

  /** A condition a finished rep shows (too quick a lowering), or a count reached ("two more"). */
  function atRepEnd(id: CoachingCueId, isHappening: boolean): void {
    const cue = track(id);
    cue.isPending = isHappening;
    if (!isHappening) cue.hasLapsed = true;
  }

  function isDue(id: CoachingCueId, timestampMs: number): boolean {
    const cue = track(id);
    if (id === 'slow-down' || id === 'two-more') return cue.isPending;
    // Seen in this very frame, and for long enough: a fault that has just let go is not said.
    return cue.lastSeenMs === timestampMs && timestampMs - cue.sinceMs >= ONSET_MS[id];
  }

  function isHappening(id: CoachingCueId, timestampMs: number): boolean {
    const cue = track(id);
    if (id === 'slow-down' || id === 'two-more') return false;
    return timestampMs - cue.lastSeenMs < LAPSE_MS && !Number.isNaN(cue.sinceMs);
  }

  /** Said before and stopped since: only once a few more reps are done. */
  function mayBeSaid(id: CoachingCueId): boolean {
    const cue = track(id);
    if (Number.isNaN(cue.saidAtRep)) return true;
    if (id === 'two-more') return false;
    return !cue.hasLapsed || repsSeen - cue.saidAtRep >= CUE_REPEAT_REPS;
  }

  function say(id: CoachingCueId, timestampMs: number): void {
    const cue = track(id);
    cue.saidAtRep = repsSeen;
    cue.hasLapsed = false;
    cue.isPending = false;
    shown = id;
    shownUntilMs = timestampMs + CUE_SHOW_MS;
    lastSaidMs = timestampMs;
  }

  return {
    update(frame) {
      const now = frame.timestampMs;
      follow('past-target-level', frame.isPastTargetLevel, now);
      follow('knees-caving', frame.isKneesCaving, now);
      follow('lost-brace', frame.isLosingBrace, now);
      follow('keep-knee-bend', frame.isKneeBendChanging, now);
      if (frame.completedReps > repsSeen) {
        repsSeen = frame.completedReps;
        for (const id of CONTINUOUS_CUES) endRepFor(id);
        const rep = frame.lastRep;
        const lowering = rep === null || !rep.isComplete ? Number.NaN : loweringMs(options.exerciseId, rep);
        atRepEnd('slow-down', lowering < FAST_LOWERING_MS);
        atRepEnd('two-more', targetReps !== null && targetReps > 2 && targetReps - repsSeen === 2);
      }

      // What is on screen stays while it is still happening, and goes once its time is up.
      if (shown !== null && now > shownUntilMs && !isHappening(shown, now)) shown = null;
      if (now - lastSaidMs < CUE_GAP_MS) return shown;
      for (const id of COACHING_PRIORITY) {
        if (!isDue(id, now)) continue;
        if (id === shown) return shown;
        if (!mayBeSaid(id)) continue;
        say(id, now);
        return shown;
      }
      return shown;
    },
  };
}
