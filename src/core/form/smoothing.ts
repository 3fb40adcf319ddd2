/**
 * Smooths every keypoint with its own One Euro filter. Coordinates are filtered as fractions of the frame
 * height, so the settings mean the same at 360p and at 1080p.
 */
import { KEYPOINT_NAMES, type PosePoints } from './keypoints.ts';
import { createOneEuroFilter, type OneEuroFilter, type OneEuroSettings } from './one-euro.ts';

/**
 * Tuned on the synthetic squats (see the accuracy tests): a still body settles, a moving one lags little.
 * The turn of a rep is read from the unsmoothed keypoints anyway (RepHistory), so the lag that heavy
 * smoothing adds at the turn does not make reps look shallower. beta is per frame height per second.
 */
export const KEYPOINT_SMOOTHING: OneEuroSettings = { minCutoffHz: 0.5, beta: 4, derivativeCutoffHz: 1 };

/**
 * A keypoint the model was unsure of for a moment keeps its last smoothed place this long, so one
 * low-scored ankle does not interrupt a rep or flash "step back"; after that it counts as not seen.
 */
const COAST_MS = 300;
/** A keypoint unseen for longer than this starts afresh rather than gliding from where it was lost. */
const FORGET_AFTER_MS = 500;

export interface PoseSmoother {
  smooth(raw: PosePoints, timestampMs: number, frameHeight: number, out: PosePoints): void;
}

export function createPoseSmoother(settings: OneEuroSettings = KEYPOINT_SMOOTHING): PoseSmoother {
  const coordinateCount = KEYPOINT_NAMES.length * 2;
  const filters: OneEuroFilter[] = Array.from({ length: coordinateCount }, () =>
    createOneEuroFilter(settings),
  );
  const lastSeenMs = new Float64Array(coordinateCount).fill(Number.NEGATIVE_INFINITY);
  const lastValue = new Float64Array(coordinateCount).fill(Number.NaN);
  return {
    smooth(raw, timestampMs, frameHeight, out) {
      for (let i = 0; i < coordinateCount; i++) {
        const value = raw[i] as number;
        const filter = filters[i] as OneEuroFilter;
        if (Number.isNaN(value)) {
          out[i] =
            timestampMs - (lastSeenMs[i] as number) <= COAST_MS ? (lastValue[i] as number) : Number.NaN;
          continue;
        }
        if (timestampMs - (lastSeenMs[i] as number) > FORGET_AFTER_MS) filter.reset();
        lastSeenMs[i] = timestampMs;
        const smoothed = filter.filter(value / frameHeight, timestampMs) * frameHeight;
        lastValue[i] = smoothed;
        out[i] = smoothed;
      }
    },
  };
}
