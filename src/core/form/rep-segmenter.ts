/**
 * Splits a stream of "how far from the start position" values into reps. A state machine with
 * hysteresis: a rep begins when the excursion passes a threshold, turns when it has come back clearly
 * from its furthest point, and completes only when it is back near the start. Time stamps, not frame
 * counts, set every duration, so 5 and 60 frames per second segment alike.
 */

export type RepPhase = 'ready' | 'going' | 'returning';

export interface RepSegmenterSettings {
  /** Excursion in degrees that begins a rep. */
  startDegrees: number;
  /** A rep must reach this far to count at all (see `isDeepEnough`); more when the view is jittery. */
  minPeakDegrees: number;
  /** Back within this share of the rep's furthest excursion (or `backDegrees`, if more) completes it. */
  backShare: number;
  backDegrees: number;
  /** Shortest complete rep, start to end: a jump's landing dip or a stumble is quicker. */
  minRepMs: number;
  /**
   * Shortest time from passing the start threshold to coming back: jitter on a noisy front view can push
   * the excursion over the threshold and back within a few frames; a rep, even a quick one, cannot.
   */
  minAwayMs: number;
  /** Least time in a phase before it may change: at 60 fps one jittery frame must not turn a rep. */
  minPhaseMs: number;
  /** Longest gap without a measurement inside a rep before the rep is given up as partial. */
  maxGapMs: number;
}

export const REP_SEGMENTER_DEFAULTS: RepSegmenterSettings = {
  startDegrees: 8,
  minPeakDegrees: 12,
  backShare: 0.4,
  backDegrees: 5,
  minRepMs: 600,
  minAwayMs: 400,
  minPhaseMs: 120,
  maxGapMs: 1500,
};

/** A rep's timing; `isComplete` false means it went out and never came back (cut off, or abandoned). */
export interface RepSpan {
  isComplete: boolean;
  startMs: number;
  turnMs: number;
  endMs: number;
  peakExcursion: number;
  /** The excursion the rep came back to when it completed (NaN for a partial rep). */
  backExcursion: number;
}

export interface RepSegmenter {
  /**
   * Feeds one measurement; returns a rep when one ends with this frame. `jitterDegrees` is how much the
   * excursion wobbles while the member holds still (from the start baseline): every threshold keeps a
   * margin over it, so a noisy front view does not count jitter as reps.
   */
  update(timestampMs: number, excursion: number, jitterDegrees: number): RepSpan | null;
  /** No more frames: a rep still under way is returned as partial. */
  finish(): RepSpan | null;
  phase(): RepPhase;
  /** Forget the rep under way, if any, without reporting it: e.g. the member changed legs. */
  reset(): void;
  /**
   * Whether a rep that reached `peakExcursion` went far enough to count. The caller decides with the best
   * estimate of the turn it has: smoothing shaves the peak off a short rep filmed at 5 frames per second.
   * An unfinished rep must have gone twice as far: jitter as a recording ends is not a rep cut off.
   */
  isDeepEnough(peakExcursion: number, isComplete: boolean): boolean;
}

/**
 * Thresholds keep this many standard deviations of jitter clear, so jitter alone seldom crosses them.
 * Tuned on the synthetic sets: less lets a jittery front view count wobbles, more misses small reps.
 */
const JITTER_MARGIN = 3.5;

