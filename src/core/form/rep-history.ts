/**
 * The recent past of the per-frame signals, kept in fixed arrays (no allocation per frame). When a rep
 * ends, its turn, its timing and its sustained valgus are read from all of its frames at once, not from
 * whichever single frame happened to be most extreme.
 */
import { addParabolaPoint, clearParabolaSums, createParabolaSums, parabolaVertexValue } from './parabola.ts';

/** About 17 seconds at 60 frames per second; a longer rep keeps its last 17 seconds. */
const CAPACITY = 1024;

/** The signals kept per frame. */
export const SIGNAL = {
  /** The catalogue's joint angle from unsmoothed keypoints: jittery, but without the filter's lag. */
  angle: 0,
  /** The same joint as drawn in the picture, unsmoothed. */
  imageAngle: 1,
  /** Valgus from smoothed keypoints. */
  valgus: 2,
  /** Distance from the start position, smoothed: the signal the reps were segmented on. */
  excursion: 3,
} as const;
type Signal = (typeof SIGNAL)[keyof typeof SIGNAL];
const SIGNAL_COUNT = 4;

/** The fit reaches this share of the rep's duration either side of the turn. */
const TURN_WINDOW_SHARE = 0.15;
/** A vertex further than this beyond the deepest frame is the parabola overshooting, not the turn. */
const MAX_VERTEX_BEYOND_DEGREES = 8;

export interface RepHistory {
  push(timestampMs: number, angle: number, imageAngle: number, valgus: number, excursion: number): void;
  /**
   * An angle signal at the turn: a least-squares parabola through the frames around `turnMs`, read at its
   * vertex. Jitter averages out, and at 5 frames per second it finds a bottom that fell between frames.
   * Falls back to the most extreme frame when fewer than three frames are near the turn.
   */
  turnValue(signal: Signal, fromMs: number, toMs: number, turnMs: number, isLargerDeeper: boolean): number;
  /** The highest valgus held for `holdMs` (or over two frames, at a low frame rate) within the span. */
  sustainedValgus(fromMs: number, toMs: number, holdMs: number): number;
  /**
   * When the excursion last rose through `level` before `turnMs` (direction 'out'), or first fell through
   * it after (direction 'back'), interpolated between frames; NaN when it did not.
   */
  crossing(level: number, turnMs: number, limitMs: number, direction: 'out' | 'back'): number;
}

export function createRepHistory(): RepHistory {
  const times = new Float64Array(CAPACITY);
  const values = new Float64Array(CAPACITY * SIGNAL_COUNT);
  const sums = createParabolaSums();
  let next = 0;
  let size = 0;
  /** Index of the i-th oldest frame kept. */
  const at = (i: number): number => (next - size + i + CAPACITY) % CAPACITY;
  const value = (i: number, signal: Signal): number => values[at(i) * SIGNAL_COUNT + signal] as number;
  const time = (i: number): number => times[at(i)] as number;

  return {
    push(timestampMs, angle, imageAngle, valgus, excursion) {
      times[next] = timestampMs;
      const base = next * SIGNAL_COUNT;
      values[base + SIGNAL.angle] = angle;
      values[base + SIGNAL.imageAngle] = imageAngle;
      values[base + SIGNAL.valgus] = valgus;
      values[base + SIGNAL.excursion] = excursion;
      next = (next + 1) % CAPACITY;
      if (size < CAPACITY) size++;
    },
    turnValue(signal, fromMs, toMs, turnMs, isLargerDeeper) {
      const reach = TURN_WINDOW_SHARE * (toMs - fromMs);
      let extreme = Number.NaN;
      let windowStart = turnMs - reach;
      let windowEnd = turnMs + reach;
      let afterFound = false;
      for (let i = 0; i < size; i++) {
        const t = time(i);
        const angle = value(i, signal);
        if (t < fromMs || t > toMs || Number.isNaN(angle)) continue;
        if (Number.isNaN(extreme) || (isLargerDeeper ? angle > extreme : angle < extreme)) extreme = angle;
        // At a low frame rate the window may hold one frame: widen it to the nearest frame either side.
        if (t < turnMs - reach) windowStart = Math.min(turnMs - reach, t);
        if (t > turnMs + reach && !afterFound) {
          windowEnd = t;
          afterFound = true;
        }
      }
      clearParabolaSums(sums);
      for (let i = 0; i < size; i++) {
        const t = time(i);
        const angle = value(i, signal);
        if (t < windowStart || t > windowEnd || t < fromMs || t > toMs || Number.isNaN(angle)) continue;
        addParabolaPoint(sums, (t - turnMs) / 1000, angle);
      }
      if (sums.n < 3) return extreme;
      const from = (windowStart - turnMs) / 1000;
      const to = (windowEnd - turnMs) / 1000;
      const vertex = parabolaVertexValue(sums, from, to, !isLargerDeeper);
      if (Number.isNaN(vertex)) return extreme;
      const limit = isLargerDeeper
        ? extreme + MAX_VERTEX_BEYOND_DEGREES
        : extreme - MAX_VERTEX_BEYOND_DEGREES;
      return isLargerDeeper ? Math.min(vertex, limit) : Math.max(vertex, limit);
    },
    sustainedValgus(fromMs, toMs, holdMs) {
      let best = Number.NEGATIVE_INFINITY;
      let first = -1;
      let sum = 0;
      let count = 0;
      for (let i = 0; i < size; i++) {
        const t = time(i);
        if (t < fromMs || t > toMs) continue;
        if (first < 0) first = i;
        const valgus = value(i, SIGNAL.valgus);
        if (!Number.isNaN(valgus)) {
          sum += valgus;
          count++;
        }
        // Keep the shortest run of frames, ending here, that still spans `holdMs`.
        while (first < i && t - time(first + 1) >= holdMs) {
          const dropped = value(first, SIGNAL.valgus);
          if (!Number.isNaN(dropped)) {
            sum -= dropped;
            count--;
          }
          first++;
        }
        if (count >= 2 && sum / count > best) best = sum / count;
      }
      return best;
    },
    crossing(level, turnMs, limitMs, direction) {
      let crossedAt = Number.NaN;
      let previousT = Number.NaN;
      let previousE = Number.NaN;
      for (let i = 0; i < size; i++) {
        const t = time(i);
        const excursion = value(i, SIGNAL.excursion);
        if (Number.isNaN(excursion)) continue;
        const isInRange = direction === 'out' ? t >= limitMs && t <= turnMs : t >= turnMs && t <= limitMs;
        if (isInRange && !Number.isNaN(previousE)) {
          const rises = previousE <= level && excursion > level;
          const falls = previousE > level && excursion <= level;
          if (direction === 'out' ? rises : falls) {
            crossedAt = previousT + ((level - previousE) / (excursion - previousE)) * (t - previousT);
            if (direction === 'back') return crossedAt;
          }
        }
        previousT = t;
        previousE = excursion;
      }
      return crossedAt;
    },
  };
}
