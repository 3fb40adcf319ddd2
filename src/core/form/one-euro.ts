/**
 * The One Euro filter (Casiez, Roussel and Vogel, CHI 2012): a low-pass filter whose cut-off rises with
 * speed, so a still keypoint stops jittering while a moving one lags little. It is driven by time stamps,
 * not by a frame count, so the same settings behave the same at 5 and at 60 frames per second, and a
 * dropped frame is just a longer step.
 */

export interface OneEuroSettings {
  /** Cut-off at rest, in hertz: lower removes more jitter from a still body. */
  minCutoffHz: number;
  /** How fast the cut-off rises with speed (per unit of the signal per second): higher lags less. */
  beta: number;
  /** Cut-off for the speed estimate itself, in hertz. */
  derivativeCutoffHz: number;
}

export interface OneEuroFilter {
  /** The filtered value of `value` sampled at `timestampMs`. */
  filter(value: number, timestampMs: number): number;
  /** Forget the history, e.g. after the keypoint was lost for a while. */
  reset(): void;
}

function smoothingFactor(cutoffHz: number, stepSeconds: number): number {
  const timeConstant = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + timeConstant / stepSeconds);
}

export function createOneEuroFilter(settings: OneEuroSettings): OneEuroFilter {
  let hasHistory = false;
  let lastValue = 0;
  let lastSpeed = 0;
  let lastTimeMs = 0;
  return {
    filter(value, timestampMs) {
      if (!hasHistory) {
        hasHistory = true;
        lastValue = value;
        lastSpeed = 0;
        lastTimeMs = timestampMs;
        return value;
      }
      const stepSeconds = (timestampMs - lastTimeMs) / 1000;
      // A repeated or out-of-order time stamp carries no new information about speed.
      if (!(stepSeconds > 0)) return lastValue;
      const rawSpeed = (value - lastValue) / stepSeconds;
      const speed =
        lastSpeed + smoothingFactor(settings.derivativeCutoffHz, stepSeconds) * (rawSpeed - lastSpeed);
      const cutoffHz = settings.minCutoffHz + settings.beta * Math.abs(speed);
      lastValue += smoothingFactor(cutoffHz, stepSeconds) * (value - lastValue);
      lastSpeed = speed;
      lastTimeMs = timestampMs;
      return lastValue;
    },
    reset() {
      hasHistory = false;
    },
  };
}