export function createRepSegmenter(settings: RepSegmenterSettings = REP_SEGMENTER_DEFAULTS): RepSegmenter {
  let phase: RepPhase = 'ready';
  let phaseSinceMs = Number.NEGATIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  /**
   * In 'ready': the closest the member has come to the start position since the last rep, and when. A
   * new rep must move away from there, so the last few degrees of standing up never start one.
   */
  let lowest = Number.POSITIVE_INFINITY;
  let lowestMs = 0;
  let startMs = 0;
  let awayMs = 0;
  let peak = 0;
  let peakMs = 0;
  /** In 'returning': how close to the start the member has come since the turn, and when. */
  let nearest = 0;
  let nearestMs = 0;
  let jitter = 0;

  function setPhase(next: RepPhase, timestampMs: number): void {
    phase = next;
    phaseSinceMs = timestampMs;
  }

  /** `crossedMs`: when the excursion passed the start threshold, between the last frame and this one. */
  function beginRep(atMs: number, timestampMs: number, excursion: number, crossedMs = timestampMs): void {
    startMs = atMs;
    awayMs = crossedMs;
    peak = excursion;
    peakMs = timestampMs;
    setPhase('going', timestampMs);
  }

  /**
   * How far back from the furthest point counts as turning: clear of jitter and of a small wobble, yet
   * reachable for a small rep (a bridge's first level is a lift of a few degrees).
   */
  function turnMargin(): number {
    return Math.max(0.15 * peak, Math.min(4, 0.3 * peak), JITTER_MARGIN * jitter);
  }

  function startThreshold(): number {
    return Math.max(settings.startDegrees, JITTER_MARGIN * jitter);
  }

  function endRep(isComplete: boolean, endMs: number, backExcursion = Number.NaN): RepSpan | null {
    const span: RepSpan = { isComplete, startMs, turnMs: peakMs, endMs, peakExcursion: peak, backExcursion };
    phase = 'ready';
    lowest = Number.POSITIVE_INFINITY;
    if (endMs - awayMs < settings.minAwayMs) return null;
    if (isComplete && endMs - startMs < settings.minRepMs) return null;
    return span;
  }

  return {
    phase: () => phase,
    reset() {
      phase = 'ready';
      lowest = Number.POSITIVE_INFINITY;
    },
    isDeepEnough: (peakExcursion, isComplete) =>
      peakExcursion >= (isComplete ? 1 : 2) * Math.max(settings.minPeakDegrees, startThreshold() + jitter),
    update(timestampMs, excursion, jitterDegrees) {
      if (Number.isNaN(excursion)) return null;
      jitter = Number.isFinite(jitterDegrees) ? jitterDegrees : 0;
      const gapMs = timestampMs - lastMs;
      lastMs = timestampMs;
      if (phase !== 'ready' && gapMs > settings.maxGapMs) {
        // The member left the picture mid-rep: whatever happened in between is unknown.
        return endRep(false, timestampMs - gapMs);
      }
      const canChange = timestampMs - phaseSinceMs >= settings.minPhaseMs;
      if (phase === 'ready') {
        if (excursion <= lowest) {
          lowest = excursion;
          lowestMs = timestampMs;
        }
        const isAway = excursion >= startThreshold() && excursion >= lowest + startThreshold();
        // Dropped frames may hide the crossing: it happened somewhere in the gap, say halfway.
        const crossedMs = Number.isFinite(gapMs) ? timestampMs - gapMs / 2 : timestampMs;
        if (isAway) beginRep(lowestMs, timestampMs, excursion, crossedMs);
        return null;
      }
      if (phase === 'going') {
        if (excursion > peak) {
          peak = excursion;
          peakMs = timestampMs;
        } else if (canChange && excursion <= peak - turnMargin()) {
          setPhase('returning', timestampMs);
          nearest = excursion;
          nearestMs = timestampMs;
        }
        if (phase === 'going') return null;
      }
      // Returning.
      const backThreshold = Math.max(settings.backDegrees, JITTER_MARGIN * jitter, settings.backShare * peak);
      if (excursion <= backThreshold) return endRep(true, timestampMs, backThreshold);
      if (excursion < nearest) {
        nearest = excursion;
        nearestMs = timestampMs;
        return null;
      }
      if (!canChange || excursion < nearest + turnMargin()) return null;
      if (nearest > peak / 2) {
        // A wobble near the bottom: still the same rep.
        setPhase('going', timestampMs);
        if (excursion > peak) {
          peak = excursion;
          peakMs = timestampMs;
        }
        return null;
      }
      // Came halfway up or more, then went down again without getting back: that rep was not finished.
      const abandoned = endRep(false, nearestMs);
      beginRep(nearestMs, timestampMs, excursion);
      return abandoned;
    },
    finish() {
      if (phase === 'ready') return null;
      return endRep(false, lastMs);
    },
  };
}
