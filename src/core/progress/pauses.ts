/**
 * When the plan was paused, read back from the engine's decisions: every pause and every resumption is
 * a decision whose change says `paused: false → true` (or back).
 */
import { addDays, dayOf } from '../engine/dates.ts';
import type { Plan } from '../engine/schemas.ts';
import type { HistoryDecision } from './history.ts';

export interface PausePeriod {
  /** The day the pause began. */
  from: string;
  /** The day the plan carried on; null while it is still paused. */
  to: string | null;
}

export function pausePeriods(decisions: readonly HistoryDecision[], plan: Plan | null): PausePeriod[] {
  const periods: PausePeriod[] = [];
  let open: string | null = null;
  for (const decision of decisions) {
    const paused = decision.change.paused;
    if (paused?.to === true && open === null) open = decision.on;
    if (paused?.to === false && open !== null) {
      periods.push({ from: open, to: decision.on });
      open = null;
    }
  }
  // The plan is the last word: a pause it holds is open even if its decision was never stored.
  if (plan?.pause) periods.push({ from: open ?? dayOf(plan.pause.since), to: null });
  return periods;
}

/**
 * Whether the whole day fell inside a pause. The day a pause began and the day it ended are not paused:
 * a workout may have been done on the first, and on the last the member could train again.
 */
export function isPausedDay(date: string, periods: readonly PausePeriod[], today: string): boolean {
  return periods.some((period) => date > period.from && date < (period.to ?? addDays(today, 1)));
}
