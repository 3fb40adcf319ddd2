import { addDays } from '../engine/dates.ts';

/** One back-pain score the member gave on a day: before a workout, during a set, or at a check-in. */
export interface PainReading {
  /** The member's local date. */
  on: string;
  /** 0–10. */
  pain: number;
}

/** How far back "usual" looks, and how many readings it needs before it means anything. */
export const USUAL_PAIN = { days: 28, fewestReadings: 3 } as const;

/**
 * A member's usual pain before a day: the median of their readings in the 28 days before it, or null
 * with fewer than three (too little to call anything usual). The median, not the mean, so one bad day
 * does not make a spike look usual. Alerts ("2 or more above usual") and the caseload ("pain this week
 * against usual") both use this one definition.
 */
export function usualPainBefore(readings: readonly PainReading[], day: string): number | null {
  const from = addDays(day, -USUAL_PAIN.days);
  const window = readings
    .filter((reading) => reading.on >= from && reading.on < day)
    .map((reading) => reading.pain)
    .sort((a, b) => a - b);
  if (window.length < USUAL_PAIN.fewestReadings) return null;
  const middle = Math.floor(window.length / 2);
  const median =
    window.length % 2 === 1
      ? (window[middle] as number)
      : ((window[middle - 1] as number) + (window[middle] as number)) / 2;
  return Math.round(median * 2) / 2;
}
