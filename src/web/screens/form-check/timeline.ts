/** Where each rep sits along the recording, as shares of its length for the timeline's bar. */
import type { FormRep } from '../../../core/form/rep-result.ts';

export interface TimelineSpan {
  /** Percent of the recording before the rep starts. */
  left: number;
  /** Percent of the recording the rep lasts; never less than `MIN_WIDTH_PERCENT`, so it can be seen. */
  width: number;
}

const MIN_WIDTH_PERCENT = 1.5;

function percent(ms: number, durationMs: number): number {
  return Math.min(100, Math.max(0, (100 * ms) / durationMs));
}

export function timelineSpan(rep: Pick<FormRep, 'startMs' | 'endMs'>, durationMs: number): TimelineSpan {
  if (!(durationMs > 0)) return { left: 0, width: 100 };
  const left = percent(rep.startMs, durationMs);
  const right = percent(rep.endMs, durationMs);
  const width = Math.max(MIN_WIDTH_PERCENT, right - left);
  return { left: Math.min(left, 100 - width), width };
}

/** "0.4–3.4 s". */
export function timeRangeWords(rep: Pick<FormRep, 'startMs' | 'endMs'>): string {
  return `${(rep.startMs / 1000).toFixed(1)}–${(rep.endMs / 1000).toFixed(1)} s`;
}
